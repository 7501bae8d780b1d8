import { fixedClock } from "@community-kit/schema";
import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { movingClock } from "../../ui/test/moving-clock.js";
import { testKey } from "../../ui/test/widget-page.js";
import { CalendarPage, testApi } from "./calendar-page.js";

failOnUncaughtErrors();

const taiheDay = { timezone: "Asia/Shanghai", locale: "zh-CN" };

describe("month grid", () => {
  it("shows six weeks from Monday in zh-CN with localized weekday names", async () => {
    const page = await CalendarPage.withEvents([], { ...taiheDay, date: "2026-06-19" });
    expect(page.title()).to.equal("2026年6月");
    expect(page.headings()).to.deep.equal(["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]);
    const cells = page.cells();
    expect(cells).to.have.length(42);
    expect(cells[0]!.dataset.day).to.equal("2026-06-01");
    expect(cells[41]!.dataset.day).to.equal("2026-07-12");
    expect(cells[40]!.classList.contains("day--outside")).to.be.true;
  });

  it("starts the week on Sunday in zh-Hant and en, with their own names and titles", async () => {
    const hant = await CalendarPage.withEvents([], { timezone: "Asia/Taipei", locale: "zh-Hant", date: "2026-02-10" });
    expect(hant.title()).to.equal("2026年2月");
    expect(hant.headings()[0]).to.equal("星期日");
    expect(hant.cells()[0]!.dataset.day).to.equal("2026-02-01");
    await expect(hant.element).to.be.accessible();

    const english = await CalendarPage.withEvents([], { timezone: "Europe/London", locale: "en", date: "2026-11-23" });
    expect(english.title()).to.equal("November 2026");
    expect(english.headings()).to.deep.equal(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);
    expect(english.cells()[0]!.dataset.day).to.equal("2026-11-01");
    await expect(english.element).to.be.accessible();

    const british = await CalendarPage.withEvents([], { timezone: "Europe/London", locale: "en-GB", date: "2026-11-23" });
    expect(british.headings()[0]).to.equal("Monday");
    expect(british.cells()[0]!.dataset.day).to.equal("2026-10-26");
  });

  it("marks today by its clock, in the calendar's zone", async () => {
    // 00:30 on 4 March in Shanghai, still the 3rd in the browser's UTC.
    const page = await CalendarPage.withEvents([], { ...taiheDay }, fixedClock("2026-03-03T16:30:00Z"));
    expect(page.title()).to.equal("2026年3月");
    const cell = page.cell("2026-03-04");
    expect(cell.getAttribute("aria-current")).to.equal("date");
    expect(cell.classList.contains("day--today")).to.be.true;
    expect(page.root.querySelectorAll('[aria-current="date"]')).to.have.length(1);
    // Said in words beside the number, not by colour alone.
    expect(cell.querySelector('[part~="today-label"]')!.textContent).to.equal("今天");
    expect(page.root.querySelectorAll('[part~="today-label"]')).to.have.length(1);
  });

  it("moves today on at midnight in the calendar's zone while the page stays open", async () => {
    // A second before midnight on 3 March in Shanghai (16:00 in the browser's UTC). In English and with an
    // event in the month, nothing else is loaded that would draw the calendar again: only midnight does.
    const clock = movingClock("2026-03-03T15:59:59Z");
    const page = await CalendarPage.withEvents(
      [{ id: "walk", title: "Morning walk", start: "2026-03-10T07:00:00+08:00" }],
      { timezone: "Asia/Shanghai", locale: "en" },
      clock,
    );
    const today = () => page.root.querySelector<HTMLElement>('[aria-current="date"]')?.dataset.day;
    expect(today()).to.equal("2026-03-03");
    clock.moveTo("2026-03-03T16:00:00.200Z");
    await waitUntil(() => today() === "2026-03-04", "today did not move on at midnight", { timeout: 3000 });
    expect(page.cell("2026-03-03").classList.contains("day--today")).to.be.false;
    expect(page.root.querySelectorAll('[aria-current="date"]')).to.have.length(1);
  });

  it("puts an event at 23:30 Shanghai time on its Shanghai day in a browser set to UTC", async () => {
    expect(new Date("2026-06-18T15:30:00Z").getUTCDate()).to.equal(18);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal("UTC");
    const page = await CalendarPage.withEvents(
      [
        { id: "late", title: "夜间健康咨询", start: "2026-06-19T23:30:00+08:00", end: "2026-06-20T00:00:00+08:00" },
        { id: "early", title: "太极拳晨练", start: "2026-06-20T07:00:00+08:00" },
      ],
      { ...taiheDay, date: "2026-06-19" },
    );
    expect(page.eventsIn("2026-06-19")).to.deep.equal(["夜间健康咨询"]);
    expect(page.eventsIn("2026-06-20")).to.deep.equal(["太极拳晨练"]);
    expect(page.eventButton("夜间健康咨询").querySelector(".event__time")!.textContent).to.equal("23:30");
  });

  it("spans all-day and multi-day events over their days, split at the week's end", async () => {
    const page = await CalendarPage.withEvents(
      [
        { id: "festival", title: "幸福邻里节", start: "2026-06-20", end: "2026-06-23", allDay: true },
        { id: "clinic", title: "公益义诊", start: "2026-06-24T08:30:00+08:00", end: "2026-06-24T11:30:00+08:00" },
      ],
      { ...taiheDay, date: "2026-06-01" },
    );
    const segments = [...page.root.querySelectorAll<HTMLElement>('.event[data-event-id="festival"]')];
    expect(segments.map((segment) => [segment.closest<HTMLElement>("[data-day]")!.dataset.day, segment.style.getPropertyValue("--span")])).to.deep.equal([
      ["2026-06-20", "2"],
      ["2026-06-22", "1"],
    ]);
    expect(segments[0]!.classList.contains("event--continues-after")).to.be.true;
    expect(segments[1]!.classList.contains("event--continues-before")).to.be.true;
    const first = segments[0]!.getBoundingClientRect();
    const sunday = page.cell("2026-06-21").getBoundingClientRect();
    expect(first.right).to.be.closeTo(sunday.right, 6);
    expect(page.cell("2026-06-21").textContent).to.contain("（续）幸福邻里节");
    expect(page.eventsIn("2026-06-23")).to.deep.equal([]);
  });

  it("reads out on each day the bars that cross it, and counts the rest in '+N more'", async () => {
    const festival = ["幸福邻里节", "读书月", "科普周", "敬老周"].map((title, index) => ({
      id: `f${index}`,
      title,
      start: "2026-06-16",
      end: "2026-06-19",
      allDay: true,
    }));
    const page = await CalendarPage.withEvents(festival, { ...taiheDay, date: "2026-06-16" });
    const wednesday = page.cell("2026-06-17");
    const continued = [...wednesday.querySelectorAll(".day__events .visually-hidden")].map((span) => span.textContent);
    // The three bars drawn from Tuesday, and not the fourth, which has no lane.
    const drawn = page.eventsIn("2026-06-16");
    expect(drawn).to.have.length(3);
    expect(continued).to.deep.equal(drawn.map((title) => `（续）${title}`));
    expect(wednesday.querySelector(".day__more")!.textContent!.trim()).to.equal("还有 1 个");
    await expect(page.element).to.be.accessible();
  });

  it("shows three events a day and '+N more' that opens the whole day in a popover beside it", async () => {
    const events = ["书法课堂", "读书会", "合唱排练", "科普讲座", "广场舞队活动"].map((title, index) => ({
      id: `e${index}`,
      title,
      start: `2026-06-10T${String(9 + index).padStart(2, "0")}:00:00+08:00`,
    }));
    const page = await CalendarPage.withEvents(events, { ...taiheDay, date: "2026-06-10" });
    expect(page.eventsIn("2026-06-10")).to.deep.equal(["书法课堂", "读书会", "合唱排练"]);
    const more = page.cell("2026-06-10").querySelector<HTMLButtonElement>(".day__more")!;
    expect(more.textContent!.trim()).to.equal("还有 2 个");
    more.click();
    await waitUntil(() => page.root.querySelector(".popover:popover-open .popover__arrow[data-side]"), "the day's list did not open beside its day");
    const rows = [...page.popover().querySelectorAll(".row__title")].map((title) => title.textContent);
    expect(rows).to.deep.equal(["书法课堂", "读书会", "合唱排练", "科普讲座", "广场舞队活动"]);
    // Beside its day, never over the toolbar above, with an arrow that points at the day.
    const popoverBox = page.popover().getBoundingClientRect();
    const cellBox = page.cell("2026-06-10").getBoundingClientRect();
    const beside = popoverBox.left >= cellBox.right - 1 || popoverBox.right <= cellBox.left + 1;
    expect(beside, "the list lies beside the day, not over it").to.be.true;
    expect(popoverBox.top).to.be.at.least(page.root.querySelector(".toolbar")!.getBoundingClientRect().bottom);
    const arrow = page.popover().querySelector(".popover__arrow")!.getBoundingClientRect();
    const arrowMiddle = (arrow.top + arrow.bottom) / 2;
    expect(arrowMiddle).to.be.within(cellBox.top, cellBox.bottom);
    expect(Math.min(Math.abs(arrow.left - cellBox.right), Math.abs(arrow.right - cellBox.left))).to.be.below(12);
    await expect(page.element).to.be.accessible();

    // Its close button shuts it and gives the day back the focus.
    const close = page.popover().querySelector<HTMLButtonElement>('[part~="close-popover"]')!;
    expect(close.getAttribute("aria-label")).to.equal("关闭");
    close.click();
    await waitUntil(() => !page.popover().matches(":popover-open"), "the close button did not close it");
    await waitUntil(() => (page.focused() as HTMLElement | null)?.dataset.day === "2026-06-10", "focus did not go back to the day");
  });

  it("in senior mode sets events and lunar dates at 18 px at least, and wraps a long title to a second line", async () => {
    const talk = { id: "talk", title: "科普讲座：垃圾分类怎么分", start: "2026-06-10T10:00:00+08:00" };
    const page = await CalendarPage.withEvents([talk], { ...taiheDay, date: "2026-06-10", senior: "" });
    await page.lunarCalendarShown();
    const title = page.root.querySelector<HTMLElement>('[data-event-id="talk"] .event__title')!;
    expect(Number.parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(18);
    const lunar = page.root.querySelector<HTMLElement>('[data-day="2026-06-10"] .day__lunar')!;
    expect(Number.parseFloat(getComputedStyle(lunar).fontSize)).to.be.at.least(18);
    const lineHeight = Number.parseFloat(getComputedStyle(title).lineHeight);
    expect(title.getBoundingClientRect().height, "the title took a second line").to.be.above(lineHeight * 1.5);
    const heights = page.cells().map((cell) => Math.round(cell.getBoundingClientRect().height));
    expect(new Set(heights).size).to.equal(1);
  });

  it("keeps every week row the same height, whatever a day holds", async () => {
    const busy = Array.from({ length: 8 }, (_, index) => ({ id: `b${index}`, title: `活动 ${index}`, start: "2026-06-10T09:00:00+08:00" }));
    const page = await CalendarPage.withEvents(busy, { ...taiheDay, date: "2026-06-10" });
    const heights = page.cells().map((cell) => Math.round(cell.getBoundingClientRect().height));
    expect(new Set(heights).size).to.equal(1);
  });
});

describe("the Chinese calendar in the month", () => {
  it("shows 端午 on 2026-06-19 and the lunar day under other numbers", async () => {
    const page = await CalendarPage.withEvents([], { ...taiheDay, date: "2026-06-19" });
    await page.lunarCalendarShown();
    expect(page.lunarUnder("2026-06-19")).to.equal("端午");
    expect(page.lunarUnder("2026-06-20")).to.equal("初六");
    // The lunar line starts where the day's number does (it started 9 px to its left).
    const textLeft = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect().left;
    };
    for (const day of ["2026-06-20", "2026-06-09"]) {
      const cell = page.cell(day);
      expect(Math.abs(textLeft(cell.querySelector(".day__number")!) - textLeft(cell.querySelector(".day__lunar")!)), day).to.be.below(1.5);
    }
    expect(page.spokenDay("2026-06-19")).to.contain("五月初五");
    expect(page.badgeOn("2026-06-19")).to.equal("休");
    expect(page.spokenDay("2026-06-19")).to.contain("端午假期");
  });

  it("shows 正月初一 and the 2026 Spring Festival holiday with its make-up workdays", async () => {
    const page = await CalendarPage.withEvents([], { ...taiheDay, date: "2026-02-17" });
    await page.lunarCalendarShown();
    expect(page.lunarUnder("2026-02-17")).to.equal("春节");
    expect(page.spokenDay("2026-02-17")).to.contain("正月初一");
    expect(page.cell("2026-02-17").querySelector(".day__lunar")).to.exist;
    for (const day of ["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"]) {
      expect(page.badgeOn(day), day).to.equal("休");
    }
    expect(page.badgeOn("2026-02-14")).to.equal("班");
    expect(page.badgeOn("2026-02-28")).to.equal("班");
    expect(page.badgeOn("2026-02-24")).to.equal("");
    expect(page.spokenDay("2026-02-14")).to.contain("春节调休上班");
    expect(page.lunarUnder("2026-03-03")).to.equal("元宵");
    await expect(page.element).to.be.accessible();
  });

  it("takes 休 and 班 of a year the kit does not carry from the official days the community set", async () => {
    const year = new Date().getFullYear() + 3;
    const days = [
      { date: `${year}-02-10`, kind: "rest", name: "春节" },
      { date: `${year}-02-11`, kind: "rest", name: "春节" },
      { date: `${year}-02-20`, kind: "work", name: "春节" },
    ];
    const set = await fetch(`${testApi()}/v1/communities/taihe/official-days/${year}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${testKey()}` },
      body: JSON.stringify({ days }),
    });
    expect(set.status).to.equal(200);
    try {
      const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: `${year}-02-10` });
      await page.lunarCalendarShown();
      expect(page.badgeOn(`${year}-02-10`)).to.equal("休");
      expect(page.badgeOn(`${year}-02-11`)).to.equal("休");
      expect(page.badgeOn(`${year}-02-20`)).to.equal("班");
      expect(page.badgeOn(`${year}-02-12`)).to.equal("");
      expect(page.spokenDay(`${year}-02-20`)).to.contain("春节调休上班");
    } finally {
      await fetch(`${testApi()}/v1/communities/taihe/official-days/${year}`, { method: "DELETE", headers: { Authorization: `Bearer ${testKey()}` } });
    }
  });

  it("writes the lunar calendar in traditional script for zh-Hant and leaves it out in English", async () => {
    const hant = await CalendarPage.withEvents([], { timezone: "Asia/Taipei", locale: "zh-TW", date: "2026-10-18" });
    await hant.lunarCalendarShown();
    expect(hant.lunarUnder("2026-10-18")).to.equal("重陽");
    expect(hant.badgeOn("2026-10-01")).to.equal("休");

    const english = await CalendarPage.withEvents([], { timezone: "Asia/Shanghai", locale: "en", date: "2026-06-19" });
    await english.pause(200);
    expect(english.lunarUnder("2026-06-19")).to.equal("");
    expect(english.badgeOn("2026-06-19")).to.equal("");
  });
});
