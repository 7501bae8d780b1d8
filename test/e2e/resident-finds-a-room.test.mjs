// The room booking page on the demo site: a resident finds the rooms, their hours and rules.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();

test("a resident goes from the calendar to the rooms and reads when the calligraphy room is open", async () => {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.site.url}/`);
  await page.getByRole("link", { name: "场地预约" }).click();
  await page.locator("community-room-booking .card__name").first().waitFor();
  const names = await page.locator("community-room-booking .card__name").allTextContents();
  assert.deepEqual(names, ["书画活动室", "图书阅览室", "棋牌室", "多功能室", "广场舞智能音箱"]);
  const calligraphy = page.locator("community-room-booking .card", { hasText: "书画活动室" });
  assert.match(await calligraphy.textContent(), /周二至周日 08:30–11:30、14:00–17:30/);
  await calligraphy.getByRole("button", { name: "选择" }).click();
  assert.equal(await calligraphy.getByRole("button", { name: "已选择" }).getAttribute("aria-pressed"), "true");
  assert.deepEqual(errors, []);
});
