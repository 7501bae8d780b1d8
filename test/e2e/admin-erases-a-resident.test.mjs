// Issue 22's third journey: a resident registers for an event and books a room; she asks the
// centre to erase her data; an admin finds it by her phone in the console and erases it, and
// it is gone from every list and export staff have.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fillRegistration, openEventInCalendar, upcomingOpenEvent } from "../support/calendar-journey.mjs";
import { STAFF, findEvent, signedInConsole } from "../support/console-journey.mjs";
import { createManagementKey, demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();
const PHONE = "13700137026";

test("an admin erases a resident's data by phone, and it is gone from every list and export", async () => {
  const key = createManagementKey(demo.site, "taihe");
  const staffApi = (path) => fetch(`${demo.site.url}/v1/communities/taihe${path}`, { headers: { Authorization: `Bearer ${key}` } });

  // The resident registers on the public calendar, and books the reading room.
  const event = await upcomingOpenEvent(demo.site.url);
  const residentContext = await demo.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1200, height: 900 } });
  const resident = await residentContext.newPage();
  await resident.goto(`${demo.site.url}/`);
  await openEventInCalendar(resident, event);
  const dialog = resident.locator("community-events dialog[open]");
  await fillRegistration(dialog, { name: "吴秀珍", phone: PHONE });
  await dialog.getByRole("button", { name: "提交报名" }).click();
  await dialog.getByRole("heading", { name: "报名成功" }).waitFor();
  await residentContext.close();
  // …and books the calligraphy room for her painting group (on the phone with the front desk, say).
  const bookingDay = new Date(Date.now() + 5 * 86_400_000);
  while (bookingDay.getUTCDay() !== 3) bookingDay.setUTCDate(bookingDay.getUTCDate() + 1);
  const wednesday = bookingDay.toISOString().slice(0, 10);
  const booked = await fetch(`${demo.site.url}/v1/communities/taihe/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `erase-${PHONE}` },
    body: JSON.stringify({
      resourceId: "calligraphy-room",
      start: `${wednesday}T10:00:00+08:00`,
      end: `${wednesday}T11:00:00+08:00`,
      purpose: "国画小组",
      name: "吴秀珍",
      phone: PHONE,
      consent: true,
    }),
  });
  assert.equal(booked.status, 201);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(event.start));
  const csvBefore = await (await staffApi(`/events/${event.id}/registrations.csv`)).text();
  assert.match(csvBefore, /吴秀珍/);

  // The admin finds it all by her phone, and erases it after being asked.
  const admin = await signedInConsole(demo.browser, demo.site.url, STAFF.admin);
  await admin.console.getByRole("link", { name: "设置" }).click();
  const personal = admin.console.locator("community-admin-personal-data");
  await personal.getByLabel("居民的手机号").fill("137 0013 7026");
  await personal.getByRole("button", { name: "查找" }).click();
  await personal.getByText("找到 1 条活动报名、1 条场地预约、0 条志愿者报名。").waitFor();
  assert.match((await personal.locator(".found").allTextContents()).join(" "), new RegExp(`${event.title}[\\s\\S]*吴秀珍[\\s\\S]*国画小组`));
  await personal.getByRole("button", { name: "删除这位居民的信息" }).click();
  await personal.getByRole("alertdialog").getByRole("button", { name: "确定删除" }).click();
  await personal.getByText(/^已删除：/).waitFor();
  await personal.getByText(`没有找到手机号 ${PHONE} 的任何信息。`).waitFor();

  // Gone from the registrations a coordinator opens, and from every export.
  await admin.console.getByRole("link", { name: "活动" }).click();
  await findEvent(admin.console, event.title, day);
  await admin.console.locator("tbody tr", { hasText: event.title }).first().getByRole("button", { name: "报名名单" }).click();
  const registrations = admin.console.locator("community-admin-registrations");
  await registrations.locator(".summary, .empty").first().waitFor();
  assert.doesNotMatch(await registrations.evaluate((element) => element.shadowRoot.textContent), /吴秀珍|13700137026/);
  for (const path of [`/events/${event.id}/registrations.csv`, `/events/${event.id}/registrations`, "/bookings"]) {
    const answer = await (await staffApi(path)).text();
    assert.doesNotMatch(answer, /吴秀珍|13700137026/, `still in ${path}`);
  }
  assert.deepEqual(await (await staffApi(`/personal-data?phone=${PHONE}`)).json(), { phone: PHONE, registrations: [], bookings: [], signups: [] });
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});
