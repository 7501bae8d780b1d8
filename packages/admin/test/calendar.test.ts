import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { ConsolePage, STAFF } from "./console-page.js";

failOnUncaughtErrors();

describe("<community-admin> official days", () => {
  it("adds a run of days off and a make-up workday to next year, removes one, and saves the year for residents' calendars", async () => {
    const page = await ConsolePage.open();
    await page.signIn(STAFF.editor);
    await page.screenReady();
    page.root.querySelector<HTMLAnchorElement>('nav a[href="#calendar"]')!.click();
    await waitUntil(() => page.screen?.querySelector("#calendar-year"), "the year did not load", { timeout: 8000 });
    await waitUntil(() => !page.screen!.querySelector('[aria-busy="true"]'), "the days did not load", { timeout: 8000 });
    // The console's "now" is December 2026: next year's schedule is the one to enter.
    expect(page.field<HTMLSelectElement>("年份").value).to.equal("2027");
    await page.choose("年份", "2028");
    await waitUntil(() => page.text().includes("2028 年还没有填写节假日安排。"), "2028 is not empty");
    await expect(page.element).to.be.accessible();

    await page.fill("从", "2028-05-03");
    await page.fill("到（只有一天可不填）", "2028-05-01");
    await page.fill("节日名称", "劳动节");
    await page.click("加上");
    await waitUntil(() => page.text().includes("请填好 2028 年内的起止日期和节日名称"), "a run ending before it starts was taken");

    await page.fill("从", "2028-05-01");
    await page.fill("到（只有一天可不填）", "2028-05-05");
    await page.fill("节日名称", "劳动节");
    await page.click("加上");
    await page.fill("从", "2028-04-30");
    await page.choose("休或班", "work");
    await page.fill("节日名称", "劳动节");
    await page.click("加上");
    const rows = () => [...page.screen!.querySelectorAll("tbody tr")].map((row) => row.textContent!.replace(/\s+/g, " ").trim());
    expect(rows()).to.have.length(6);
    expect(rows()[0]).to.contain("2028年4月30日星期日 班 劳动节");
    page.button("删除", page.screen!.querySelectorAll("tbody tr")[5]!).click();
    await page.settle();
    expect(page.text()).to.contain("有改动还没有保存。");
    await page.click("保存这一年的安排");
    await waitUntil(() => page.text().includes("已保存 2028 年的 5 天节假日安排。"), "not saved");

    const saved = (await (
      await fetch(`${testApi()}/v1/communities/taihe/official-days/2028`, { headers: { Authorization: `Bearer ${testKey()}` } })
    ).json()) as Array<{
      date: string;
      kind: string;
    }>;
    expect(saved.map((day) => `${day.date} ${day.kind}`)).to.deep.equal([
      "2028-04-30 work",
      "2028-05-01 rest",
      "2028-05-02 rest",
      "2028-05-03 rest",
      "2028-05-04 rest",
    ]);
  });
});
