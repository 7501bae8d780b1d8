import { type Clock, fixedClock } from "@community-kit/schema";
import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { movingClock } from "../../ui/test/moving-clock.js";
import { CalendarPage } from "./calendar-page.js";

failOnUncaughtErrors();

const week = [
  { id: "tai-chi", title: "太极拳", start: "2026-06-16T07:00:00+08:00", end: "2026-06-16T08:00:00+08:00", category: "arts" },
  { id: "clinic", title: "公益义诊", start: "2026-06-16T08:30:00+08:00", end: "2026-06-16T11:30:00+08:00", category: "health", location: "文化广场" },
  { id: "calligraphy", title: "书法课堂", start: "2026-06-16T09:00:00+08:00", end: "2026-06-16T10:30:00+08:00", category: "class" },
  { id: "reading", title: "读书会", start: "2026-06-16T13:00:00+08:00", end: "2026-06-16T14:00:00+08:00", category: "class" },
  { id: "festival", title: "幸福邻里节", start: "2026-06-18", end: "2026-06-21", allDay: true },
  { id: "film", title: "露天电影", start: "2026-06-20T19:30:00+08:00", end: "2026-06-20T21:45:00+08:00" },
];

async function timeGrid(view: "week" | "day", date = "2026-06-16", clock?: Clock) {
  const page = await CalendarPage.withEvents(week, { timezone: "Asia/Shanghai", date, view }, clock);
  await waitUntil(() => page.root.querySelector(".timegrid"), "the time grid did not load");
  await page.element.updateComplete;
  return page;
}

const box = (page: CalendarPage, id: string) => page.root.querySelector<HTMLElement>(`.tevent[data-event-id="${id}"]`)!.getBoundingClientRect();
const column = (page: CalendarPage, day: string) => page.root.querySelector<HTMLElement>(`.slot[data-day="${day}"]`)!;

describe("the week view", () => {
  // Senior mode's type in seven columns of 900 px: the headings broke inside the weekday (11月30日周 / 一).
  it("in senior mode breaks a heading only between date and weekday", async () => {
    for (const locale of ["zh-CN", "en"]) {
      const page = await CalendarPage.withEvents(week, { timezone: "Asia/Shanghai", date: "2026-06-16", view: "week", senior: "", locale });
      await waitUntil(() => page.root.querySelector(".timegrid"), "the time grid did not load");
      for (const heading of page.root.querySelectorAll<HTMLElement>(".timegrid__day")) {
        const pieces = [...heading.querySelectorAll(".timegrid__piece")];
        expect(pieces.map((piece) => piece.textContent).join(""), locale).to.match(locale === "en" ? /^\w{3}, \w{3} \d+$/ : /^6月\d+日周.$/);
        for (const piece of pieces) {
          const range = document.createRange();
          range.selectNodeContents(piece);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          expect(lines.size, `${locale} "${piece.textContent}" is on one line`).to.equal(1);
        }
      }
      await expect(page.element).to.be.accessible();
    }
  });

  // Senior mode's type in seven columns of 900 px: every block's times ended in an ellipsis (09:00–10:…).
  it("in senior mode shows a block's times whole, after the dash on a line of their own where it is narrow, or not at all where they would not fit", async () => {
    for (const width of ["900px", "600px"]) {
      const page = await CalendarPage.withEvents(week, { timezone: "Asia/Shanghai", date: "2026-06-16", view: "week", senior: "", style: `width: ${width}` });
      await waitUntil(() => page.root.querySelector(".tevent--timed"), "the time grid did not load");
      const shown = new Map<string, number>();
      for (const block of page.root.querySelectorAll<HTMLElement>(".tevent--timed:not(.tevent--one-line)")) {
        const id = `${block.dataset.eventId} at ${width}`;
        expect(block.getAttribute("aria-label"), "the name says both times").to.match(/^\d\d:\d\d–\d\d:\d\d /);
        const time = block.querySelector<HTMLElement>(".tevent__time")!;
        const title = block.querySelector<HTMLElement>(".tevent__title")!.getBoundingClientRect();
        // The title is there, below the times where they show, and within the block.
        expect(title.height, id).to.be.greaterThan(0);
        expect(title.bottom, id).to.be.at.most(block.getBoundingClientRect().bottom + 1);
        if (!time.getClientRects().length) continue;
        expect(time.scrollWidth, `${id}: its times are not cut`).to.be.at.most(time.clientWidth);
        expect(time.getBoundingClientRect().bottom, `${id}: its title is not over its times`).to.be.at.most(title.top + 1);
        const range = document.createRange();
        range.selectNodeContents(time);
        shown.set(block.dataset.eventId!, new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size);
      }
      await expect(page.element).to.be.accessible();
      // The lines each block's times take where they show: at 600 px the hours of 太极拳 and 读书会 show their titles
      // alone, and 露天电影's two hours and a quarter break their times after the dash; 公益义诊 and 书法课堂, side by
      // side, show titles alone at both widths.
      expect(Object.fromEntries(shown), width).to.deep.equal(width === "900px" ? { "tai-chi": 1, reading: 1, film: 1 } : { film: 2 });
    }
  });

  it("shows the week of the day, Monday first in zh-CN, with its dates as the title", async () => {
    const page = await timeGrid("week");
    expect(page.title()).to.equal("2026年6月15日至21日");
    expect([...page.root.querySelectorAll<HTMLElement>(".slot")].map((slot) => slot.dataset.day)).to.deep.equal([
      "2026-06-15",
      "2026-06-16",
      "2026-06-17",
      "2026-06-18",
      "2026-06-19",
      "2026-06-20",
      "2026-06-21",
    ]);
    await expect(page.element).to.be.accessible();
  });

  it("places timed events by the clock and overlapping ones side by side", async () => {
    const page = await timeGrid("week");
    const [taiChi, clinic, calligraphy, reading] = ["tai-chi", "clinic", "calligraphy", "reading"].map((id) => box(page, id));
    // The grid runs from 07:00 to 22:00, widened for the film ending at 21:45: 15 hours, each with its label.
    expect(page.root.querySelectorAll(".axis__hour").length).to.equal(15);
    const times = column(page, "2026-06-16").querySelector(".slot__times")!.getBoundingClientRect();
    const hour = times.height / 15;
    expect(hour).to.be.greaterThan(30);
    expect(taiChi!.top - times.top).to.be.closeTo(0, 1);
    expect(clinic!.top - times.top).to.be.closeTo(1.5 * hour, 1);
    expect(clinic!.height).to.be.closeTo(3 * hour, 1);
    expect(reading!.top - times.top).to.be.closeTo(6 * hour, 1);
    // 义诊 and 书法课堂 overlap: half the column each, side by side.
    const slot = column(page, "2026-06-16").getBoundingClientRect();
    expect(clinic!.width).to.be.closeTo(slot.width / 2, 2);
    expect(calligraphy!.left).to.be.closeTo(clinic!.right, 2);
    // 太极拳 and 读书会 overlap nothing: the whole column.
    expect(taiChi!.width).to.be.closeTo(slot.width, 2);
  });

  it("shows an event of several days as one bar across them on top, read out on each day", async () => {
    const page = await timeGrid("week");
    const bars = page.root.querySelectorAll<HTMLElement>('.tevent[data-event-id="festival"]');
    expect(bars).to.have.length(1);
    const bar = bars[0]!.getBoundingClientRect();
    const [first, last] = [column(page, "2026-06-18").getBoundingClientRect(), column(page, "2026-06-20").getBoundingClientRect()];
    expect(bar.left).to.be.closeTo(first.left, 4);
    expect(bar.right).to.be.closeTo(last.right, 4);
    expect(column(page, "2026-06-18").querySelector(".slot__all-day")!.textContent).to.contain("幸福邻里节");
    for (const day of ["2026-06-19", "2026-06-20"]) expect(column(page, day).querySelector(".slot__all-day")!.textContent).to.contain("（续）幸福邻里节");
    expect(column(page, "2026-06-21").querySelector(".slot__all-day")!.textContent).not.to.contain("幸福邻里节");
  });

  it("shows each block's start and end, its title ending in an ellipsis where it is cut, and the first hour whole", async () => {
    const page = await timeGrid("week");
    const block = (id: string) => page.root.querySelector<HTMLElement>(`.tevent[data-event-id="${id}"]`)!;
    expect(block("clinic").querySelector(".tevent__time")!.textContent).to.equal("08:30–11:30");
    expect(block("film").querySelector(".tevent__time")!.textContent).to.equal("19:30–21:45");
    expect(block("clinic").getAttribute("aria-label")).to.equal("08:30–11:30 公益义诊 文化广场");
    // A title gets the lines its block has room for, less those its times take, and ends in an ellipsis where cut:
    // one for the hour of 太极拳; 书法课堂's hour and a half has two, and gives one to its times, broken after the dash
    // beside 公益义诊.
    for (const [id, lines, timeLines] of [
      ["tai-chi", "1", 1],
      ["calligraphy", "1", 2],
    ] as const) {
      const title = block(id).querySelector<HTMLElement>(".tevent__title")!;
      const time = block(id).querySelector<HTMLElement>(".tevent__time")!;
      expect(getComputedStyle(title).webkitLineClamp, id).to.equal(lines);
      expect(title.getBoundingClientRect().bottom, id).to.be.at.most(block(id).getBoundingClientRect().bottom);
      expect(time.scrollWidth, `${id}'s times are not cut`).to.be.at.most(time.clientWidth);
      expect(Math.round(time.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(time).lineHeight)), id).to.equal(timeLines);
    }
    // The first hour's label lies whole inside the grid.
    const firstHour = page.root.querySelector(".axis__hour")!.getBoundingClientRect();
    const body = page.root.querySelector(".timegrid__body")!.getBoundingClientRect();
    expect(firstHour.top).to.be.at.least(body.top);
    expect(page.root.querySelector(".axis__hour")!.textContent).to.equal("7:00");
  });

  it("puts the lunar date, festivals and 休/班 under each day's heading in Chinese", async () => {
    const page = await timeGrid("week", "2026-06-19");
    await waitUntil(() => page.root.querySelector(".timegrid__heading .day__lunar:not(:empty)")?.textContent?.trim(), "no lunar dates");
    const heading = (index: number) => page.root.querySelectorAll<HTMLElement>(".timegrid__heading")[index]!;
    // Friday 19 June 2026 is 端午, a holiday.
    await waitUntil(() => heading(4).querySelector(".day__lunar")!.textContent === "端午", "no 端午 under Friday");
    expect(heading(4).querySelector('[part~="holiday-badge"] [aria-hidden="true"]')!.textContent).to.equal("休");
    expect(heading(0).querySelector(".day__lunar")!.textContent).to.equal("五月");
    expect(heading(1).querySelector(".day__lunar")!.textContent).to.equal("初二");
    expect(column(page, "2026-06-19").textContent).to.contain("五月初五 端午，端午假期");
    await expect(page.element).to.be.accessible();
  });

  it("draws a line at the present moment on today, by the calendar's clock", async () => {
    const page = await timeGrid("week", "2026-06-16", fixedClock("2026-06-16T02:30:00Z"));
    expect(page.root.querySelectorAll(".slot__now")).to.have.length(1);
    expect(column(page, "2026-06-16").querySelector(".slot__now")).to.exist;
    // Before 07:00 the grid starts at 07:00 and there is no line to draw.
    const early = await timeGrid("week", "2026-06-16", fixedClock("2026-06-15T22:30:00Z"));
    expect(early.root.querySelectorAll(".slot__now")).to.have.length(0);
  });

  it("moves the now line on each minute while the page stays open, and onto the next day at midnight", async () => {
    // 10:29:59 in Shanghai on Tuesday 16 June.
    const clock = movingClock("2026-06-16T02:29:59Z");
    const page = await timeGrid("week", "2026-06-16", clock);
    const line = () => page.root.querySelector<HTMLElement>(".slot__now");
    const lineDay = () => line()?.closest<HTMLElement>("[data-day]")?.dataset.day;
    const top = line()!.getBoundingClientRect().top;
    // Each time a second before a minute's end, so that the widget's timer (set for the next minute) comes within a second.
    clock.moveTo("2026-06-16T02:44:59.500Z");
    await waitUntil(() => line() && line()!.getBoundingClientRect().top > top, "the now line did not move on", { timeout: 3000 });
    expect(lineDay()).to.equal("2026-06-16");
    clock.moveTo("2026-06-17T00:29:59.500Z");
    await waitUntil(() => lineDay() === "2026-06-17", "the now line did not move to Wednesday", { timeout: 3000 });
  });

  it("moves by the keys as the month does, and by a week with ‹ and ›", async () => {
    const page = await timeGrid("week");
    const tuesday = column(page, "2026-06-16");
    expect(tuesday.tabIndex).to.equal(0);
    tuesday.focus();
    tuesday.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    await waitUntil(() => page.root.activeElement === column(page, "2026-06-21"), "End did not reach Sunday");
    page.root.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await waitUntil(() => page.title() === "2026年6月22日至28日", "ArrowRight on Sunday did not turn the week");
    expect(page.root.activeElement).to.equal(column(page, "2026-06-22"));
    page.button("上一周").click();
    await page.element.updateComplete;
    expect(page.title()).to.equal("2026年6月15日至21日");
  });

  it("opens an event's details from the grid", async () => {
    const page = await timeGrid("week");
    page.root.querySelector<HTMLElement>('.tevent[data-event-id="film"]')!.click();
    const dialog = await page.waitForDialog();
    expect(dialog.textContent).to.contain("露天电影");
  });
});

describe("the day view", () => {
  it("shows one day, steps a day at a time, and reads the week in English", async () => {
    const page = await timeGrid("day");
    expect(page.title()).to.equal("2026年6月16日星期二");
    expect(page.root.querySelectorAll(".slot").length).to.equal(1);
    page.button("后一天").click();
    await page.element.updateComplete;
    expect(page.title()).to.equal("2026年6月17日星期三");
    await expect(page.element).to.be.accessible();

    const english = await CalendarPage.withEvents(week, { timezone: "Asia/Shanghai", date: "2026-06-16", view: "week", locale: "en" });
    await waitUntil(() => english.root.querySelector(".timegrid"));
    expect(english.title()).to.equal("June 14 – 20, 2026");
    expect(english.button("Next week")).to.exist;
  });
});
