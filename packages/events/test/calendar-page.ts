import type { Clock } from "@community-kit/schema";
import { fixture, html, waitUntil } from "@open-wc/testing";
import { WidgetPage } from "../../ui/test/widget-page.js";
import "../src/define.js";
import type { CommunityEvents } from "../src/community-events.js";
import type { EventInput } from "../src/calendar-event.js";

export { testApi } from "../../ui/test/widget-page.js";

/** Events a month from now on that server that take registrations: two places each, parties of up to two. */
export const upcomingEvents = () => window.CK_TEST_UPCOMING;

/** An event on that server the community has called off, two days after those. */
export const cancelledEvent = () => window.CK_TEST_CANCELLED;

/** An event on that server whose registration has closed, the day after that. */
export const closedEvent = () => window.CK_TEST_CLOSED;

/**
 * A page object: what a resident sees and does with <community-events>,
 * so that tests read as steps rather than DOM queries.
 */
export class CalendarPage extends WidgetPage {
  constructor(readonly element: CommunityEvents) {
    super();
  }

  static async withEvents(events: EventInput[], attributes: Record<string, string> = {}, clock?: Clock): Promise<CalendarPage> {
    const element = await fixture<CommunityEvents>(html`<community-events style="width: 900px" .clock=${clock}></community-events>`);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.events = events;
    const page = new CalendarPage(element);
    await element.updateComplete;
    // A page in zh-Hant or English loads its messages before the calendar shows.
    await waitUntil(() => page.root.querySelector(".toolbar"), "the calendar did not show");
    await element.updateComplete;
    return page;
  }

  static async fromApi(attributes: Record<string, string>): Promise<CalendarPage> {
    // Attributes are there from the first render, as when a page's HTML is parsed.
    const markup = Object.entries(attributes)
      .map(([name, value]) => `${name}="${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`)
      .join(" ");
    const element = await fixture<CommunityEvents>(`<community-events style="width: 900px" ${markup}></community-events>`);
    const page = new CalendarPage(element);
    await page.settled();
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Waits until the widget has finished loading (or failed). */
  async settled(): Promise<void> {
    // What a click or key asked for renders first (a month to load says it is busy), then the answer is awaited.
    await this.element.updateComplete;
    await waitUntil(
      () => !this.root.querySelector('[aria-busy="true"]') && !!this.root.querySelector(".month, .list, .state--error, .state--unavailable, .notice"),
      "the calendar did not settle",
      { timeout: 8000 },
    );
    await this.element.updateComplete;
  }

  title(): string {
    return this.root.querySelector(".toolbar__title")!.textContent!.trim();
  }

  headings(): string[] {
    return [...this.root.querySelectorAll('[role="columnheader"] .visually-hidden')].map((heading) => heading.textContent!.trim());
  }

  cell(day: string): HTMLElement {
    const cell = this.root.querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`);
    if (!cell) throw new Error(`no cell for ${day}`);
    return cell;
  }

  cells(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="gridcell"]')];
  }

  /** The titles of the event buttons that start in a day's cell. */
  eventsIn(day: string): string[] {
    return [...this.cell(day).querySelectorAll(".event .event__title")].map((title) => title.textContent!.trim());
  }

  eventButton(title: string): HTMLElement {
    const button = [...this.root.querySelectorAll<HTMLElement>(".event, .row")].find(
      (candidate) => candidate.querySelector(".event__title, .row__title")?.textContent?.trim() === title,
    );
    if (!button) throw new Error(`no event "${title}"`);
    return button;
  }

  /** Waits until the lunar calendar (loaded on demand in Chinese locales) is shown. */
  async lunarCalendarShown(): Promise<void> {
    await waitUntil(
      () => [...this.root.querySelectorAll(".day__lunar, .list__lunar")].some((label) => label.textContent!.trim().replace(/\u00a0/g, "")),
      "the lunar calendar did not appear",
    );
  }

  lunarUnder(day: string): string {
    return (
      this.cell(day)
        .querySelector(".day__lunar")
        ?.textContent?.replace(/\u00a0/g, "")
        .trim() ?? ""
    );
  }

  badgeOn(day: string): string {
    return this.cell(day).querySelector('.day__badge [aria-hidden="true"]')?.textContent?.trim() ?? "";
  }

  /** What a screen reader hears for a day. */
  spokenDay(day: string): string {
    return this.cell(day).querySelector(".visually-hidden")!.textContent!.trim();
  }

  button(name: string): HTMLButtonElement {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>("button")].find(
      (candidate) => candidate.getAttribute("aria-label") === name || candidate.textContent!.trim() === name,
    );
    if (!button) throw new Error(`no button "${name}"`);
    return button;
  }

  async click(name: string): Promise<void> {
    this.button(name).click();
    await this.element.updateComplete;
  }

  /** The event dialog, which lives in its own element once a resident has opened an event. */
  dialog(): HTMLDialogElement | null {
    return this.root.querySelector("community-events-dialog")?.shadowRoot?.querySelector("dialog") ?? null;
  }

  async waitForDialog(): Promise<HTMLDialogElement> {
    await waitUntil(() => this.dialog()?.open, "the dialog did not open");
    return this.dialog()!;
  }

  popover(): HTMLElement {
    return this.root.querySelector(".popover")!;
  }

  notices(): string[] {
    return [...this.root.querySelectorAll(".notice")].map((notice) => notice.textContent!.trim());
  }

  listDays(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>(".list__day")].map((section) => section.dataset.day!);
  }
}
