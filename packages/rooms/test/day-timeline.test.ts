import { expect, fixture, waitUntil } from "@open-wc/testing";
import "../src/define.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import type { CommunityRoomBooking } from "../src/community-room-booking.js";
import { testApi } from "../../ui/test/widget-page.js";
import { BookingPage, dayAhead } from "./booking-page.js";
import { whileOffline } from "../../ui/test/offline.js";
import { movingClock } from "../../ui/test/moving-clock.js";
import { html } from "lit";
import { toldWebTeam } from "../../ui/test/web-team.js";
import { sendKeys } from "@web/test-runner-commands";

failOnUncaughtErrors();

async function open(attributes: string) {
  const element = await fixture<CommunityRoomBooking>(
    `<community-room-booking style="width: 900px" api="${testApi()}" community="taihe" ${attributes}></community-room-booking>`,
  );
  const root = element.shadowRoot!;
  const settled = () => root.querySelector(".slots, .timeline .notice, .timeline .state--error");
  await waitUntil(settled, "the day's times did not show", { timeout: 8000 });
  await element.updateComplete;
  const slots = () =>
    Object.fromEntries(
      [...root.querySelectorAll(".slot")].map((slot) => [
        slot.querySelector(".slot__time")!.textContent!.slice(0, 5),
        slot.querySelector(".slot__state")!.textContent,
      ]),
    );
  return { element, root, slots, settled };
}

describe("the chosen room's day", () => {
  it("moves on to the new day at midnight in the room's zone while the page stays open", async () => {
    // A second before midnight in Shanghai, where the room is, at the start of a Wednesday the server takes bookings for.
    const day = dayAhead(3);
    const midnight = new Date(`${day}T00:00:00+08:00`).getTime();
    const clock = movingClock(new Date(midnight - 1000).toISOString());
    const dayBefore = new Date(midnight - 1000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const element = await fixture<CommunityRoomBooking>(
      html`<community-room-booking style="width: 900px" .clock=${clock} api=${testApi()} community="taihe" resource="calligraphy-room"></community-room-booking>`,
    );
    const root = element.shadowRoot!;
    const dayField = () => root.querySelector<HTMLInputElement>('input[type="date"]');
    const settled = () => root.querySelector(".slots, .timeline .notice") && !root.querySelector('[aria-busy="true"], [part~="refreshing"]');
    await waitUntil(settled, "the day did not show", { timeout: 8000 });
    expect(dayField()!.value).to.equal(dayBefore);
    clock.moveTo(new Date(midnight + 200).toISOString());
    await waitUntil(() => dayField()?.value === day, "the day did not move on at midnight", { timeout: 3000 });
    expect(dayField()!.min).to.equal(day);
  });

  it("shows each slot of the day with its time and whether it is free, on the day asked", async () => {
    const day = dayAhead(2);
    const { root, slots, element } = await open(`resource="calligraphy-room" date="${day}"`);
    expect(root.querySelector(".timeline__title")!.textContent).to.contain("书画活动室");
    expect(Object.keys(slots())).to.have.length(13);
    expect(slots()["08:30"]).to.equal("可预约");
    expect((root.querySelector('input[type="date"]') as HTMLInputElement).value).to.equal(day);
    await expect(element).to.be.accessible();
  });

  it("shows a time someone booked as booked, never by whom", async () => {
    const day = dayAhead(4);
    const booked = await fetch(`${testApi()}/v1/communities/taihe/bookings`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": `timeline-${day}` },
      body: JSON.stringify({
        resourceId: "chess-room",
        start: `${day}T10:00:00+08:00`,
        end: `${day}T11:00:00+08:00`,
        purpose: "象棋",
        name: "吴大爷",
        phone: "13911112222",
        consent: true,
      }),
    });
    expect(booked.status).to.equal(201);
    const { root, slots } = await open(`resource="chess-room" date="${day}"`);
    // The room keeps 15 minutes clear before and after a booking: the half-hours beside it say so, not "booked".
    expect(["09:30", "10:00", "10:30", "11:00", "11:30"].map((time) => slots()[time])).to.deep.equal([
      "清洁间隔",
      "已被预约",
      "已被预约",
      "清洁间隔",
      "可预约",
    ]);
    expect(root.querySelector('[part~="slot-notes"]')!.textContent).to.contain("每次预约之后留出 15 分钟清洁整理。");
    const slotAt = (time: string) => [...root.querySelectorAll<HTMLElement>(".slot")].find((slot) => slot.textContent!.trim().startsWith(time))!;
    const [buffer, free] = [slotAt("11:00"), slotAt("11:30")];
    expect(getComputedStyle(buffer).backgroundImage, "a buffer is striped").to.contain("repeating-linear-gradient");
    expect(getComputedStyle(free).backgroundImage).to.equal("none");
    expect(root.textContent).not.to.contain("吴大爷");
  });

  it("moves to another day with the buttons and the date field, and says when the room is closed", async () => {
    const monday = dayAhead(1);
    const { root, element, slots } = await open(`resource="calligraphy-room" date="${monday}"`);
    expect(root.querySelector(".timeline .notice")!.textContent).to.equal("这一天不开放。");
    await expect(element).to.be.accessible();
    (root.querySelector('[part~="next-day"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector(".slots"), "the next day did not show");
    expect(Object.keys(slots())).to.have.length(13);
    const input = root.querySelector('input[type="date"]') as HTMLInputElement;
    const wednesday = new Date(Date.parse(`${monday}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    input.value = wednesday;
    input.dispatchEvent(new Event("change"));
    await waitUntil(
      () => root.querySelector(".timeline__title")!.textContent!.includes(String(Number(wednesday.slice(8)))),
      "the date field did not move the day",
    );
    await element.updateComplete;
  });

  it("on a phone lays the day's times out in a compact grid of large targets, with the keyboard hint only for the keyboard", async () => {
    const { root, element } = await open(`resource="calligraphy-room" date="${dayAhead(2)}"`);
    element.style.width = "360px";
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const slots = [...root.querySelectorAll<HTMLElement>(".slot")];
    const boxes = slots.map((slot) => slot.getBoundingClientRect());
    expect(Math.min(...boxes.map((box) => box.height))).to.be.at.least(44);
    expect(Math.min(...boxes.map((box) => box.width))).to.be.at.least(44);
    // Four to a row: the day's thirteen half-hours take four rows, not thirteen.
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).to.be.at.most(4);
    // The end shows not, but is read: "08:30 至 09:00，可预约".
    expect(slots[0]!.querySelector(".slot__end")!.getBoundingClientRect().width).to.be.at.most(1);
    const hint = root.querySelector<HTMLElement>(".timeline__hint")!;
    expect(hint.getBoundingClientRect().height, "the hint shows before the keyboard reaches the times").to.be.at.most(1);
    root.querySelector<HTMLButtonElement>('[part~="next-day"]')!.focus();
    await sendKeys({ press: "Tab" });
    expect(root.activeElement?.getAttribute("role")).to.equal("option");
    expect(hint.getBoundingClientRect().height).to.be.above(10);
    await expect(element).to.be.accessible();
  });

  it("says a closure's own reason on a day it closes", async () => {
    // 太和's rooms close for the Spring Festival, 2027-02-05 to 02-11.
    const { root } = await open(`resource="calligraphy-room" date="2027-02-08"`);
    expect(root.querySelector('[part~="closed-day"]')!.textContent).to.equal("这一天不开放：春节闭馆。");
  });

  it("says why the times beyond the horizon cannot be booked yet", async () => {
    const beyond = new Date(Date.now() + 40 * 86_400_000);
    while (beyond.getUTCDay() < 2) beyond.setUTCDate(beyond.getUTCDate() + 1);
    const { root, slots } = await open(`resource="calligraphy-room" date="${beyond.toISOString().slice(0, 10)}"`);
    expect(new Set(Object.values(slots()))).to.deep.equal(new Set(["尚未开放"]));
    expect(root.querySelector('[part~="slot-notes"]')!.textContent).to.contain("可预约今后 30 天内的时段。");
  });

  it("opens on the first day with a time one can book: after a Monday evening, when the room is closed, the Tuesday", async () => {
    const monday = dayAhead(1);
    const element = await fixture<CommunityRoomBooking>(
      html`<community-room-booking
        style="width: 900px"
        .clock=${movingClock(`${monday}T13:00:00Z`)}
        api=${testApi()}
        community="taihe"
        resource="calligraphy-room"
      ></community-room-booking>`,
    );
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector(".slots"), "no times showed", { timeout: 8000 });
    const tuesday = new Date(Date.parse(`${monday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(root.querySelector<HTMLInputElement>('input[type="date"]')!.value).to.equal(tuesday);
    expect([...root.querySelectorAll(".slot__state")].some((state) => state.textContent === "可预约")).to.equal(true);
    // The Monday it passed over is still there, one day back, and says it is closed.
    root.querySelector<HTMLButtonElement>('[part~="previous-day"]')!.click();
    await waitUntil(() => root.querySelector('[part~="closed-day"]'), "the Monday did not show");
    expect(root.querySelector('[part~="closed-day"]')!.textContent).to.equal("这一天不开放。");
  });

  it("falls back to today for a date it cannot read, and tells the web team", async () => {
    let root!: ShadowRoot;
    const told = await toldWebTeam(async () => ({ root } = await open(`resource="reading-room" date="next tuesday"`)));
    expect(told.join(" ")).to.contain("无法识别日期“next tuesday”");
    expect(root.textContent).not.to.contain("next tuesday");
    expect(root.querySelector(".timeline")).to.exist;
  });
});

describe("when the day's times cannot load", () => {
  it("says so in the day, keeps the cards, and shows the times on retry", async () => {
    const day = dayAhead(3);
    const page = await BookingPage.open(`api="${location.origin}/flaky" resource="reading-room" date="${day}"`);
    const { root } = page;
    await whileOffline(async () => {
      // A day beyond the week of times already loaded.
      const input = root.querySelector<HTMLInputElement>('input[type="date"]')!;
      input.value = new Date(Date.parse(`${day}T00:00:00Z`) + 8 * 86_400_000).toISOString().slice(0, 10);
      input.dispatchEvent(new Event("change"));
      // The SDK sends a read three times, waiting up to 1.2 s between, before it says the network failed.
      await waitUntil(() => root.querySelector(".timeline .state--error"), "no error in the day", { timeout: 5000 });
    });
    expect(root.querySelectorAll(".card")).to.have.length(5);
    await expect(page.element).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.timeline [part~="retry"]')!.click();
    await waitUntil(() => root.querySelector(".slots"), "the retry did not show the times");
  });
});
