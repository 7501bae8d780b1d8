// Booking a room on the demo site, in two browsers against one server and database:
// one resident books the calligraphy room for an hour, another who chose the same
// time meanwhile is offered the next free times; the first cancels and the time is free.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fillBookingForm, openRoomDay, slot } from "../support/booking-journey.mjs";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();

/** A Wednesday at least four days ahead in Beijing: the calligraphy room is open and the lead time is long past. */
function wednesdayAhead() {
  const day = new Date(Date.now() + 4 * 86_400_000);
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** A resident's own browser (its own device storage), on the rooms page with the calligraphy room's day open. */
async function openCalligraphyRoom(day) {
  const context = await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.site.url}/rooms.html`);
  const widget = page.locator("community-room-booking");
  await openRoomDay(widget, "书画活动室", day);
  await widget.getByRole("listbox", { name: "时段" }).waitFor();
  return { page, widget, errors, context };
}

test("two residents want the same hour of the calligraphy room: one books it, the other is offered the next free times; a cancel frees it", async () => {
  const day = wednesdayAhead();
  const first = await openCalligraphyRoom(day);
  const second = await openCalligraphyRoom(day);

  // Both choose 09:00 for an hour and fill in the form.
  for (const [resident, who] of [
    [first, { purpose: "书法协会练习", attendees: "12", name: "王秀兰", phone: "13800138011" }],
    [second, { purpose: "国画小组", attendees: "6", name: "李建国", phone: "13800138012" }],
  ]) {
    await slot(resident.widget, "09:00", "09:30").click();
    assert.match(await resident.widget.locator("#booking-title").textContent(), /09:00–10:00/);
    await fillBookingForm(resident.widget, who);
  }

  // The first sends: booked, and both half hours show booked.
  await first.widget.getByRole("button", { name: "提交预约" }).click();
  await first.widget.getByRole("heading", { name: "预约成功" }).waitFor();
  assert.match(await first.widget.locator('[part~="booking-outcome"]').textContent(), /138\*\*\*\*8011/);
  await slot(first.widget, "09:30", "10:00", "已被预约").waitFor();
  await slot(first.widget, "09:00", "09:30", "已被预约").waitFor({ timeout: 1000 });

  // The second sends the same hour: taken, with the next free times offered and the form kept.
  await second.widget.getByRole("button", { name: "提交预约" }).click();
  const taken = second.widget.getByRole("alert").filter({ hasText: "刚刚有人预约了这个时间" });
  await taken.waitFor();
  const alternatives = await taken.getByRole("button").allTextContents();
  assert.ok(alternatives.length > 0, "no alternatives offered");
  assert.match(alternatives[0], /10:30–11:30/);
  assert.equal(await second.widget.getByLabel("姓名").inputValue(), "李建国");
  await slot(second.widget, "09:00", "09:30", "已被预约").waitFor();
  await taken.getByRole("button").first().click();
  await second.widget.getByRole("button", { name: "提交预约" }).click();
  await second.widget.getByRole("heading", { name: "预约成功" }).waitFor();
  assert.match(await second.widget.locator('[part~="booking-outcome"]').textContent(), /10:30–11:30/);

  // The first cancels from my bookings on their device: the hour is free again, for both.
  await first.widget.getByRole("button", { name: "我的预约（1）" }).click();
  const mine = first.widget.locator("#my-bookings");
  assert.match(await mine.textContent(), /书画活动室/);
  await mine.getByRole("button", { name: /取消预约/ }).click();
  await mine.getByRole("button", { name: "确定取消" }).click();
  await mine.getByText(/^已取消预约：书画活动室 .+ 09:00–10:00。$/).waitFor();
  await slot(first.widget, "09:00", "09:30", "可预约").waitFor();
  await second.page.reload();
  const again = second.page.locator("community-room-booking");
  await openRoomDay(again, "书画活动室", day);
  await slot(again, "09:00", "09:30", "可预约").waitFor();
  await slot(again, "10:30", "11:00", "已被预约").waitFor({ timeout: 1000 });

  assert.deepEqual([...first.errors, ...second.errors], []);
  await first.context.close();
  await second.context.close();
});
