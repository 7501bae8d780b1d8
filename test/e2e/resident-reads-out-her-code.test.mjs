// Issue 19's short code: a resident books a room on her phone and is shown a code
// she can read out, copies it, and finds it again under 我的预约; she calls the
// centre, and with her code and phone number the booking is cancelled for her.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fillBookingForm, openRoomDay, slot } from "../support/booking-journey.mjs";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();
const SHORT_CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/;

/** A Thursday at least four days ahead in Beijing: the calligraphy room is open and the lead time is long past. */
function thursdayAhead() {
  const day = new Date(Date.now() + 4 * 86_400_000);
  while (day.getUTCDay() !== 4) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

test("on a phone she books a room, reads her short code, copies it and finds it under 我的预约; read out with her phone, it cancels the booking", async () => {
  const day = thursdayAhead();
  const context = await demo.browser.newContext({
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.site.url}/rooms.html`);
  const widget = page.locator("community-room-booking");
  await openRoomDay(widget, "书画活动室", day);
  await slot(widget, "15:00", "15:30", "可预约").click();
  await fillBookingForm(widget, { purpose: "书法协会练习", attendees: "8", name: "周桂芳", phone: "139 0013 9021" });
  await widget.getByRole("button", { name: "提交预约" }).click();
  await widget.getByRole("heading", { name: "预约成功" }).waitFor();

  // The code: two groups of four, large, whole on the phone's screen.
  const code = widget.locator('[part~="short-code"]');
  const shortCode = (await code.textContent()).trim();
  assert.match(shortCode, SHORT_CODE);
  await code.scrollIntoViewIfNeeded();
  const box = await code.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375, `the code lies within the screen: ${JSON.stringify(box)}`);
  assert.ok(Number.parseFloat(await code.evaluate((element) => getComputedStyle(element).fontSize)) >= 20, "the code is large");
  const outcome = await widget.locator('[part~="booking-outcome"]').textContent();
  assert.match(outcome, /139\*\*\*\*9021/);
  assert.match(outcome, /我的预约/);
  assert.doesNotMatch(outcome, /[A-Za-z0-9_-]{24,}/, "no long token is shown");

  // Copy puts it on the clipboard, and says so.
  await widget.getByRole("button", { name: "复制" }).click();
  await widget.getByRole("status").filter({ hasText: "已复制" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shortCode);

  // 我的预约 keeps it on this device.
  await widget.getByRole("button", { name: "我的预约（1）" }).click();
  assert.match(await widget.locator("#my-bookings").textContent(), new RegExp(`取消码 ${shortCode}`));

  // She calls the centre and reads it out; with another phone number it finds nothing.
  const cancel = (body) =>
    fetch(`${demo.site.url}/v1/communities/taihe/cancellations`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const wrongPhone = await cancel({ code: shortCode, phone: "13900139022" });
  assert.equal(wrongPhone.status, 404);
  const spoken = shortCode.toLowerCase().replace("-", " ");
  const cancelled = await cancel({ code: spoken, phone: "139 0013 9021" });
  assert.equal(cancelled.status, 200);
  const what = await cancelled.json();
  assert.equal(what.kind, "booking");
  assert.equal(what.title, "书画活动室");
  assert.equal(what.start, `${day}T15:00:00+08:00`);

  // On a desktop, the hour is free again.
  const desktop = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
  await desktop.goto(`${demo.site.url}/rooms.html`);
  const again = desktop.locator("community-room-booking");
  await openRoomDay(again, "书画活动室", day);
  await slot(again, "15:00", "15:30", "可预约").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
