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

test("on a phone, choosing the last room takes the resident to its day's times, screens below", async () => {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })).newPage();
  await page.goto(`${demo.site.url}/rooms.html`);
  const widget = page.locator("community-room-booking");
  const hall = widget.locator(".card", { hasText: "多功能室" });
  await hall.getByRole("button", { name: "选择" }).tap();
  const title = widget.locator("#timeline-title");
  await page.waitForFunction(() => document.querySelector("community-room-booking").shadowRoot.activeElement?.id === "timeline-title");
  assert.match(await title.textContent(), /多功能室/);
  const box = await title.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 740, `the times' heading is at ${box.y}px`);
});

test("on a phone the rooms are compact cards with their pictures, the five in about two screens", async () => {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })).newPage();
  await page.goto(`${demo.site.url}/rooms.html`);
  const widget = page.locator("community-room-booking");
  const cards = widget.locator(".card");
  await widget.locator(".card__name").first().waitFor();
  assert.equal(await cards.count(), 5);
  // Each has its picture from the demo server, beside its name.
  await page.waitForFunction(() =>
    [...document.querySelector("community-room-booking").shadowRoot.querySelectorAll("img.card__photo")].every((img) => img.complete && img.naturalWidth > 0),
  );
  assert.equal(await widget.locator("img.card__photo").count(), 5);
  const heights = await cards.evaluateAll((all) => all.map((card) => card.getBoundingClientRect().height));
  const total = heights.reduce((sum, height) => sum + height, 0);
  assert.ok(total <= 2.2 * 740, `the five cards take ${Math.round(total)}px`);
  // The amenities and rules open on demand.
  const first = cards.first();
  assert.equal(await first.getByText("使用须知", { exact: true }).isVisible(), false);
  await first.getByText("设施与使用须知").tap();
  assert.equal(await first.getByText("使用须知", { exact: true }).isVisible(), true);
});
