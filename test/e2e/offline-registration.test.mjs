// Issue 8: a resident on a poor connection never loses a registration. Made
// offline, it is saved on the device; the page is closed; when a page with the
// calendar is opened again online, it is sent, done once, and shows among her
// registrations with its outcome.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations } from "../support/axe.mjs";
import { fillRegistration, openEventInCalendar, upcomingOpenEvent } from "../support/calendar-journey.mjs";
import { launchChromium, startDemoSite } from "../support/demo-site.mjs";

let site;
let browser;
let context;
let event;
const pageErrors = [];

before(async () => {
  site = await startDemoSite();
  event = await upcomingOpenEvent(site.url);
  assert.ok(event, "the demo has an upcoming event open for registration");
  browser = await launchChromium();
  context = await browser.newContext({ timezoneId: "Asia/Shanghai", locale: "zh-CN", viewport: { width: 1200, height: 900 } });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

async function openPage() {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${site.url}/`);
  return page;
}

/** Opens a page, fills the event's form as 孙奶奶 and sends it with the connection down; resolves to the page and its dialog once it says it is saved. */
async function registerOffline() {
  const page = await openPage();
  await openEventInCalendar(page, event);
  const dialog = page.locator("community-events dialog[open]");
  await fillRegistration(dialog, { name: "孙奶奶", phone: "139 0013 9000" });
  await context.setOffline(true);
  await dialog.getByRole("button", { name: "提交报名" }).click();
  await dialog.getByRole("status").filter({ hasText: "已保存在这台设备上，联网后会自动提交" }).waitFor();
  return { page, dialog };
}

const registeredCount = async () => (await (await fetch(`${site.url}/v1/communities/taihe/events/${event.id}`)).json()).registeredCount;

test("a registration made offline is saved on the device, survives closing the page, and is sent once when online again", async () => {
  const { page, dialog } = await registerOffline();
  const waiting = dialog.getByRole("button", { name: "等待联网后提交…" });
  assert.equal(await waiting.isDisabled(), true);
  assert.deepEqual(await axeViolations(page, ["community-events"]), []);
  // What she typed is still there, and nothing reached the server.
  assert.equal(await dialog.getByLabel("姓名").inputValue(), "孙奶奶");
  assert.equal(await registeredCount(), event.registeredCount);
  await page.close();

  await context.setOffline(false);
  const later = await openPage();
  const notice = later.locator("community-events [part~='outbox']");
  await notice.filter({ hasText: `保存在这台设备上的“${event.title}”报名已提交：已报名 1 人` }).waitFor();
  await later.getByRole("button", { name: "我的报名（1）" }).click();
  const mine = later.locator("community-events #my-registrations");
  assert.match(await mine.textContent(), new RegExp(`${event.title}[\\s\\S]*已报名 1 人 · 139\\*\\*\\*\\*9000`));
  assert.equal(await registeredCount(), event.registeredCount + 1);

  // Opened once more, nothing is sent again and nothing waits.
  await later.reload();
  await later.getByRole("button", { name: "我的报名（1）" }).waitFor();
  assert.equal(await later.locator("community-events [part~='outbox']").count(), 0);
  assert.equal(await registeredCount(), event.registeredCount + 1);
  assert.deepEqual(pageErrors, []);
});

test("a registration the server refuses while it waited is reported, not kept", async () => {
  // The same phone again: the server will refuse it as a duplicate when it arrives.
  const { page, dialog } = await registerOffline();

  // Back online with the page still open: the dialog shows the server's answer in place of the wait.
  await context.setOffline(false);
  await dialog.locator(".error-summary").filter({ hasText: "这个手机号码已经报过名了" }).waitFor();
  await page
    .locator("community-events [part~='outbox']")
    .filter({ hasText: `保存在这台设备上的“${event.title}”报名没有成功：这个手机号码已经报过名了` })
    .waitFor();
  assert.equal(await page.getByRole("button", { name: "我的报名（1）" }).count(), 1);
  assert.equal(await registeredCount(), event.registeredCount + 1);
  assert.deepEqual(pageErrors, []);
});
