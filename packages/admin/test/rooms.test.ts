import { expect, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { ConsolePage, STAFF } from "./console-page.js";

failOnUncaughtErrors();

/** A Sunday weeks ahead of the server's "now", within the multi-purpose room's 30 days (the widget's tests book Saturdays). */
function sundayAhead(weeks: number): string {
  const day = new Date(Date.now() + weeks * 7 * 86_400_000);
  while (day.getUTCDay() !== 0) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** A resident's booking of the multi-purpose room, which needs approval. */
async function requestHall(day: string, from: string, to: string, phone: string, purpose: string) {
  const answer = await fetch(`${testApi()}/v1/communities/taihe/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `${day}-${from}-${phone}` },
    body: JSON.stringify({
      resourceId: "multi-purpose-room",
      start: `${day}T${from}:00+08:00`,
      end: `${day}T${to}:00+08:00`,
      purpose,
      attendees: 30,
      name: "赵老师",
      phone,
      consent: true,
    }),
  });
  expect(answer.status).to.equal(201);
  return (await answer.json()) as { bookingId: string };
}

async function roomsSection(who: { name: string; password: string }) {
  const page = await ConsolePage.open();
  await page.signIn(who);
  await page.screenReady();
  page.root.querySelector<HTMLAnchorElement>('nav a[href="#rooms"]')!.click();
  await waitUntil(() => page.screen?.querySelector("#rooms-heading"), "the rooms section did not open");
  await page.settle();
  return page;
}

const cardOf = (page: ConsolePage, purpose: string) =>
  [...page.screen!.querySelectorAll<HTMLElement>(".card")].find((card) => card.textContent!.includes(purpose));

describe("<community-admin> rooms", () => {
  it("lets a coordinator approve one booking and reject another with the reason the resident reads", async () => {
    const day = sundayAhead(2);
    const kept = await requestHall(day, "09:00", "11:00", "13700000051", "太极拳协会年会");
    const turned = await requestHall(day, "14:00", "16:00", "13700000052", "街舞排练");

    const page = await roomsSection(STAFF.coordinator);
    expect(page.screen!.querySelector('[role="tab"][aria-selected="true"]')!.textContent!.trim()).to.equal("待审核");
    await waitUntil(() => cardOf(page, "街舞排练"), "the pending bookings did not show", { timeout: 8000 });
    expect(cardOf(page, "街舞排练")!.textContent).to.contain("赵老师，13700000052");
    await expect(page.element).to.be.accessible();

    page.button("不批准", cardOf(page, "街舞排练")!.querySelector(".actions")).click();
    await page.settle();
    const reason = page.screen!.querySelector<HTMLInputElement>(`#reject-${turned.bookingId}`)!;
    expect(page.screen!.activeElement).to.equal(reason);
    await page.click("确定不批准", cardOf(page, "街舞排练")!);
    await waitUntil(() => cardOf(page, "街舞排练")!.textContent!.includes("请写上原因，居民会看到"), "an empty reason was taken");
    expect(reason.getAttribute("aria-invalid")).to.equal("true");
    reason.value = "当天下午多功能厅有社区大会，可以改约周日上午";
    reason.dispatchEvent(new Event("input"));
    await page.click("确定不批准", cardOf(page, "街舞排练")!);
    await waitUntil(() => page.text().includes("已不批准"), "not rejected");
    await waitUntil(() => !cardOf(page, "街舞排练"), "the rejected booking is still listed", { timeout: 8000 });

    page.button("批准", cardOf(page, "太极拳协会年会")!.querySelector(".actions")).click();
    await waitUntil(() => page.text().includes("已批准"), "not approved");

    // What the residents' devices read.
    const check = await fetch(`${testApi()}/v1/communities/taihe/bookings?resource=multi-purpose-room&from=${day}`, {
      headers: { Authorization: `Bearer ${testKey()}` },
    });
    const decided = ((await check.json()) as Array<{ id: string; status: string; reason?: string }>).filter((booking) =>
      [kept.bookingId, turned.bookingId].includes(booking.id),
    );
    expect(decided.map((booking) => [booking.status, booking.reason])).to.deep.equal([
      ["confirmed", undefined],
      ["rejected", "当天下午多功能厅有社区大会，可以改约周日上午"],
    ]);
  });

  it("moves between its tabs with the arrow keys, shows a room's week and keeps time for maintenance", async () => {
    const day = sundayAhead(3);
    await requestHall(day, "09:00", "10:00", "13700000053", "合唱团排练");
    const page = await roomsSection(STAFF.admin);
    const tab = page.screen!.querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
    tab.focus();
    await sendKeys({ press: "ArrowRight" });
    await page.settle();
    expect(page.screen!.activeElement!.textContent!.trim()).to.equal("一周预约");
    expect(page.screen!.querySelector('[role="tab"][aria-selected="true"]')!.textContent!.trim()).to.equal("一周预约");

    await waitUntil(() => page.screen!.querySelector("#week-room"), "the rooms did not load", { timeout: 8000 });
    await page.choose("场地或设备", "multi-purpose-room");
    // Forward week by week to the Sunday booked.
    for (let step = 0; step < 8 && !page.text().includes("合唱团排练"); step++) {
      await page.click("下一周");
      await waitUntil(() => !page.screen!.querySelector('[aria-busy="true"]'), "the week did not load", { timeout: 8000 });
    }
    expect(page.text()).to.contain("09:00–10:00 合唱团排练，30 人 · 赵老师，13700000053 · 待审核");
    await expect(page.element).to.be.accessible();

    await page.fill("日期", day);
    await page.fill("开始时间", "09:30");
    await page.fill("结束时间", "12:00");
    await page.fill("原因", "更换灯具");
    await page.click("留出这段时间");
    await waitUntil(() => page.text().includes("这段时间已经有人预约"), "a block over a booking was taken");
    await page.fill("开始时间", "13:00");
    await page.fill("结束时间", "15:00");
    await page.click("留出这段时间");
    await waitUntil(() => page.text().includes("13:00–15:00 维护：更换灯具"), "the block is not in the week", { timeout: 8000 });
    const slots = await (await fetch(`${testApi()}/v1/communities/taihe/resources/multi-purpose-room/availability?from=${day}`)).json();
    expect(slots.slots.find((slot: { start: string }) => slot.start === `${day}T13:30:00+08:00`).state).to.equal("maintenance");
  });

  it("lets a coordinator cancel a booking the centre cannot keep, from the room's week, with the reason the resident reads", async () => {
    const day = sundayAhead(1);
    const booked = await requestHall(day, "15:00", "17:00", "13700000054", "书法班结业展");
    const approved = await fetch(`${testApi()}/v1/communities/taihe/bookings/${booked.bookingId}/approve`, {
      method: "POST",
      headers: { Authorization: `Bearer ${testKey()}` },
    });
    expect(approved.status).to.equal(200);

    const page = await roomsSection(STAFF.coordinator);
    await page.click("一周预约");
    await waitUntil(() => page.screen!.querySelector("#week-room"), "the rooms did not load", { timeout: 8000 });
    await page.choose("场地或设备", "multi-purpose-room");
    for (let step = 0; step < 8 && !page.text().includes("书法班结业展"); step++) {
      await page.click("下一周");
      await waitUntil(() => !page.screen!.querySelector('[aria-busy="true"]'), "the week did not load", { timeout: 8000 });
    }
    const line = () => [...page.screen!.querySelectorAll<HTMLElement>(".week__item")].find((item) => item.textContent!.includes("书法班结业展"));
    expect(line()!.textContent).to.contain("已确认");

    await page.click("取消预约：15:00–17:00 书法班结业展");
    const reason = page.screen!.querySelector<HTMLInputElement>(`#cancel-${booked.bookingId}`)!;
    expect(page.screen!.activeElement).to.equal(reason);
    await page.click("确定取消预约", line()!);
    await waitUntil(() => line()!.textContent!.includes("请写上原因，居民会看到"), "an empty reason was taken");
    await expect(page.element).to.be.accessible();
    reason.value = "水管抢修，这天多功能厅不能使用";
    reason.dispatchEvent(new Event("input"));
    await page.click("确定取消预约", line()!);
    await waitUntil(() => page.text().includes("已取消：多功能室"), "not cancelled", { timeout: 8000 });
    await waitUntil(() => !line(), "the cancelled booking is still in the week", { timeout: 8000 });

    // What the resident's device reads, and the time free again.
    const check = await fetch(`${testApi()}/v1/communities/taihe/bookings?resource=multi-purpose-room&from=${day}`, {
      headers: { Authorization: `Bearer ${testKey()}` },
    });
    const cancelled = ((await check.json()) as Array<{ id: string; status: string; reason?: string }>).find((booking) => booking.id === booked.bookingId)!;
    expect([cancelled.status, cancelled.reason]).to.deep.equal(["cancelled", "水管抢修，这天多功能厅不能使用"]);
    const slots = await (await fetch(`${testApi()}/v1/communities/taihe/resources/multi-purpose-room/availability?from=${day}`)).json();
    expect(slots.slots.find((slot: { start: string }) => slot.start === `${day}T15:00:00+08:00`).state).to.equal("free");
  });

  it("changes a room's hours, closed days and rules, names what is wrong, and residents read the change", async () => {
    const original = (await (await fetch(`${testApi()}/v1/communities/taihe/resources/chess-room`, { cache: "no-store" })).json()) as Record<string, unknown>;
    // The widgets' tests read the demo's rooms: this one is put back as it was.
    const restore = () =>
      fetch(`${testApi()}/v1/communities/taihe/resources/chess-room`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${testKey()}` },
        body: JSON.stringify({ hours: original.hours, closures: original.closures, limits: original.limits }),
      });
    try {
      const page = await roomsSection(STAFF.editor);
      expect([...page.screen!.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim())).to.deep.equal(["一周预约", "开放与规则"]);
      await page.click("开放与规则");
      await waitUntil(() => page.screen!.querySelector("#settings-room"), "the rooms did not load", { timeout: 8000 });
      await page.choose("场地或设备", "chess-room");
      await page.tick("周日不开放");
      await page.fill("两次预约之间留空（分钟）", "九十");
      await page.click("保存");
      await waitUntil(() => page.screen!.querySelector(".error-summary"), "a wrong number was taken");
      expect(page.screen!.querySelector(".error-summary")!.textContent).to.contain("请填整数");
      await expect(page.element).to.be.accessible();

      await page.fill("两次预约之间留空（分钟）", "15");
      await page.fill("从", "2027-02-16");
      await page.fill("到", "2027-02-22");
      await page.fill("原因", "春节闭馆");
      await page.click("加上闭馆日");
      await page.click("保存");
      await waitUntil(() => page.text().includes("已保存“棋牌室”的开放时间和规则。"), "not saved");

      const room = (await (await fetch(`${testApi()}/v1/communities/taihe/resources/chess-room`)).json()) as {
        hours: Array<{ weekday: number }>;
        closures: Array<{ from: string; to: string; reason: string }>;
        limits: { bufferMinutes: number };
      };
      expect(room.hours.some((period) => period.weekday === 7)).to.equal(false);
      expect(room.closures).to.deep.include({ from: "2027-02-16", to: "2027-02-22", reason: "春节闭馆" });
      expect(room.limits.bufferMinutes).to.equal(15);
    } finally {
      await restore();
    }
  });
});
