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
    expect([slots()["10:00"], slots()["10:30"], slots()["11:00"], slots()["11:30"]]).to.deep.equal(["已被预约", "已被预约", "已被预约", "可预约"]);
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
    const page = await BookingPage.open(`api="${location.origin}/flaky" resource="reading-room" date="${dayAhead(3)}"`);
    const { root } = page;
    await whileOffline(async () => {
      root.querySelector<HTMLButtonElement>('[part~="next-day"]')!.click();
      // The SDK sends a read three times, waiting up to 1.2 s between, before it says the network failed.
      await waitUntil(() => root.querySelector(".timeline .state--error"), "no error in the day", { timeout: 5000 });
    });
    expect(root.querySelectorAll(".card")).to.have.length(5);
    await expect(page.element).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.timeline [part~="retry"]')!.click();
    await waitUntil(() => root.querySelector(".slots"), "the retry did not show the times");
  });
});
