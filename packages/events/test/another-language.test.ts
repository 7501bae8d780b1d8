import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import type { CommunityEvents } from "../src/community-events.js";
import { expectFollowsLanguageSwitch } from "../../ui/test/page-language.js";
import { CalendarPage } from "./calendar-page.js";

failOnUncaughtErrors();

// Its own file, so that no earlier test in the page has loaded English already.
describe("a page in another language than zh-CN", () => {
  it("holds the calendar's place until its messages load, and never shows Chinese in between", async () => {
    const seen: string[] = [];
    const element = document.createElement("community-events");
    element.setAttribute("locale", "en");
    element.setAttribute("date", "2026-11-23");
    element.setAttribute("timezone", "Europe/London");
    (element as CommunityEvents).events = [{ id: "a", title: "Repair café", start: "2026-11-28T10:00:00+00:00" }];
    const observer = new MutationObserver(() => seen.push(element.shadowRoot?.textContent ?? ""));
    document.body.append(element);
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const page = new CalendarPage(element as CommunityEvents);
    await (element as CommunityEvents).updateComplete;
    expect(page.root.querySelector(".held[aria-busy=true]"), "the place held while English loads").to.exist;
    await waitUntil(() => page.root.querySelector(".toolbar__title"), "the calendar did not show");
    observer.disconnect();
    expect(page.title()).to.equal("November 2026");
    expect(seen.filter((text) => /[\u4e00-\u9fff]/.test(text))).to.deep.equal([]);
    element.remove();
  });

  it("follows the page's language when the site switches it", async () => {
    const calendar = document.createElement("community-events") as CommunityEvents;
    calendar.setAttribute("date", "2026-11-23");
    calendar.setAttribute("timezone", "Asia/Shanghai");
    calendar.events = [];
    await expectFollowsLanguageSwitch(calendar, { "zh-CN": "本月没有活动。", en: "November 2026", "zh-Hant": "本月沒有活動。" });
  });

  it("shows a second calendar in that language at its first render, once the first has loaded it", async () => {
    const first = await CalendarPage.withEvents([], { timezone: "Europe/London", locale: "en", date: "2026-11-23" });
    expect(first.title()).to.equal("November 2026");
    const second = document.createElement("community-events") as CommunityEvents;
    second.setAttribute("locale", "en");
    second.setAttribute("date", "2026-12-01");
    second.setAttribute("timezone", "Europe/London");
    document.body.append(second);
    await second.updateComplete;
    expect(new CalendarPage(second).title()).to.equal("December 2026");
    second.remove();
  });
});
