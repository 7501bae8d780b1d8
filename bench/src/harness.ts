// Runs in the benchmark page: renders either calendar the same way and times it.
import "@community-kit/events/define";
import "@community-kit/partner-map/define";
import type { CommunityPartnerMap } from "@community-kit/partner-map";
import type { CommunityEvents } from "@community-kit/events";
import { Calendar } from "fullcalendar";
import dayGridPlugin from "fullcalendar/daygrid";
import listPlugin from "fullcalendar/list";
import classicTheme from "fullcalendar/themes/classic";
import zhCnLocale from "fullcalendar/locales/zh-cn";
import "fullcalendar/skeleton.css";
import "fullcalendar/themes/classic/theme.css";
import "fullcalendar/themes/classic/palette.css";
import { benchEvents } from "./events-data.js";
import { benchPartners } from "./partners-data.js";
import { type StaticMonth, prepareMonth, showStaticMonth, staticMonthHtml } from "./static-month.js";

/**
 * The two calendars; the floor, the same grid as plain HTML made beforehand; and our own month
 * as HTML made beforehand (its elements and style sheets, none of its script).
 */
export type Library = "community-events" | "fullcalendar" | "static-html" | "our-html";

/** Resolves after the next frame has been painted: a rAF runs before paint, the task after it after. */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  });
}

interface Mounted {
  next(): Promise<void>;
  destroy(): void;
}

async function mountCommunityEvents(host: HTMLElement, events: ReturnType<typeof benchEvents>, locale: string): Promise<Mounted> {
  const element = document.createElement("community-events") as CommunityEvents;
  element.setAttribute("timezone", "Asia/Shanghai");
  element.setAttribute("date", "2026-06-15");
  element.setAttribute("locale", locale);
  element.events = events;
  host.append(element);
  await element.updateComplete;
  // A page not in zh-CN loads its messages first (once; the warm-up run pays for it): wait for the month itself,
  // and in Chinese for its lunar dates, festivals and 休/班, which come in a chunk of their own.
  const shown = () => {
    const month = element.shadowRoot?.querySelector(".month");
    return month && (!locale.startsWith("zh") || month.querySelector(".day__lunar")?.textContent?.trim());
  };
  while (!shown()) {
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
  }
  return {
    next: async () => {
      element.next();
      await element.updateComplete;
    },
    destroy: () => element.remove(),
  };
}

async function mountFullCalendar(host: HTMLElement, events: ReturnType<typeof benchEvents>, locale: string): Promise<Mounted> {
  const calendar = new Calendar(host, {
    plugins: [dayGridPlugin, listPlugin, classicTheme],
    initialView: "dayGridMonth",
    initialDate: "2026-06-15",
    timeZone: "Asia/Shanghai",
    ...(locale === "zh-CN" ? { locale: zhCnLocale } : { locale }),
    firstDay: 0,
    // Like <community-events>: a few events a day, then "+N more".
    dayMaxEvents: 3,
    events,
  });
  calendar.render();
  return {
    next: async () => calendar.next(),
    destroy: () => calendar.destroy(),
  };
}

/** The floor's both months, made before the clock starts: the first as HTML, the next as texts to write in place. */
interface PreparedStaticHtml {
  html: string;
  next: StaticMonth;
}

function prepareStaticHtml(events: ReturnType<typeof benchEvents>): PreparedStaticHtml {
  return { html: staticMonthHtml(prepareMonth(events, "2026-06-15")), next: prepareMonth(events, "2026-07-15") };
}

function mountStaticHtml(host: HTMLElement, prepared: PreparedStaticHtml): Mounted {
  host.innerHTML = prepared.html;
  return {
    next: async () => showStaticMonth(host, prepared.next),
    destroy: () => host.replaceChildren(),
  };
}

/**
 * The month as <community-events> shows it, for the "our-html" samples: what its shadow root holds
 * and its style sheets' text, taken from a render in this (warm) page before any cold one.
 */
async function ourMonthHtml(count: number, locale: string): Promise<string> {
  const host = document.createElement("div");
  host.style.width = "1000px";
  document.body.append(host);
  const mounted = await mountCommunityEvents(host, benchEvents(count), locale);
  const root = host.querySelector("community-events")!.shadowRoot!;
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n");
  // Lit's markers are comments, and the JSON-LD is not part of what is laid out.
  const html = root.innerHTML.replace(/<!--.*?-->/gs, "").replace(/<script.*?<\/script>/gs, "");
  mounted.destroy();
  host.remove();
  return `<style>${css}</style>${html}`;
}

function mountOurHtml(host: HTMLElement, html: string): Mounted {
  host.attachShadow({ mode: "open" }).innerHTML = html;
  return { next: async () => {}, destroy: () => host.replaceChildren() };
}

export interface Sample {
  firstRender: number;
  navigation: number;
}

/** One measurement in a fresh host: first render to painted frame, then next month to painted frame. */
async function sample(library: Library, count: number, locale: string, ourHtml = ""): Promise<Sample> {
  const host = document.createElement("div");
  host.style.width = "1000px";
  document.body.append(host);
  const events = benchEvents(count);
  const prepared = library === "static-html" ? prepareStaticHtml(events) : undefined;
  await painted();

  const start = performance.now();
  const mounted = prepared
    ? mountStaticHtml(host, prepared)
    : library === "our-html"
      ? mountOurHtml(host, ourHtml)
      : library === "fullcalendar"
        ? await mountFullCalendar(host, events, locale)
        : await mountCommunityEvents(host, events, locale);
  await painted();
  const firstRender = performance.now() - start;

  const navigationStart = performance.now();
  await mounted.next();
  await painted();
  const navigation = performance.now() - navigationStart;

  mounted.destroy();
  host.remove();
  return { firstRender, navigation };
}

/**
 * The partner map with `count` partners given as a property, no tiles (the
 * network is not measured): from creating it until the frame that shows the
 * clustered markers and the list's first entries has been painted, and until
 * the whole list is drawn.
 */
async function partnerMapSample(count: number): Promise<{ firstRender: number; wholeList: number }> {
  const host = document.createElement("div");
  host.style.width = "1000px";
  document.body.append(host);
  const partners = benchPartners(count);
  await painted();

  const start = performance.now();
  const element = document.createElement("community-partner-map") as CommunityPartnerMap;
  element.setAttribute("tiles", "none");
  element.setAttribute("locale", "zh-CN");
  element.partners = partners;
  host.append(element);
  // Shown: the clustered markers and the list's first entries (the rest are drawn in the tasks after).
  while (!(element.shadowRoot?.querySelector(".leaflet-marker-icon") && element.shadowRoot.querySelector(".entry"))) {
    await new Promise((resolve) => setTimeout(resolve));
  }
  await painted();
  const firstRender = performance.now() - start;
  // The whole list, for the record.
  while (element.shadowRoot!.querySelectorAll(".entry").length < count) await new Promise((resolve) => setTimeout(resolve, 10));
  const wholeList = performance.now() - start;
  element.remove();
  host.remove();
  return { firstRender, wholeList };
}

declare global {
  interface Window {
    benchSample: typeof sample;
    benchOurMonthHtml: typeof ourMonthHtml;
    benchPartnerMap: typeof partnerMapSample;
  }
}
window.benchSample = sample;
window.benchOurMonthHtml = ourMonthHtml;
window.benchPartnerMap = partnerMapSample;
