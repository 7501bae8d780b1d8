import { fixedClock } from "@community-kit/schema";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import type { CommunityEvents } from "../src/index.js";
import { CalendarPage } from "./calendar-page.js";

failOnUncaughtErrors();

const june = [
  { id: "calligraphy", title: "书法课堂", start: "2026-06-16T09:00:00+08:00", category: "class", location: "书画活动室" },
  { id: "reading", title: "读书会", start: "2026-06-18T14:30:00+08:00", category: "class", location: "图书阅览室" },
  { id: "clinic", title: "公益义诊", start: "2026-06-13T08:30:00+08:00", category: "health", location: "文化广场" },
  { id: "festival", title: "幸福邻里节", start: "2026-06-29", end: "2026-07-02", allDay: true, category: "festival", location: "文化广场" },
];

describe("list view", () => {
  it("groups the month's events by day, a multi-day event on each of its days in the month", async () => {
    const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", view: "list", date: "2026-06-01" });
    expect(page.listDays()).to.deep.equal(["2026-06-13", "2026-06-16", "2026-06-18", "2026-06-29", "2026-06-30"]);
    const headings = [...page.root.querySelectorAll(".list__heading")].map((heading) => heading.textContent!.replace(/\s+/g, " ").trim());
    expect(headings[0]).to.match(/^6月13日 ?周六/);
    await page.lunarCalendarShown();
    expect(page.root.querySelector('[data-day="2026-06-16"] .list__lunar')!.textContent).to.contain("五月初二");
    await expect(page.element).to.be.accessible();
  });

  it("marks a day off with 休 beside its lunar date, read out as the holiday", async () => {
    const dragonBoat = { id: "zongzi", title: "包粽子", start: "2026-06-19T09:00:00+08:00", category: "festival" };
    const page = await CalendarPage.withEvents([dragonBoat], { timezone: "Asia/Shanghai", view: "list", date: "2026-06-01" });
    await page.lunarCalendarShown();
    await waitUntil(() => page.root.querySelector('[data-day="2026-06-19"] [part~="holiday-badge"]'), "no 休 on 端午");
    const badge = page.root.querySelector('[data-day="2026-06-19"] [part~="holiday-badge"]')!;
    expect(badge.querySelector('[aria-hidden="true"]')!.textContent).to.equal("休");
    expect(badge.querySelector(".visually-hidden")!.textContent).to.equal("端午假期");
    await expect(page.element).to.be.accessible();
  });

  it("starts at today in today's month, labelled, with the earlier days behind a button and the next month at the end", async () => {
    // 16 June 2026, 10:00 in Shanghai: the clinic (13th) is over, the calligraphy class is today.
    const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", view: "list" }, fixedClock("2026-06-16T02:00:00Z"));
    expect(page.listDays()).to.deep.equal(["2026-06-16", "2026-06-18", "2026-06-29", "2026-06-30"]);
    expect(page.text('[data-day="2026-06-16"] .list__heading')).to.match(/^今天 6月16日/);
    expect(page.root.querySelectorAll('[part~="today-label"]')).to.have.length(1);

    await page.click("本月更早的活动（1 个）");
    expect(page.listDays()).to.deep.equal(["2026-06-13", "2026-06-16", "2026-06-18", "2026-06-29", "2026-06-30"]);
    await waitUntil(() => page.focused()?.closest('[data-day="2026-06-13"]'), "the focus did not go to the first day shown");

    await page.click("查看 2026年7月 的活动 ›");
    expect(page.text(".toolbar__title")).to.equal("2026年7月");
    // The festival's last day is 1 July (its end, the 2nd, is exclusive).
    expect(page.listDays()).to.deep.equal(["2026-07-01"]);
    await waitUntil(() => page.focused()?.classList.contains("toolbar__title"), "the focus did not go to the month's title");
    // Another month starts at its first day: nothing is folded away.
    expect(page.root.querySelector('[part~="earlier"]')).to.be.null;
    await expect(page.element).to.be.accessible();
  });

  it("on a phone puts each event's time above its title, which gets the row's width", async () => {
    const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", date: "2026-06-01" });
    page.element.style.width = "360px";
    await waitUntil(() => page.root.querySelector(".list"), "no list at 360px");
    const row = page.root.querySelector('[data-event-id="reading"]')!;
    const time = row.querySelector(".row__time")!.getBoundingClientRect();
    const title = row.querySelector(".row__title")!.getBoundingClientRect();
    expect(time.bottom).to.be.at.most(title.top + 1);
    expect(Math.round(title.left)).to.equal(Math.round(time.left));
    expect(title.width).to.be.above(200);
  });

  it("switches between month and list with the toolbar", async () => {
    const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", date: "2026-06-01" });
    await page.click("列表");
    expect(page.root.querySelector(".list")).to.exist;
    expect(page.button("列表").getAttribute("aria-pressed")).to.equal("true");
    await page.click("月");
    expect(page.root.querySelector(".month")).to.exist;
  });

  it("gives way to the list by itself below 480 px of width", async () => {
    const element = await fixture<CommunityEvents>(html`<community-events style="width: 360px" timezone="Asia/Shanghai" date="2026-06-01"></community-events>`);
    element.events = june;
    await waitUntil(() => element.shadowRoot!.querySelector(".list"), "no list at 360px");
    expect(element.shadowRoot!.querySelector(".toolbar__views")).to.be.null;
    element.style.width = "900px";
    await waitUntil(() => element.shadowRoot!.querySelector(".month"), "no month at 900px");
    await expect(element).to.be.accessible();
  });

  it("renders only what is near the screen with thousands of events, and more on scroll", async () => {
    const many = Array.from({ length: 3000 }, (_, index) => ({
      id: `e${index}`,
      title: `活动 ${index}`,
      start: new Date(Date.UTC(2026, 5, 1 + (index % 30), index % 24)).toISOString(),
    }));
    // The test page does not scroll itself; a host page's scrolling box stands in for it.
    const scroller = await fixture<HTMLDivElement>(html`<div style="height: 500px; overflow: auto">
      <community-events style="width: 900px" timezone="Asia/Shanghai" view="list" date="2026-06-10"></community-events>
    </div>`);
    const element = scroller.querySelector("community-events")!;
    element.events = many;
    const page = new CalendarPage(element);
    await element.updateComplete;
    const rendered = () => page.root.querySelectorAll(".row").length;
    await page.pause(100);
    expect(rendered()).to.be.at.most(60);
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => rendered() > 60, "no more rows after scrolling");
    expect(rendered()).to.be.below(3000);
  });
});

describe("filters", () => {
  it("filters by category chips and clears them", async () => {
    const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", view: "list", date: "2026-06-01" });
    await page.click("health");
    expect(page.listDays()).to.deep.equal(["2026-06-13"]);
    await page.click("class");
    expect(page.listDays()).to.deep.equal(["2026-06-13", "2026-06-16", "2026-06-18"]);
    await page.click("全部");
    expect(page.listDays()).to.have.length(5);
  });

  it("starts with the categories named in the attribute", async () => {
    const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", view: "list", date: "2026-06-01", categories: "festival" });
    expect(page.listDays()).to.deep.equal(["2026-06-29", "2026-06-30"]);
  });

  it("searches titles and places, and offers to clear a search that finds nothing", async () => {
    const page = await CalendarPage.withEvents(june, { timezone: "Asia/Shanghai", date: "2026-06-01" });
    const search = page.root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = "文化广场";
    search.dispatchEvent(new InputEvent("input"));
    await page.element.updateComplete;
    expect(page.root.querySelectorAll(".event").length).to.be.greaterThan(0);
    expect([...page.root.querySelectorAll(".event__title")].map((title) => title.textContent)).to.have.members(["公益义诊", "幸福邻里节"]);
    search.value = "不存在的活动";
    search.dispatchEvent(new InputEvent("input"));
    await page.element.updateComplete;
    expect(page.root.querySelector(".empty")!.textContent).to.contain("没有符合条件的活动");
    await expect(page.element).to.be.accessible();
    await page.click("清除筛选");
    expect(search.value).to.equal("");
    expect(page.root.querySelectorAll(".event__title").length).to.equal(4);
  });
});
