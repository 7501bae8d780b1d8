import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { nextKitEvent } from "../../ui/test/kit-events.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { BookingPage, dayAhead, resident } from "./booking-page.js";

failOnUncaughtErrors();

describe("bookings awaiting approval", () => {
  it("shows in my bookings, on a later visit, that staff approved one booking and turned another down with their reason", async () => {
    const day = dayAhead(6, 15);
    const ids: string[] = [];
    for (const [time, phone] of [
      ["09:00", "13912340021"],
      ["15:00", "13912340022"],
    ] as const) {
      const page = await BookingPage.open(`resource="multi-purpose-room" date="${day}"`);
      await page.chooseSlot(time);
      await page.fill({ ...resident, attendees: "30", phone });
      const created = nextKitEvent(page.element, "ck-booking-created");
      await page.submit();
      ids.push((await created).detail.bookingId);
      await page.waitForState(time, "已被预约");
    }
    const decide = (id: string, action: string, body?: object) =>
      fetch(`${testApi()}/v1/communities/taihe/bookings/${id}/${action}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${testKey()}`, ...(body ? { "Content-Type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    expect((await decide(ids[0]!, "approve")).status).to.equal(200);
    expect((await decide(ids[1]!, "reject", { reason: "当天下午多功能厅有社区大会" })).status).to.equal(200);

    const again = await BookingPage.open(`resource="multi-purpose-room" date="${day}"`);
    await waitUntil(() => again.root.querySelector('button[part~="my-bookings"]'), "my bookings did not show on a later visit");
    again.root.querySelector<HTMLButtonElement>('button[part~="my-bookings"]')!.click();
    await waitUntil(() => again.text("#my-bookings").includes("未通过审核：当天下午多功能厅有社区大会"), "the rejection and its reason did not show");
    const items = [...again.root.querySelectorAll("#my-bookings .mine__status")].map((status) => status.textContent!.trim());
    expect(items).to.deep.equal(["审核已通过 · 139****0021", "未通过审核：当天下午多功能厅有社区大会 · 139****0022"]);
    await expect(again.element).to.be.accessible();
  });

  it("offers to tell the resident by the community's ways, takes an address only if she wants one, and tells her of the decision", async () => {
    const day = dayAhead(4, 15);
    const page = await BookingPage.open(`resource="multi-purpose-room" date="${day}"`);
    await page.chooseSlot("10:00");
    const label = page.root.querySelector('label[for="booking-notify"]')?.textContent?.trim();
    expect([label, page.field("notify").checked]).to.deep.equal(["审核结果、变动和使用前的提醒通过短信或电子邮件告诉我", false]);
    expect(page.root.querySelector("#booking-email") === null, "an address asked for before she chose to be told").to.equal(true);
    await page.tick("notify");
    await page.fill({ ...resident, attendees: "20", phone: "13912340023", email: "zhao@" });
    await page.submit();
    expect(page.errorBeside("email")).to.contain("请输入正确的电子邮箱，例如 name@example.cn");
    expect(page.field("phone").value, "what she typed was kept").to.equal("13912340023");
    await expect(page.element).to.be.accessible();

    await page.type("email", "zhao@example.cn");
    const created = nextKitEvent(page.element, "ck-booking-created");
    await page.submit();
    const { bookingId } = (await created).detail;
    const staff = (path: string, method = "GET") =>
      fetch(`${testApi()}/v1/communities/taihe${path}`, { method, headers: { Authorization: `Bearer ${testKey()}` } });
    expect((await staff(`/bookings/${bookingId}/approve`, "POST")).status).to.equal(200);
    const { items } = await (await staff("/notices?limit=200")).json();
    const told = items.filter((notice: { subjectId: string }) => notice.subjectId === bookingId);
    expect(told.map((notice: { cause: string; channel: string; recipient: string }) => [notice.cause, notice.channel, notice.recipient]).sort()).to.deep.equal([
      ["approved", "email", "z***@example.cn"],
      ["approved", "webhook", "139****0023"],
    ]);
    expect(told[0].text).to.contain("已通过审核");
  });

  it("shows in my bookings, on a later visit, that the centre cancelled a booking, with its reason", async () => {
    const day = dayAhead(3, 16);
    const page = await BookingPage.open(`resource="calligraphy-room" date="${day}"`);
    await page.chooseSlot("09:00");
    await page.fill({ ...resident, attendees: "8", phone: "13912340024" });
    const created = nextKitEvent(page.element, "ck-booking-created");
    await page.submit();
    const { bookingId } = (await created).detail;
    const cancelled = await fetch(`${testApi()}/v1/communities/taihe/bookings/${bookingId}/cancel`, {
      method: "POST",
      headers: { Authorization: `Bearer ${testKey()}`, "Content-Type": "application/json" },
      body: JSON.stringify({ reason: "活动室漏水维修" }),
    });
    expect(cancelled.status).to.equal(200);

    const again = await BookingPage.open(`resource="calligraphy-room" date="${day}"`);
    await waitUntil(() => again.root.querySelector('button[part~="my-bookings"]'), "my bookings did not show on a later visit");
    again.root.querySelector<HTMLButtonElement>('button[part~="my-bookings"]')!.click();
    await waitUntil(
      () => again.text("#my-bookings").includes("中心已取消：活动室漏水维修 · 139****0024"),
      "the centre's cancelling and its reason did not show",
    );
    await expect(again.element).to.be.accessible();
  });
});
