// Issue 22's first journey: an editor signs in to the console and creates a weekly class with
// one week left out; a resident registers for it on the public calendar; a coordinator sees her
// registration, checks her in at the door and exports the list.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { fillRegistration, openEventInCalendar } from "../support/calendar-journey.mjs";
import { STAFF, findEvent, signedInConsole } from "../support/console-journey.mjs";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();
const TITLE = "健身气功八段锦（新班）";

/** The Tuesday at least three days ahead in Beijing, and the three after it. */
function tuesdays() {
  const day = new Date(Date.now() + 3 * 86_400_000 + 8 * 3_600_000);
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return [0, 7, 14, 21].map((offset) => new Date(day.getTime() + offset * 86_400_000).toISOString().slice(0, 10));
}

test("an editor creates a weekly class with one week left out, a resident registers, a coordinator checks her in and exports the list", async () => {
  const weeks = tuesdays();

  // The editor: a class every Tuesday for four weeks, the second left out from the preview.
  const editor = await signedInConsole(demo.browser, demo.site.url, STAFF.editor);
  await editor.console.getByRole("button", { name: "新建活动" }).click();
  const form = editor.console.locator("form#event");
  await form.getByLabel("活动名称").fill(TITLE);
  await form.getByLabel("日期").fill(weeks[0]);
  await form.getByLabel("开始时间").fill("09:30");
  await form.getByLabel("结束时间").fill("10:30");
  await form.getByLabel("地点", { exact: true }).fill("文化广场");
  await form.getByLabel("名额（可不填，不填为不限）").fill("20");
  await form.getByLabel("居民可以在网上报名").check();
  await form.getByLabel("重复方式").selectOption("weekly");
  await form.getByLabel("共几次").check();
  await form.getByLabel("次数").fill("4");
  await form.getByLabel("次数").blur();
  const preview = form.locator(".preview__list li");
  await preview.nth(3).waitFor();
  await preview
    .nth(1)
    .getByRole("button", { name: /这天不办/ })
    .click();
  const rule = await form.locator(".preview__rule").textContent();
  assert.match(rule, /^每周二，共 4 次，.*除外$/);
  assert.equal(await preview.count(), 3);
  await form.getByRole("button", { name: "保存" }).click();

  await editor.console.getByText(`已保存“${TITLE}”。`).waitFor();
  await findEvent(editor.console, TITLE, weeks[0], weeks[3]);
  assert.equal(await editor.console.locator("tbody tr", { hasText: TITLE }).count(), 3, "four Tuesdays less the one left out");

  // What residents read: three classes, not on the second Tuesday.
  const published = await (
    await fetch(`${demo.site.url}/v1/communities/taihe/events?from=${weeks[0]}&to=${weeks[3]}T23:59:00%2B08:00&q=${encodeURIComponent(TITLE)}`)
  ).json();
  assert.deepEqual(
    published.items.map((event) => event.start.slice(0, 10)),
    [weeks[0], weeks[2], weeks[3]],
  );

  // A resident registers for the first on the public calendar.
  const residentContext = await demo.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1200, height: 900 } });
  const resident = await residentContext.newPage();
  await resident.goto(`${demo.site.url}/`);
  await openEventInCalendar(resident, published.items[0]);
  const dialog = resident.locator("community-events dialog[open]");
  await fillRegistration(dialog, { name: "周桂英", phone: "139 1000 2026" });
  await dialog.getByRole("button", { name: "提交报名" }).click();
  await dialog.getByRole("heading", { name: "报名成功" }).waitFor();

  // The coordinator at the door: finds her by the end of her phone, checks her in, exports the list.
  const coordinator = await signedInConsole(demo.browser, demo.site.url, STAFF.coordinator);
  await findEvent(coordinator.console, TITLE, weeks[0]);
  await coordinator.console.locator("tbody tr", { hasText: TITLE }).getByRole("button", { name: "报名名单" }).click();
  const registrations = coordinator.console.locator("community-admin-registrations");
  await registrations.locator(".summary").waitFor();
  assert.equal(await registrations.locator(".summary").textContent(), "已确认 1 份报名，共 1 人 · 已签到 0 份 · 候补 0 份");
  await registrations.getByLabel("按姓名或手机号查找").fill("2026");
  await registrations.getByRole("button", { name: /^签到\s*：周桂英$/ }).click();
  await registrations.getByText("周桂英 已签到。").waitFor();
  const [download] = await Promise.all([coordinator.page.waitForEvent("download"), registrations.getByRole("button", { name: "导出 CSV" }).click()]);
  assert.match(download.suggestedFilename(), /-registrations\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  assert.match(csv, /周桂英,13910002026,1,已确认 confirmed,,,\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

  for (const who of [editor, coordinator]) assert.deepEqual(who.errors, []);
  for (const context of [editor.context, coordinator.context, residentContext]) await context.close();
});
