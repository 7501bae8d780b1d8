import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { ConsolePage, STAFF, forgetSession, goOffline, goOnline, holdCommunity, releaseCommunity } from "./console-page.js";

failOnUncaughtErrors();

async function editorAtNewEvent(): Promise<ConsolePage> {
  const page = await ConsolePage.open();
  await page.signIn(STAFF.editor);
  await page.screenReady();
  await page.click("新建活动");
  await waitUntil(() => page.screen!.querySelector("#event-form-heading"), "no form");
  return page;
}

const previewRule = (page: ConsolePage) => page.screen!.querySelector(".preview__rule")?.textContent ?? "";
const previewDays = (page: ConsolePage) =>
  [...page.screen!.querySelectorAll(".preview__list li span:not(.visually-hidden)")].map((day) => day.textContent!.trim());

/** Searches the list for `words` and waits for its answer. */
async function search(page: ConsolePage, words: string) {
  page.field("搜索标题或地点").value = words;
  await page.click("筛选");
  await waitUntil(
    () => page.screen!.querySelector("tbody th")?.textContent?.includes(words) || page.screen!.querySelector(".empty"),
    `no answer for ${words}`,
    { timeout: 8000 },
  );
  await page.screenReady();
}

const rows = (page: ConsolePage) =>
  [...page.screen!.querySelectorAll("tbody tr")].map((row) => ({
    when: row.querySelector("td")!.textContent!.trim(),
    title: row.querySelector("th")!.textContent!.replace(/\s+/g, " ").trim(),
    row,
  }));

describe("<community-admin> events", () => {
  it("offers a new event once the community's categories are known, and starts it on the first of them", async () => {
    const page = await ConsolePage.open();
    await holdCommunity();
    await page.signIn(STAFF.editor);
    await waitUntil(() => page.screen?.querySelector("h2"), "no events screen");
    const newEvent = page.button("新建活动");
    expect(newEvent.getAttribute("aria-disabled"), "before the community answers").to.equal("true");
    await page.click("新建活动");
    expect(page.screen!.querySelector("#event-form-heading") === null, "no form without its categories").to.equal(true);

    await releaseCommunity();
    await waitUntil(() => newEvent.getAttribute("aria-disabled") === "false", "still unavailable once the community answered");
    await page.click("新建活动");
    await waitUntil(() => page.screen!.querySelector("#event-form-heading"), "no form");
    expect(page.field<HTMLSelectElement>("类别").value).to.equal("class");
  });

  it("keeps the search's dates closed until the community's zone is known, then offers the coming weeks from today", async () => {
    const page = await ConsolePage.open();
    await holdCommunity();
    await page.signIn(STAFF.editor);
    await waitUntil(() => page.screen?.querySelector("h2"), "no events screen");
    // Dates typed now would be replaced by the default range as the zone arrives.
    for (const label of ["从", "到", "搜索标题或地点"]) expect(page.field(label).disabled, `${label} before the community answers`).to.equal(true);

    await releaseCommunity();
    await waitUntil(() => !page.field("从").disabled, "still closed once the community answered");
    expect(page.field("从").value).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.field("到").value > page.field("从").value).to.equal(true);
  });

  it("builds a repeat in words and shows the next occurrences before anything is saved; a day can be left out from there", async () => {
    const page = await editorAtNewEvent();
    expect(page.field("日期").value).to.equal("2026-12-14");
    await page.fill("日期", "2026-12-08");
    await page.choose("重复方式", "weekly");
    expect(page.field("周二").checked, "the first day's weekday").to.equal(true);
    await page.tick("周四");
    expect(previewRule(page)).to.equal("每周二、周四");
    expect(previewDays(page).slice(0, 3)).to.deep.equal(["2026年12月8日星期二 09:00", "2026年12月10日星期四 09:00", "2026年12月15日星期二 09:00"]);
    await expect(page.element).to.be.accessible();

    const second = page.screen!.querySelectorAll(".preview__list li")[1]!;
    await page.click("2026年12月10日星期四 这天不办", second);
    expect(previewRule(page)).to.equal("每周二、周四，2026年12月10日星期四除外");
    expect(previewDays(page).slice(0, 2)).to.deep.equal(["2026年12月8日星期二 09:00", "2026年12月15日星期二 09:00"]);
    await page.click("恢复 2026年12月10日星期四");
    expect(previewDays(page)[1]).to.equal("2026年12月10日星期四 09:00");

    await page.tick("到这一天为止");
    await page.fill("最后一天", "2026-12-17");
    expect(previewRule(page)).to.equal("每周二、周四，到2026年12月17日星期四为止");
    expect(previewDays(page)).to.have.length(4);

    await page.choose("重复方式", "monthly-weekday");
    expect(previewRule(page)).to.equal("每月第二个周二，到2026年12月17日星期四为止");
    await page.choose("第几个", "1");
    await page.choose("重复方式", "monthly-weekday");
    await page.fill("日期", "2026-12-05");
    await page.choose("重复方式", "monthly-weekday");
    await page.tick("一直重复");
    expect(previewRule(page)).to.equal("每月第一个周六");
    // From now on: the first Saturday of December is past.
    expect(previewDays(page).slice(0, 2)).to.deep.equal(["2027年1月2日星期六 09:00", "2027年2月6日星期六 09:00"]);

    // 重阳: 九月初九, which falls on 2027-10-08 and 2028-10-26.
    await page.fill("日期", "2027-10-08");
    await page.choose("重复方式", "lunar");
    expect(previewRule(page)).to.equal("每年农历九月初九");
    expect(previewDays(page).slice(0, 2)).to.deep.equal(["2027年10月8日星期五 09:00", "2028年10月26日星期四 09:00"]);
    await expect(page.element).to.be.accessible();
  });

  it("names what is missing, keeps the form through a dropped connection, then saves a weekly class and lists it", async () => {
    const page = await editorAtNewEvent();
    await page.click("保存");
    const summary = page.screen!.querySelector<HTMLElement>(".error-summary")!;
    await waitUntil(() => page.screen!.activeElement === summary, "the summary did not take focus");
    expect([...summary.querySelectorAll("a")].map((link) => link.textContent!.trim())).to.deep.equal(["请填写活动名称", "请填写地点"]);
    await expect(page.element).to.be.accessible();

    await page.fill("活动名称", "八段锦晨练（测试）");
    await page.fill("地点", "文化广场");
    await page.fill("日期", "2026-12-08");
    await page.fill("开始时间", "07:00");
    await page.fill("结束时间", "08:00");
    await page.choose("重复方式", "weekly");
    await page.tick("周四");
    await page.tick("共几次");
    await page.fill("次数", "6");
    await page.click("2026年12月10日星期四 这天不办", page.screen!.querySelectorAll(".preview__list li")[1]!);

    await goOffline();
    await page.click("保存");
    await waitUntil(() => page.text().includes("网络连接失败，您填写的内容已保留"), "no word of the dropped connection");
    expect(page.field("活动名称").value).to.equal("八段锦晨练（测试）");
    expect(previewRule(page)).to.equal("每周二、周四，共 6 次，2026年12月10日星期四除外");
    await goOnline();
    await page.click("保存");
    await waitUntil(() => page.text().includes("已保存“八段锦晨练（测试）”。"), "not saved");

    await search(page, "八段锦晨练（测试）");
    expect(rows(page).map((row) => row.when)).to.deep.equal([
      "2026年12月8日星期二 07:00–08:00",
      "2026年12月15日星期二 07:00–08:00",
      "2026年12月17日星期四 07:00–08:00",
      "2026年12月22日星期二 07:00–08:00",
      "2026年12月24日星期四 07:00–08:00",
    ]);
    expect(rows(page)[0]!.title).to.equal("八段锦晨练（测试） 重复活动");
    await expect(page.element).to.be.accessible();
  });

  it("edits the whole series with its repeat as saved, and calls off one occurrence after asking", async () => {
    const page = await editorAtNewEvent();
    await page.fill("活动名称", "书法兴趣班（测试）");
    await page.fill("地点", "书画活动室");
    await page.fill("日期", "2026-12-09");
    await page.choose("重复方式", "weekly");
    // A series that ends: the calendar's tests read an empty month years ahead.
    await page.tick("共几次");
    await page.fill("次数", "4");
    await page.click("保存");
    await waitUntil(() => page.text().includes("已保存"), "not saved");
    await search(page, "书法兴趣班（测试）");

    await page.click("编辑整个系列", rows(page)[0]!.row);
    await waitUntil(() => page.screen!.querySelector("#event-form-heading")?.textContent === "编辑整个系列：书法兴趣班（测试）", "no series form");
    expect(page.field<HTMLSelectElement>("重复方式").value).to.equal("weekly");
    expect(previewRule(page)).to.equal("每周三，共 4 次");
    await page.tick("周五");
    await page.click("保存");
    await waitUntil(() => page.text().includes("已保存“书法兴趣班（测试）”"), "the series was not saved");
    await search(page, "书法兴趣班（测试）");
    expect(
      rows(page)
        .slice(0, 2)
        .map((row) => row.when),
    ).to.deep.equal(["2026年12月9日星期三 09:00–10:00", "2026年12月11日星期五 09:00–10:00"]);

    await page.click("取消这一次", rows(page)[1]!.row);
    const question = page.screen!.querySelector<HTMLElement>("[role='alertdialog']")!;
    expect(question.textContent).to.contain("确定取消“书法兴趣班（测试）”（2026年12月11日星期五 09:00）吗？已报名的居民会收到通知。");
    await waitUntil(() => page.screen!.activeElement === question, "the question did not take focus");
    await expect(page.element).to.be.accessible();
    await page.click("取消这一次", question);
    await waitUntil(() => page.text().includes("已取消“书法兴趣班（测试）”"), "not cancelled");
    await waitUntil(() => rows(page)[1]?.title.includes("已取消"), "the list does not show it cancelled", { timeout: 8000 });
    expect(rows(page)[0]!.title).not.to.contain("已取消");
  });

  it("asks to sign in again when the session ends while an event is typed, and keeps it to save afterwards", async () => {
    const page = await editorAtNewEvent();
    await page.fill("活动名称", "剪纸体验课（测试）");
    await page.fill("地点", "多功能室");
    await forgetSession();
    await page.click("保存");
    await waitUntil(() => page.text().includes("登录已过期，请重新登录。"), "not asked to sign in again");
    await expect(page.element).to.be.accessible();

    await page.signIn(STAFF.editor);
    await waitUntil(() => !page.root.querySelector(".console__again"), "still asked to sign in");
    expect(page.field("活动名称").value).to.equal("剪纸体验课（测试）");
    await page.click("保存");
    await waitUntil(() => page.text().includes("已保存“剪纸体验课（测试）”。"), "not saved after signing in again");
  });
});
