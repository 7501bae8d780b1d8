import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CalendarPage, cancelledEvent, closedEvent, testApi } from "./calendar-page.js";

failOnUncaughtErrors();

describe("an event the community has called off", () => {
  it("stays in the month, struck through and announced as cancelled, and its dialog says so with no form", async () => {
    const event = cancelledEvent();
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day });
    await waitUntil(() => page.eventsIn(event.day).includes(event.title), "the cancelled event is not shown");
    const chip = page.root.querySelector<HTMLElement>(`[data-event-id="${event.id}"]`)!;
    expect(chip.getAttribute("aria-label")).to.match(/^已取消 /);
    expect(getComputedStyle(chip.querySelector(".event__title")!).textDecorationLine).to.equal("line-through");

    chip.click();
    await page.waitForDialog();
    const dialog = page.root.querySelector("community-events-dialog")!.shadowRoot!;
    expect(dialog.querySelector(".dialog__cancelled")!.textContent).to.equal("此活动已取消。");
    expect(dialog.querySelector("form")).to.equal(null);
    await expect(page.element).to.be.accessible();
  });

  it("is marked EventCancelled for search engines", async () => {
    const event = cancelledEvent();
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day });
    await waitUntil(() => page.element.querySelector('script[type="application/ld+json"]')?.textContent?.includes(event.title));
    const graph = JSON.parse(page.element.querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"] as Array<{
      name: string;
      eventStatus: string;
    }>;
    expect(graph.find((item) => item.name === event.title)!.eventStatus).to.equal("https://schema.org/EventCancelled");
    expect(graph.find((item) => item.name !== event.title)!.eventStatus).to.equal("https://schema.org/EventScheduled");
  });

  it("is marked in the list too", async () => {
    const event = cancelledEvent();
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day, view: "list" });
    await waitUntil(() => page.root.querySelector(`.row[data-event-id="${event.id}"]`), "not in the list");
    const row = page.root.querySelector(`.row[data-event-id="${event.id}"]`)!;
    expect(row.querySelector(".row__status")!.textContent).to.equal("已取消");
  });
});

describe("an event whose registration has closed", () => {
  it("says so in its dialog, where the form was", async () => {
    const event = closedEvent();
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: event.day });
    await waitUntil(() => page.eventsIn(event.day).includes(event.title), "the event is not shown");
    page.root.querySelector<HTMLElement>(`[data-event-id="${event.id}"]`)!.click();
    await page.waitForDialog();
    const dialog = page.root.querySelector("community-events-dialog")!.shadowRoot!;
    expect(dialog.querySelector('[part~="registration-closed"]')!.textContent).to.equal("报名已截止");
    expect(dialog.querySelector("form")).to.equal(null);
    await expect(page.element).to.be.accessible();
  });
});
