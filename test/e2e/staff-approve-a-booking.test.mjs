// Issue 22's second journey: a resident books the room that needs approval; a coordinator
// approves it in the console; the resident's "my bookings" shows it approved. Issue 23's: she asked
// to be told, and the community's SMS gateway gets one signed notice of it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fillBookingForm, openRoomDay, slot } from "../support/booking-journey.mjs";
import { STAFF, signedInConsole } from "../support/console-journey.mjs";
import { createManagementKey, demoSiteAndBrowser } from "../support/demo-site.mjs";
import { startNoticeGateway } from "../support/notice-gateway.mjs";

const demo = demoSiteAndBrowser();

/** A Thursday at least five days ahead in Beijing: past the room's lead time, within its 30 days. */
function thursdayAhead() {
  const day = new Date(Date.now() + 5 * 86_400_000 + 8 * 3_600_000);
  while (day.getUTCDay() !== 4) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

test("a resident books the room that needs approval, a coordinator approves it, the gateway gets one signed notice, and her my bookings shows it approved", async () => {
  const day = thursdayAhead();
  // The community tells residents who ask by SMS, through its own gateway.
  const secret = "the-secret-taihe-shares-with-its-sms-gateway";
  const gateway = await startNoticeGateway(secret);
  const channels = await fetch(`${demo.site.url}/v1/communities/taihe/notice-channels`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${createManagementKey(demo.site, "taihe")}`, "Content-Type": "application/json" },
    body: JSON.stringify({ webhook: { url: gateway.url, via: "sms", secret }, email: null }),
  });
  assert.equal(channels.status, 200);

  // The resident asks for the multi-purpose room on her own device.
  const residentContext = await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 1000 } });
  const resident = await residentContext.newPage();
  const residentErrors = [];
  resident.on("pageerror", (error) => residentErrors.push(error.message));
  await resident.goto(`${demo.site.url}/rooms.html`);
  const widget = resident.locator("community-room-booking");
  await openRoomDay(widget, "多功能室", day);
  await slot(widget, "14:00", "14:30").click();
  await fillBookingForm(widget, { purpose: "老年大学合唱汇报", attendees: "40", name: "孙淑芬", phone: "13600136020" });
  await widget.getByRole("checkbox", { name: "审核结果、变动和使用前的提醒通过短信告诉我" }).check();
  await widget.getByRole("button", { name: "提交预约" }).click();
  await widget.getByRole("heading", { name: "已提交，等待工作人员审核" }).waitFor();

  // The coordinator finds it waiting and approves it.
  const coordinator = await signedInConsole(demo.browser, demo.site.url, STAFF.coordinator);
  await coordinator.console.getByRole("link", { name: "场地" }).click();
  const card = coordinator.console.locator(".card", { hasText: "老年大学合唱汇报" });
  await card.waitFor();
  assert.match(await card.textContent(), /孙淑芬，13600136020/);
  await card.getByRole("button", { name: /^批准/ }).click();
  await coordinator.console.getByText(/^已批准：多功能室/).waitFor();
  await card.waitFor({ state: "detached" });

  // On her next visit her booking shows approved.
  await resident.reload();
  const mine = widget.getByRole("button", { name: /我的预约/ });
  await mine.click();
  const panel = widget.locator("#my-bookings");
  await panel.getByText("审核已通过 · 136****6020").waitFor();
  assert.match(await panel.textContent(), /多功能室/);

  // The server's delivery run (every few seconds) has handed the gateway one notice, signed, to her phone.
  const deadline = Date.now() + 20_000;
  while (!gateway.notices.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  await new Promise((resolve) => setTimeout(resolve, 6_000)); // a second run sends nothing more
  assert.deepEqual(
    gateway.notices.map((notice) => [notice.cause, notice.to.phone, notice.title]),
    [["approved", "13600136020", "多功能室"]],
  );
  assert.match(gateway.notices[0].text, /^【太和社区】您预约的多功能室（.+14:00–.+）已通过审核。$/);
  assert.deepEqual(gateway.refused, []);
  await gateway.close();

  assert.deepEqual([...residentErrors, ...coordinator.errors], []);
  await residentContext.close();
  await coordinator.context.close();
});
