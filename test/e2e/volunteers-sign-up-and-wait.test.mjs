// Volunteering on the demo site, in three browsers against one server and database: a
// volunteer signs up for a clean-up shift and sees the bar fill, a second takes the last
// place, a third joins the waitlist, and when the first cancels the third is promoted.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launchChromium, startDemoSite } from "../support/demo-site.mjs";

let site;
let browser;
let shiftId;

/** A management key made with the CLI, as staff would, on the demo's own database. */
function managementKey(databaseUrl) {
  const cli = join(import.meta.dirname, "..", "..", "packages/server/dist/cli.js");
  const made = spawnSync(process.execPath, [cli, "keys", "create", "--community", "taihe", "--label", "e2e"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  assert.equal(made.status, 0, made.stderr);
  return made.stdout.trim().split("\n").at(-1);
}

before(async () => {
  site = await startDemoSite();
  browser = await launchChromium();
  // A clean-up shift of two places, eleven days ahead at 14:00 in Beijing, that no one else uses.
  const start = new Date(Date.now() + 11 * 86_400_000);
  start.setUTCHours(6, 0, 0, 0);
  const response = await fetch(`${site.url}/v1/communities/taihe/opportunities/clean-up-day/shifts`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${managementKey(site.databaseUrl)}` },
    body: JSON.stringify({ start: start.toISOString(), end: new Date(start.getTime() + 2 * 3_600_000).toISOString(), capacity: 2 }),
  });
  assert.equal(response.status, 201);
  shiftId = (await response.json()).id;
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** A volunteer's own browser (its own device storage) on the volunteering page. */
async function openVolunteering() {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1100, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site.url}/volunteers.html`);
  const card = page.locator(`community-volunteer-signup [data-shift-id="${shiftId}"]`);
  await card.waitFor();
  return { page, card, errors, context };
}

async function signUp(volunteer, who) {
  await volunteer.card.locator('[part~="sign-up"]').click();
  await volunteer.card.getByLabel("姓名").fill(who.name);
  await volunteer.card.getByLabel("手机号码").fill(who.phone);
  await volunteer.card.getByLabel("我已阅读并同意以上说明").check();
  await volunteer.card.locator('[part~="submit-signup"]').click();
  await volunteer.card.locator('[part~="signup-outcome"]').waitFor();
}

test("a clean-up shift fills, the next volunteer waits, and a cancel promotes them", async () => {
  const first = await openVolunteering();
  assert.match(await first.card.textContent(), /已报 0 人，共需 2 人/);
  await signUp(first, { name: "王秀兰", phone: "13800138021" });
  assert.equal((await first.card.locator("#signup-done-title").textContent()).trim(), "报名成功");
  await first.card.getByText("已报 1 人，共需 2 人").waitFor();

  const second = await openVolunteering();
  assert.match(await second.card.textContent(), /仅剩 1 个名额/);
  await signUp(second, { name: "李建国", phone: "13800138022" });
  await second.card.getByText("已报 2 人，共需 2 人").waitFor();

  const third = await openVolunteering();
  assert.match(await third.card.textContent(), /已满，可报名候补/);
  assert.equal(
    await third.card
      .locator('[part~="sign-up"]')
      .textContent()
      .then((text) => text.trim()),
    "报名候补",
  );
  await signUp(third, { name: "赵丽华", phone: "13800138023" });
  assert.match(await third.card.locator('[part~="signup-outcome"]').textContent(), /您是候补第 1 位/);
  await third.card.getByText("已满，1 人候补中").waitFor();

  // The first cancels from my shifts on their device.
  const widget = first.page.locator("community-volunteer-signup");
  await widget.getByRole("button", { name: "我的班次（1）" }).click();
  const mine = widget.locator("#my-shifts");
  await mine.getByRole("button", { name: /取消报名/ }).click();
  await mine.getByRole("button", { name: "确定取消" }).click();
  await mine.getByText(/^已取消报名：清洁社区卫生 /).waitFor();

  // The third, on their next visit, holds the place, and is told they moved up.
  await third.page.reload();
  const thirdWidget = third.page.locator("community-volunteer-signup");
  await thirdWidget.getByRole("button", { name: "我的班次（1）" }).click();
  await thirdWidget
    .locator("#my-shifts .mine__item")
    .getByText(/^已从候补转为正式 · /)
    .waitFor();
  const card = third.page.locator(`community-volunteer-signup [data-shift-id="${shiftId}"]`);
  await card.getByText("已报 2 人，共需 2 人").waitFor();
  assert.doesNotMatch(await card.textContent(), /候补中/);

  assert.deepEqual([...first.errors, ...second.errors, ...third.errors], []);
  for (const volunteer of [first, second, third]) await volunteer.context.close();
});

test("the demo's month of shifts fits in three desktop screens, a row each by day, with each shift's details on demand", async () => {
  const page = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${site.url}/volunteers.html`);
  const widget = page.locator("community-volunteer-signup");
  await widget.locator("[data-shift-id]").first().waitFor();
  const shifts = await widget.locator("[data-shift-id]").count();
  assert.ok(shifts >= 20, `only ${shifts} shifts`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= 3 * 900, `the page is ${height}px tall for ${shifts} shifts`);
  // One row a shift: its title, places and button side by side.
  const first = widget.locator("[data-shift-id]").first();
  const [title, button] = [await first.locator(".shift__title").boundingBox(), await first.getByRole("button", { name: /报名/ }).boundingBox()];
  assert.ok(Math.abs(title.y - button.y) < 30, "the button is not on the shift's row");
  // The address and the rest show when asked for.
  const address = first.locator(".shift__about p").first();
  assert.equal(await address.isVisible(), false);
  await first.getByText("详情").click();
  assert.equal(await address.isVisible(), true);
});
