import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium, shanghaiMonth, startDemoSite } from "../support/demo-site.mjs";

let site;
let browser;
let page;
const pageErrors = [];

before(async () => {
  site = await startDemoSite();
  browser = await launchChromium();
  // A visitor in London: the calendar still shows Shanghai's days.
  const context = await browser.newContext({ timezoneId: "Europe/London", locale: "zh-CN", viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

test("a resident opens the community page and sees this month's calendar", async () => {
  await page.goto(`${site.url}/`);
  const { year, month } = shanghaiMonth();
  await page
    .locator("community-events .toolbar__title")
    .filter({ hasText: `${year}年${month}月` })
    .waitFor();
  await page.locator('community-events .month[aria-busy="false"]').waitFor();
  assert.equal(await page.locator("community-events [role=gridcell]").count(), 42);
  await page.locator("community-events .event").first().waitFor();
  assert.ok((await page.locator("community-events .event").count()) > 15, "the month shows the seeded events");
  assert.equal(await page.locator('community-events [aria-current="date"]').count(), 1);
});

test("she opens an event and reads when, where and how many places are left", async () => {
  // A class still to come (one that is over says so instead of the places): the first after today, this month or next.
  const today = await page.locator('community-events [aria-current="date"]').getAttribute("data-day");
  const upcoming = () =>
    page
      .locator("community-events [role=gridcell]")
      .evaluateAll(
        (cells, after) => cells.filter((cell) => cell.dataset.day > after && cell.textContent.includes("书法课堂")).map((cell) => cell.dataset.day),
        today,
      );
  let days = await upcoming();
  if (!days.length) {
    await page.locator('community-events button[aria-label="下个月"]').click();
    await page.locator('community-events .month[aria-busy="false"]').waitFor();
    days = await upcoming();
  }
  const calligraphy = page.locator(`community-events [role=gridcell][data-day="${days[0]}"] .event`, { hasText: "书法课堂" });
  await calligraphy.click();
  const dialog = page.locator("community-events dialog[open]");
  await dialog.waitFor();
  assert.equal(await dialog.locator("h2").textContent(), "书法课堂");
  const text = await dialog.textContent();
  assert.match(text, /09:00/);
  assert.match(text, /书画活动室/);
  assert.match(text, /共 20 个，(剩余 \d+ 个|已满)/);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" }).catch(() => {});
  assert.equal(await page.locator("community-events dialog[open]").count(), 0);
  await page.locator('community-events button[part~="today"]').click();
});

test("she switches to the list and goes to next month", async () => {
  await page.locator("community-events button", { hasText: "列表" }).click();
  await page.locator("community-events .list__day").first().waitFor();
  const days = await page.locator("community-events .list__day").count();
  assert.ok(days > 10, `the list shows the month's days (${days})`);

  await page.locator('community-events button[aria-label="下个月"]').click();
  const { year, month } = shanghaiMonth(1);
  await page
    .locator("community-events .toolbar__title")
    .filter({ hasText: `${year}年${month}月` })
    .waitFor();
  await page.locator("community-events .list__day").first().waitFor();
  const firstDay = await page.locator("community-events .list__day").first().getAttribute("data-day");
  assert.equal(firstDay.slice(0, 7), `${year}-${String(month).padStart(2, "0")}`);
  assert.deepEqual(pageErrors, []);
});

test("the week of the neighbourhood festival: one bar across its three days, each block with its times, lunar dates under the days", async () => {
  const { year, month } = shanghaiMonth();
  const festival = `${year}-${String(month).padStart(2, "0")}-18`;
  await page.goto(`${site.url}/`);
  await page.locator('community-events .month[aria-busy="false"]').waitFor();
  await page.locator("community-events").evaluate((calendar, day) => {
    calendar.view = "week";
    calendar.date = day;
  }, festival);
  await page.locator('community-events .timegrid[aria-busy="false"]').waitFor();
  const bars = page.locator("community-events .tevent--all-day", { hasText: "幸福邻里节" });
  assert.equal(await bars.count(), 1, "the festival is one bar");
  const bar = await bars.boundingBox();
  const firstDay = await page.locator(`community-events .slot[data-day="${festival}"]`).boundingBox();
  assert.ok(bar.width > 2.8 * firstDay.width, `the bar spans three days (${bar.width} of ${firstDay.width})`);
  const times = await page.locator("community-events .tevent__time").allTextContents();
  assert.ok(times.length > 3 && times.every((text) => /^\d{2}:\d{2}–\d{2}:\d{2}$/.test(text)), `each block says when: ${times}`);
  await page.locator("community-events .timegrid__heading .day__lunar").last().filter({ hasText: /\S/ }).waitFor();
  const lunar = await page.locator("community-events .timegrid__heading .day__lunar").allTextContents();
  assert.equal(lunar.length, 7);
  assert.ok(
    lunar.every((text) => text.trim().length > 0),
    `a lunar date under each day: ${lunar}`,
  );
  assert.deepEqual(pageErrors, []);
});
