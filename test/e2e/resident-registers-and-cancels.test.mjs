// Issue 3's journey: a resident opens an event, registers, sees the places left
// drop, then cancels from "my registrations" and sees them rise again.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium, shanghaiMonth, startDemoSite } from "../support/demo-site.mjs";

let site;
let browser;
let page;
let event;
const pageErrors = [];

/** The first upcoming event in the demo that takes registrations and has places left. */
async function upcomingOpenEvent() {
  const { year, month } = shanghaiMonth(1);
  const to = new Date(Date.UTC(year, month, 1)).toISOString();
  const list = await (await fetch(`${site.url}/v1/communities/taihe/events?from=${new Date(Date.now() + 3600_000).toISOString()}&to=${to}&limit=1000`)).json();
  return list.items.find((candidate) => candidate.registration?.open && candidate.capacity - candidate.registeredCount >= 2);
}

async function placesShown() {
  const text = await page.locator("community-events dialog[open]").textContent();
  const match = /共 (\d+) 个，剩余 (\d+) 个/.exec(text);
  assert.ok(match, `the dialog shows the places left: ${text}`);
  return Number(match[2]);
}

before(async () => {
  site = await startDemoSite();
  event = await upcomingOpenEvent();
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

async function openTheEvent() {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(event.start));
  await page.locator('community-events .month[aria-busy="false"]').waitFor();
  const { year, month } = shanghaiMonth();
  if (day.slice(0, 7) !== `${year}-${String(month).padStart(2, "0")}`) {
    await page.locator('community-events button[aria-label="下个月"]').click();
  }
  await page.locator(`community-events [data-day="${day}"] .event`, { hasText: event.title }).first().click();
  await page.locator("community-events dialog[open]").waitFor();
}

test("a resident registers and sees the places left drop", async () => {
  await page.goto(`${site.url}/`);
  await openTheEvent();
  const before = await placesShown();
  assert.equal(before, event.capacity - event.registeredCount);

  const dialog = page.locator("community-events dialog[open]");
  await dialog.getByLabel("姓名").fill("陈阿姨");
  await dialog.getByLabel("手机号码").fill("138 0013 8000");
  await dialog.getByLabel("我已阅读并同意以上说明").check();
  await dialog.getByRole("button", { name: "提交报名" }).click();

  await dialog.getByRole("heading", { name: "报名成功" }).waitFor();
  assert.match(await dialog.textContent(), /138\*\*\*\*8000/);
  await page.waitForFunction(
    (expected) => {
      const root = document.querySelector("community-events").shadowRoot.querySelector("community-events-dialog").shadowRoot;
      return root.querySelector("dialog").textContent.includes(`剩余 ${expected} 个`);
    },
    before - 1,
  );
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
