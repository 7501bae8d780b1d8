// Issue 3's journey: a resident opens an event, registers, sees the places left
// drop, then cancels from "my registrations" and sees them rise again.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { fillRegistration, openEventInCalendar, upcomingOpenEvent } from "../support/calendar-journey.mjs";
import { launchChromium, startDemoSite } from "../support/demo-site.mjs";

let site;
let browser;
let page;
let event;
const pageErrors = [];

async function placesShown() {
  const text = await page.locator("community-events dialog[open]").textContent();
  const match = /共 (\d+) 个，剩余 (\d+) 个/.exec(text);
  assert.ok(match, `the dialog shows the places left: ${text}`);
  return Number(match[2]);
}

before(async () => {
  site = await startDemoSite();
  event = await upcomingOpenEvent(site.url);
  assert.ok(event, "the demo has an upcoming event open for registration");
  browser = await launchChromium();
  const context = await browser.newContext({ timezoneId: "Asia/Shanghai", locale: "zh-CN", viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

const openTheEvent = () => openEventInCalendar(page, event);

test("a resident registers and sees the places left drop", async () => {
  await page.goto(`${site.url}/`);
  await openTheEvent();
  const before = await placesShown();
  assert.equal(before, event.capacity - event.registeredCount);

  const dialog = page.locator("community-events dialog[open]");
  await fillRegistration(dialog, { name: "陈阿姨", phone: "138 0013 8000" });
  await dialog.getByRole("button", { name: "提交报名" }).click();

  await dialog.getByRole("heading", { name: "报名成功" }).waitFor();
  assert.match(await dialog.textContent(), /138\*\*\*\*8000/);
  // Her short code, to read out, beside a button that copies it.
  assert.match((await dialog.locator('[part~="short-code"]').textContent()).trim(), /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await dialog.getByRole("button", { name: "复制" }).waitFor();
  await page.waitForFunction((expected) => {
    const root = document.querySelector("community-events").shadowRoot.querySelector("community-events-dialog").shadowRoot;
    return root.querySelector("dialog").textContent.includes(`剩余 ${expected} 个`);
  }, before - 1);
  await page.keyboard.press("Escape");
});

test("she cancels from my registrations, on a later visit, and the place comes back", async () => {
  // A later visit: what the device remembered is still there.
  await page.reload();
  const mine = page.getByRole("button", { name: "我的报名（1）" });
  await mine.click();
  const panel = page.locator("community-events #my-registrations");
  assert.match(await panel.textContent(), new RegExp(event.title));
  assert.match(await panel.textContent(), /138\*\*\*\*8000/);

  await panel.getByRole("button", { name: /取消报名/ }).click();
  await panel.getByRole("button", { name: "确定取消" }).click();
  await panel.getByText(`已取消“${event.title}”的报名。`).waitFor();

  const after = await (await fetch(`${site.url}/v1/communities/taihe/events/${event.id}`)).json();
  assert.equal(after.registeredCount, event.registeredCount, "the server freed the place");
  await openTheEvent();
  assert.equal(await placesShown(), event.capacity - event.registeredCount);
  assert.deepEqual(pageErrors, []);
});
