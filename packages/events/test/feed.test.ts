import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CalendarPage, testApi, upcomingEvents } from "./calendar-page.js";

failOnUncaughtErrors();

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** The events' start times, with offsets, as the calendar reports them to search engines. */
async function startsOf(page: CalendarPage, title: string): Promise<string[]> {
  await waitUntil(() => page.element.querySelector('script[type="application/ld+json"]'), "no structured data");
  const graph = JSON.parse(page.element.querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"] as Array<{
    name: string;
    startDate: string;
  }>;
  return graph.filter((event) => event.name === title).map((event) => event.startDate);
}

describe("<community-events src> reads an iCalendar feed with no server", () => {
  it("shows a weekly class on its days at 09:00 London time across the clock change, less the EXDATE", async () => {
    const page = await CalendarPage.fromApi({ src: fixture("riverside.ics"), locale: "en", date: "2026-03-20" });
    expect(page.title()).to.equal("March 2026");
    expect(page.eventsIn("2026-03-17")).to.deep.equal(["Chair yoga"]);
    expect(page.eventsIn("2026-03-31")).to.deep.equal(["Chair yoga"]);
    await waitUntil(async () => (await startsOf(page, "Chair yoga")).length === 3);
    expect(await startsOf(page, "Chair yoga")).to.deep.equal(["2026-03-17T09:00:00+00:00", "2026-03-24T09:00:00+00:00", "2026-03-31T09:00:00+01:00"]);
    await expect(page.element).to.be.accessible();

    page.button("Next month").click();
    await page.settled();
    expect(page.eventsIn("2026-04-07")).to.deep.equal([]);
    expect(page.eventsIn("2026-04-14")).to.deep.equal(["Chair yoga"]);
    expect(page.eventsIn("2026-04-18")).to.deep.equal(["Spring fair"]);
  });

  it("offers the feed's categories as filters and opens an event's details", async () => {
    const page = await CalendarPage.fromApi({ src: fixture("riverside.ics"), locale: "en", date: "2026-04-10" });
    expect([...page.root.querySelectorAll(".chip")].map((chip) => chip.textContent!.trim())).to.deep.equal(["All", "Classes", "Community"]);
    page.eventButton("Spring fair").click();
    await page.waitForDialog();
    const dialog = page.root.querySelector("community-events-dialog")!.shadowRoot!;
    expect(dialog.textContent).to.contain("Village green");
    expect(dialog.textContent).to.contain("Stalls, cakes and a tombola.");
    // A feed takes no registrations: there is no form.
    expect(dialog.querySelector("form")).to.equal(null);
  });

  it("reads the reference server's own feed", async () => {
    // The feed has what is to come; these were added a month from now.
    const upcoming = upcomingEvents()[0]!;
    const page = await CalendarPage.fromApi({ src: `${testApi()}/v1/communities/taihe/events.ics`, date: upcoming.day });
    await waitUntil(() => page.root.querySelector(`[data-day="${upcoming.day}"] .event`), "the server's feed did not show");
    expect(page.eventsIn(upcoming.day)).to.include(upcoming.title);
  });

  it("says in the page's language when the file is missing or not a calendar", async () => {
    const missing = await CalendarPage.fromApi({ src: fixture("gone.ics"), locale: "zh-CN" });
    expect(missing.root.querySelector(".state--error")!.textContent).to.contain("找不到这个日历文件");
    const notCalendar = await CalendarPage.fromApi({ src: fixture("not-a-calendar.txt"), locale: "en" });
    expect(notCalendar.root.querySelector(".state--error")!.textContent).to.contain("not an iCalendar calendar");
    await expect(notCalendar.element).to.be.accessible();
  });
});
