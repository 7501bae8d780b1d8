import { fixedClock } from "@community-kit/schema";
import { expect, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CalendarPage } from "./calendar-page.js";

failOnUncaughtErrors();

const june = [
  { id: "calligraphy", title: "书法课堂", start: "2026-06-16T09:00:00+08:00", end: "2026-06-16T10:30:00+08:00", location: "书画活动室" },
  ...["读书会", "合唱排练", "科普讲座", "广场舞队活动"].map((title, index) => ({
    id: `busy-${index}`,
    title,
    start: `2026-06-18T${String(9 + index).padStart(2, "0")}:00:00+08:00`,
  })),
];

async function focusedPage() {
  const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", locale: "zh-CN", date: "2026-06-16" });
  page.cell("2026-06-16").focus();
  return page;
}

async function press(page: CalendarPage, key: string) {
  await sendKeys({ press: key });
  await page.element.updateComplete;
  await page.pause(20);
}

describe("keyboard in the month grid (WAI-ARIA grid)", () => {
  it("has exactly one day in the tab order, the focused one", async () => {
    const page = await focusedPage();
    const tabbable = page.cells().filter((cell) => cell.tabIndex === 0);
    expect(tabbable.map((cell) => cell.dataset.day)).to.deep.equal(["2026-06-16"]);
    expect(page.root.querySelectorAll('.event[tabindex="0"]')).to.have.length(0);
  });

  it("moves by day and week with the arrows, and to the week's ends with Home and End", async () => {
    const page = await focusedPage();
    const focusedDay = () => (page.focused() as HTMLElement).dataset.day;
    await press(page, "ArrowRight");
    expect(focusedDay()).to.equal("2026-06-17");
    await press(page, "ArrowDown");
    expect(focusedDay()).to.equal("2026-06-24");
    await press(page, "ArrowLeft");
    await press(page, "ArrowUp");
    expect(focusedDay()).to.equal("2026-06-16");
    await press(page, "Home");
    expect(focusedDay()).to.equal("2026-06-15");
    await press(page, "End");
    expect(focusedDay()).to.equal("2026-06-21");
    expect(page.cell("2026-06-21").tabIndex).to.equal(0);
    expect(page.cell("2026-06-16").tabIndex).to.equal(-1);
  });

  it("changes month with PageUp and PageDown, and when the arrows leave the month", async () => {
    const page = await focusedPage();
    await press(page, "PageDown");
    expect(page.title()).to.equal("2026年7月");
    expect((page.focused() as HTMLElement).dataset.day).to.equal("2026-07-16");
    await press(page, "PageUp");
    await press(page, "PageUp");
    expect(page.title()).to.equal("2026年5月");
    page.cell("2026-05-31").focus();
    await press(page, "ArrowRight");
    expect(page.title()).to.equal("2026年6月");
    expect((page.focused() as HTMLElement).dataset.day).to.equal("2026-06-01");
  });

  it("opens a day's only event with Enter, and Escape returns focus to the day", async () => {
    const page = await focusedPage();
    await press(page, "Enter");
    const dialog = await page.waitForDialog();
    expect(dialog.querySelector("h2")!.textContent).to.equal("书法课堂");
    await press(page, "Escape");
    expect(dialog.open).to.be.false;
    expect((page.focused() as HTMLElement).dataset.day).to.equal("2026-06-16");
  });

  it("opens a busy day's list with Enter, an event from it, and Escape walks focus back", async () => {
    const page = await focusedPage();
    page.cell("2026-06-18").focus();
    await press(page, "Enter");
    await waitUntil(() => page.root.querySelector(".popover:popover-open"), "Enter did not open the day's list");
    expect(page.focused()?.textContent).to.contain("读书会");
    await press(page, "Escape");
    expect(page.popover().matches(":popover-open")).to.be.false;
    expect((page.focused() as HTMLElement).dataset.day).to.equal("2026-06-18");

    await press(page, "Enter");
    await page.pause(50);
    await press(page, "ArrowDown");
    await press(page, "Tab");
    await press(page, "Enter");
    const dialog = await page.waitForDialog();
    expect(page.popover().matches(":popover-open")).to.be.false;
    await press(page, "Escape");
    expect(dialog.open).to.be.false;
    expect((page.focused() as HTMLElement).dataset.day).to.equal("2026-06-18");
  });

  it("opens an event with a click and returns focus to it after the close button", async () => {
    const page = await focusedPage();
    const button = page.eventButton("书法课堂");
    button.click();
    const dialog = await page.waitForDialog();
    expect(dialog.textContent).to.contain("书画活动室");
    (dialog.querySelector(".dialog__close") as HTMLButtonElement).click();
    await page.pause(20);
    expect(dialog.open).to.be.false;
    expect(page.focused()).to.equal(button);
  });
});

describe("methods", () => {
  it("goes to a month with goto(), back to this month with today(), and by one with next() and prev()", async () => {
    const page = await CalendarPage.withEvents([], { timezone: "Asia/Shanghai", locale: "zh-CN", date: "2026-06-16" });
    page.element.goto("2027-01-31");
    await page.element.updateComplete;
    expect(page.title()).to.equal("2027年1月");
    page.element.next();
    await page.element.updateComplete;
    expect(page.title()).to.equal("2027年2月");
    page.element.prev();
    page.element.prev();
    await page.element.updateComplete;
    expect(page.title()).to.equal("2026年12月");
    page.element.goto(new Date("2026-02-28T16:30:00Z"));
    await page.element.updateComplete;
    expect(page.title(), "a Date is read in the calendar's zone").to.equal("2026年3月");
    page.element.goto("not a date");
    await page.element.updateComplete;
    expect(page.title()).to.equal("2026年3月");
    // Its clock reads 00:30 on 1 January 2027 in Shanghai, still New Year's Eve in the browser's UTC.
    page.element.clock = fixedClock("2026-12-31T16:30:00Z");
    page.element.today();
    await page.element.updateComplete;
    expect(page.title()).to.equal("2027年1月");
  });
});
