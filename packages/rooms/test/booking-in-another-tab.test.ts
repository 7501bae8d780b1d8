import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi } from "../../ui/test/widget-page.js";
import { BookingPage, dayAhead, resident } from "./booking-page.js";
import type { OtherTab } from "./fixtures/other-tab.js";

failOnUncaughtErrors();

const openTabs: HTMLIFrameElement[] = [];
// Each test's other tab is closed after it, so that no earlier tab's outbox sends a later test's writes.
afterEach(() => {
  for (const frame of openTabs.splice(0)) frame.remove();
});

/** Another tab of the site, in a frame of this page: same device storage, its own outbox code and connection. */
async function openOtherTab(): Promise<OtherTab> {
  const frame = document.createElement("iframe");
  frame.title = "另一个标签页";
  frame.src = `${new URL("./fixtures/other-tab.html", import.meta.url).pathname}?api=${encodeURIComponent(testApi())}`;
  document.body.append(frame);
  openTabs.push(frame);
  const window = () => frame.contentWindow as unknown as { otherTab?: OtherTab } | null;
  await waitUntil(() => window()?.otherTab, "the other tab did not load", { timeout: 8000 });
  return window()!.otherTab!;
}

describe("a booking made offline in another tab of the site", () => {
  it("shows here as waiting, and as booked in 'my bookings' once that tab sends it", async () => {
    const day = dayAhead(5, 9);
    const page = await BookingPage.open(`resource="reading-room" date="${day}"`);
    const other = await openOtherTab();
    const request = {
      resourceId: "reading-room",
      start: `${day}T14:00:00+08:00`,
      end: `${day}T15:00:00+08:00`,
      purpose: "读书会",
      name: "赵阿姨",
      phone: "13912340031",
      consent: true as const,
    };
    expect(await other.book(request)).to.equal("queued");

    await waitUntil(() => page.text('[part~="outbox"]') === "1 个预约保存在这台设备上，联网后会自动提交。", "this tab did not show the booking waiting");
    await expect(page.element).to.be.accessible();

    other.reconnect();
    await waitUntil(() => page.text('[part~="outbox"]').startsWith("保存在这台设备上的预约已提交：图书阅览室"), "this tab did not hear that it was sent", {
      timeout: 8000,
    });
    expect(page.text('[part~="outbox"]')).to.match(/14:00–15:00，已确认。$/);
    await page.waitForState("14:00", "已被预约");
    page.root.querySelector<HTMLButtonElement>('button[part~="my-bookings"]')!.click();
    await page.settle();
    expect(page.text("#my-bookings")).to.contain("图书阅览室");
    expect(page.text("#my-bookings")).to.contain("14:00–15:00");
  });
});

describe("a booking kept offline here and sent by another tab of the site", () => {
  it("shows its outcome in the form that waited for it", async () => {
    const day = dayAhead(5, 16);
    const other = await openOtherTab();
    const page = await BookingPage.open(`api="${location.origin}/flaky" resource="reading-room" date="${day}"`);
    await page.chooseSlot("10:00");
    await page.fill({ ...resident, phone: "13912340032" });
    await page.bookWhileOffline();
    // The other tab's outbox sends it first (this tab's own next try is seconds away).
    other.reconnect();
    await waitUntil(() => page.root.querySelector('[part~="booking-outcome"]'), "the form did not hear that the other tab sent it", { timeout: 8000 });
    expect(page.text('[part~="booking-outcome"]')).to.contain("图书阅览室");
    await expect(page.element).to.be.accessible();
  });
});

/** Counts the listeners for other tabs' storage changes that are added to this window and not removed. */
function storageListeners() {
  const live = new Set<unknown>();
  const { addEventListener: add, removeEventListener: remove } = window;
  window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
    if (type === "storage") live.add(listener);
    add.call(this, type, listener, options);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
    if (type === "storage") live.delete(listener);
    remove.call(this, type, listener, options);
  } as typeof window.removeEventListener;
  return {
    get count() {
      return live.size;
    },
    restore: () => Object.assign(window, { addEventListener: add, removeEventListener: remove }),
  };
}

describe("a room booking widget taken out of the page", () => {
  it("stops listening to the site's other tabs, and listens again when put back", async () => {
    const listeners = storageListeners();
    try {
      const day = dayAhead(5, 23);
      const page = await BookingPage.open(`resource="reading-room" date="${day}"`);
      await waitUntil(() => listeners.count === 1, "the widget did not listen to other tabs", { timeout: 5000 });
      const place = page.element.parentElement!;
      page.element.remove();
      expect(listeners.count, "listeners left behind by a widget gone from the page").to.equal(0);

      place.append(page.element);
      await waitUntil(() => listeners.count === 1, "the widget put back did not listen again", { timeout: 5000 });
      const other = await openOtherTab();
      const request = {
        resourceId: "reading-room",
        start: `${day}T15:00:00+08:00`,
        end: `${day}T16:00:00+08:00`,
        purpose: "读书会",
        name: "赵阿姨",
        phone: "13912340033",
        consent: true as const,
      };
      expect(await other.book(request)).to.equal("queued");
      await waitUntil(
        () => page.text('[part~="outbox"]') === "1 个预约保存在这台设备上，联网后会自动提交。",
        "the widget put back did not show the other tab's booking waiting",
      );
      other.reconnect();
      await waitUntil(
        () => page.text('[part~="outbox"]').startsWith("保存在这台设备上的预约已提交：图书阅览室"),
        "the widget put back did not hear that it was sent",
        { timeout: 8000 },
      );

      page.element.remove();
      expect(listeners.count).to.equal(0);
    } finally {
      listeners.restore();
    }
  });
});
