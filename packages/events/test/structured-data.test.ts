import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CalendarPage, testApi } from "./calendar-page.js";

failOnUncaughtErrors();

/** What a search engine reads from the page: the element's JSON-LD, parsed. */
function structuredData(page: CalendarPage): Array<Record<string, any>> | undefined {
  const script = page.element.querySelector('script[type="application/ld+json"]');
  return script ? JSON.parse(script.textContent!)["@graph"] : undefined;
}

async function written(page: CalendarPage): Promise<Array<Record<string, any>>> {
  await waitUntil(() => structuredData(page)?.length, "no structured data was written");
  return structuredData(page)!;
}

describe("structured data for search engines", () => {
  it("describes each event of the month from the API with the properties search engines require", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-06-13" });
    const events = await written(page);
    const shown = new Set([...page.root.querySelectorAll(".event__title")].map((title) => title.textContent!.trim()));
    expect([...shown].filter((title) => !events.some((event) => event.name === title))).to.deep.equal([]);
    const clinic = events.find((event) => event.name === "公益义诊")!;
    expect(clinic["@type"]).to.equal("Event");
    expect(clinic.startDate).to.match(/^2026-06-\d\dT08:30:00\+08:00$/);
    expect(clinic.endDate).to.match(/^2026-06-\d\dT11:30:00\+08:00$/);
    expect(clinic.eventStatus).to.equal("https://schema.org/EventScheduled");
    expect(clinic.location).to.include({ "@type": "Place", name: "文化广场" });
    expect(clinic.organizer).to.deep.equal({ "@type": "Organization", name: "矿务局医院" });
    for (const event of events) {
      expect(event, event.name).to.include.keys("name", "startDate", "endDate", "location", "eventStatus", "organizer");
    }
    const withPlaces = events.find((event) => event.maximumAttendeeCapacity !== undefined)!;
    expect(withPlaces.remainingAttendeeCapacity).to.be.a("number");
  });

  it("follows the month shown", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-06-13" });
    expect((await written(page)).some((event) => event.startDate.startsWith("2026-06-1"))).to.be.true;
    page.button("下个月").click();
    // July's grid opens on Monday 29 June.
    await waitUntil(() => structuredData(page)?.every((event) => event.startDate >= "2026-06-29"), "the data did not follow the month");
    expect(structuredData(page)!.some((event) => event.startDate.startsWith("2026-07"))).to.be.true;
  });

  it("writes descriptions as plain text, and no description can break out of the script", async () => {
    const page = await CalendarPage.withEvents(
      [{ id: "a", title: "书法课堂", start: "2026-06-16T09:00:00+08:00", description: "<p>带上<b>毛笔</b></p></script><img src=x onerror=alert(1)>" }],
      { timezone: "Asia/Shanghai", date: "2026-06-18" },
    );
    const [event] = await written(page);
    expect(event!.description).to.equal("带上毛笔");
    expect(page.element.querySelector('script[type="application/ld+json"]')!.textContent).not.to.contain("</script");
    expect(page.element.querySelector("img")).to.equal(null);
  });

  it("waits for a moment when the page is idle, never in the way of what a resident does", async () => {
    const page = await CalendarPage.withEvents([{ id: "a", title: "书法课堂", start: "2026-06-16T09:00:00+08:00" }], {
      timezone: "Asia/Shanghai",
      date: "2026-06-18",
    });
    // The page keeps its main thread busy, task after task, for three times the fifth of a second the writer waits.
    await new Promise<void>((done) => {
      const busyUntil = performance.now() + 600;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const taskEnd = performance.now() + 10;
        while (performance.now() < taskEnd);
        if (performance.now() < busyUntil) channel.port2.postMessage(undefined);
        else done();
      };
      channel.port2.postMessage(undefined);
    });
    expect(page.element.querySelector("script") === null, "written while the page was busy").to.equal(true);
    expect((await written(page))[0]!.name).to.equal("书法课堂");
  });

  it("writes nothing with no-structured-data, and takes back what it wrote", async () => {
    const page = await CalendarPage.withEvents([{ id: "a", title: "书法课堂", start: "2026-06-16T09:00:00+08:00" }], {
      timezone: "Asia/Shanghai",
      date: "2026-06-18",
    });
    await written(page);
    page.element.setAttribute("no-structured-data", "");
    await waitUntil(() => !page.element.querySelector("script"), "the structured data stayed");
  });
});
