import { toldWebTeam } from "../../ui/test/web-team.js";
import { expect, fixture, waitUntil } from "@open-wc/testing";
import { emulateMedia } from "@web/test-runner-commands";
import "@community-kit/events/define";
import "@community-kit/partner-map/define";
import "@community-kit/rooms/define";
import "@community-kit/volunteers/define";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { dayAhead } from "../../rooms/test/booking-page.js";
import { testApi } from "../../ui/test/widget-page.js";
import { addShift } from "../../volunteers/test/volunteer-page.js";

failOnUncaughtErrors();

/** Each widget against the demo server, and what shows once it has loaded. */
const WIDGETS = [
  // The Dragon Boat Festival month of the demo data: events, a holiday and its badge.
  { tag: "community-events", attributes: `date="2026-06-19"`, loaded: ".event" },
  { tag: "community-room-booking", attributes: `resource="calligraphy-room" date="${dayAhead(3)}"`, loaded: ".slots" },
  { tag: "community-volunteer-signup", attributes: "", loaded: ".shift" },
  { tag: "community-partner-map", attributes: `tiles="${location.origin}/tiles/{z}/{x}/{y}.png"`, loaded: ".leaflet-marker-icon" },
];

const PRESETS = ["default", "government", "neutral", "dark", "high-contrast"];

async function open(tag: string, attributes: string, loaded: string, style = "") {
  const element = await fixture<HTMLElement>(`<${tag} style="width: 900px; ${style}" api="${testApi()}" community="taihe" ${attributes}></${tag}>`);
  const root = element.shadowRoot!;
  // The fixtures of one test stack up the page: in view, as a resident would have it (the map draws Leaflet only near the viewport).
  element.scrollIntoView();
  await waitUntil(() => root.querySelector(loaded) && !root.querySelector('[aria-busy="true"]'), `${tag} did not load`, { timeout: 8000 });
  return element;
}

const colours = (element: HTMLElement) => {
  const style = getComputedStyle(element);
  return {
    text: style.color,
    surface: style.backgroundColor,
    primary: style.getPropertyValue("--ck-color-primary").trim(),
    muted: style.getPropertyValue("--ck-color-muted").trim(),
  };
};

/** A CSS colour (rgb, oklch, …) as sRGB, through a canvas, which reads every syntax the browser does. */
function srgb(colour: string): [number, number, number] {
  const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [red, green, blue] = context.getImageData(0, 0, 1, 1).data;
  return [red!, green!, blue!];
}

/** WCAG 2.1's contrast ratio of two colours. */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [red, green, blue] = srgb(colour).map((channel) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

describe("themes", () => {
  before(async () => {
    await addShift("health-files", { daysAhead: 9, hour: 9, capacity: 4 });
    await addShift("clean-up-day", { daysAhead: 9, hour: 14, capacity: 1 });
  });
  afterEach(() => emulateMedia({ colorScheme: "light", contrast: "no-preference" } as Parameters<typeof emulateMedia>[0]));

  for (const { tag, attributes, loaded } of WIDGETS) {
    it(`<${tag}> keeps every text readable (axe contrast) in each preset, in senior mode too`, async () => {
      for (const theme of PRESETS) {
        for (const senior of ["", "senior"]) {
          const element = await open(tag, `${attributes} theme="${theme}" ${senior}`, loaded);
          await expect(element, `${theme} ${senior}`).to.be.accessible();
        }
      }
    });
  }

  // WCAG 1.4.11: the category filter chips' borders and the timed events' dots are drawn in the
  // community's colours, chosen on white; the dark theme lifts them (5 of 7 measured 2.2–3.3 : 1).
  it("category chips and event dots stand 3 : 1 from the surface in every theme, dark and auto's dark too", async () => {
    const cases = [...PRESETS.map((theme) => ({ theme, dark: false })), { theme: "auto", dark: true }];
    for (const { theme, dark } of cases) {
      if (dark) await emulateMedia({ colorScheme: "dark" });
      const element = await open("community-events", `date="2026-06-19" theme="${theme}"`, ".event--timed");
      const root = element.shadowRoot!;
      const surface = colours(element).surface;
      const chips = [...root.querySelectorAll<HTMLElement>('.chip:not([aria-pressed="true"])')];
      const dots = [...root.querySelectorAll<HTMLElement>(".event--timed")];
      expect(chips.length, `${theme}: the categories' chips`).to.be.greaterThan(4);
      for (const chip of chips) {
        const border = getComputedStyle(chip).borderTopColor;
        expect(contrast(border, surface), `${theme} chip ${chip.textContent}: ${border} on ${surface}`).to.be.at.least(3);
      }
      for (const dot of dots) {
        const fill = getComputedStyle(dot, "::before").backgroundColor;
        expect(contrast(fill, surface), `${theme} dot: ${fill} on ${surface}`).to.be.at.least(3);
      }
    }
  });

  it("dark turns the surface dark and the text light, with native controls to match", async () => {
    const rooms = WIDGETS[1]!;
    const element = await open(rooms.tag, `${rooms.attributes} theme="dark"`, rooms.loaded);
    expect(colours(element)).to.include({ surface: "rgb(17, 24, 39)", text: "rgb(249, 250, 251)" });
    const dateField = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(getComputedStyle(dateField).colorScheme).to.equal("dark");
  });

  it("auto follows the reader's system: dark when it prefers dark, high contrast when it asks for more", async () => {
    const element = await open("community-events", `theme="auto"`, ".day");
    expect(colours(element).surface).to.equal("rgb(255, 255, 255)");
    await emulateMedia({ colorScheme: "dark" });
    expect(colours(element)).to.include({ surface: "rgb(17, 24, 39)", text: "rgb(249, 250, 251)" });
    await expect(element).to.be.accessible();
    await emulateMedia({ colorScheme: "light", contrast: "more" } as Parameters<typeof emulateMedia>[0]);
    expect(colours(element)).to.include({ text: "rgb(0, 0, 0)", primary: "#00007a" });
    // Without theme="auto" a widget stays as the page set it, whatever the system prefers.
    await emulateMedia({ colorScheme: "dark" });
    const plain = await open("community-events", "", ".day");
    expect(colours(plain).surface).to.equal("rgb(255, 255, 255)");
  });

  it("senior mode keeps the theme's colours and makes secondary text as strong as the body", async () => {
    for (const theme of ["default", "dark", "government"]) {
      const plain = colours(await open("community-volunteer-signup", `theme="${theme}"`, ".shift"));
      const element = await open("community-volunteer-signup", `theme="${theme}" senior`, ".shift");
      const senior = colours(element);
      expect(senior.surface, theme).to.equal(plain.surface);
      expect(senior.primary, theme).to.equal(plain.primary);
      expect(senior.muted, theme).to.not.equal(plain.muted);
      expect(getComputedStyle(element).getPropertyValue("--ck-scale").trim()).to.equal("1.25");
    }
  });

  it("a page's own --ck-* values win over the preset", async () => {
    const element = await open("community-events", `theme="dark"`, ".day", "--ck-color-primary: #a61b1b");
    expect(colours(element)).to.include({ primary: "#a61b1b", surface: "rgb(17, 24, 39)" });
  });

  it("an unknown theme shows the default and tells the web team in the page's language, not residents, and throws nothing", async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener("error", onError);
    const notices = {
      "zh-CN": "没有名为“purple”的主题，已使用默认主题。可选：default、government、neutral、dark、high-contrast或auto。",
      "zh-Hant": "沒有名為「purple」的主題，已使用預設主題。",
      en: "There is no theme “purple”, so the default is shown. Choose default, government, neutral, dark, high-contrast, or auto.",
    };
    for (const [locale, message] of Object.entries(notices)) {
      for (const { tag, attributes, loaded } of WIDGETS) {
        let element!: HTMLElement;
        const told = await toldWebTeam(async () => (element = await open(tag, `${attributes} theme="purple" locale="${locale}"`, loaded)));
        expect(told.join(" "), `${tag} ${locale}`).to.contain(message);
        expect(element.shadowRoot!.textContent, "residents are not told").not.to.contain("purple");
        expect(colours(element).surface).to.equal("rgb(255, 255, 255)");
      }
    }
    const element = await open("community-events", `theme="purple"`, ".day");
    element.setAttribute("theme", "dark");
    await waitUntil(() => colours(element).surface === "rgb(17, 24, 39)", "the corrected theme did not show");
    window.removeEventListener("error", onError);
    expect(errors).to.deep.equal([]);
  });
});
