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
});
