import { expect, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { leaveJunkBeside } from "../../ui/test/device-junk.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { nextKitEvent } from "../../ui/test/kit-events.js";
import { expectReceipt } from "../../ui/test/receipt.js";
import { BookingPage, bookElsewhere, dayAhead, resident, slotNames } from "./booking-page.js";

failOnUncaughtErrors();

describe("choosing a time", () => {
  it("moves through the day's slots with the arrow keys, hears each with its state, and starts a booking with Enter", async () => {
    const day = dayAhead(3, 8);
    expect((await bookElsewhere("reading-room", day, "09:00", "10:00", "13912340100", `keys-${day}`)).status).to.equal(201);
    const page = await BookingPage.open(`resource="reading-room" date="${day}"`);
    const listbox = page.root.querySelector('[role="listbox"]')!;
    expect(listbox.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    // The first time one may book has the Tab stop; booked ones before it are disabled.
    expect(page.slot("09:00").getAttribute("aria-disabled")).to.equal("true");
    expect(await slotNames()).to.include.members(["09:00 至 09:30，已被预约", "10:30 至 11:00，可预约", "19:30 至 20:00，空闲，不足1 小时"]);
    page.root.querySelector<HTMLElement>('.slot[tabindex="0"]')!.focus();
    expect(page.focusedSlot()).to.equal("10:30–11:00");

    await sendKeys({ press: "Home" });
    await page.settle();
    expect(page.focusedSlot()).to.equal("09:00–09:30");
    await sendKeys({ press: "Enter" });
    await page.settle();
    expect(page.root.querySelector(".booking"), "a booked slot started a booking").to.equal(null);

    await sendKeys({ press: "End" });
    await page.settle();
    expect(page.focusedSlot()).to.equal("19:30–20:00");
    expect(page.stateOf("19:30")).to.equal("空闲，不足1 小时");
    for (let step = 0; step < 3; step++) await sendKeys({ press: "ArrowUp" });
    await page.settle();
    expect(page.focusedSlot()).to.equal("18:00–18:30");
    await sendKeys({ press: "Enter" });
    await page.settle();

    expect(page.focused()!.getAttribute("aria-selected")).to.equal("true");
    expect(await slotNames()).to.include.members(["18:00 至 18:30，已选择", "18:30 至 19:00，已选择", "19:00 至 19:30，可预约"]);
    expect(page.text("#booking-title")).to.contain("18:00–19:00");
    expect([page.stateOf("18:00"), page.stateOf("18:30"), page.stateOf("19:00")]).to.deep.equal(["已选择", "已选择", "可预约"]);
    const durations = [...(page.field("duration") as unknown as HTMLSelectElement).options].map((option) => option.textContent);
    expect(durations).to.deep.equal(["1 小时", "1 小时 30 分钟", "2 小时"]);
    await page.type("duration", "120");
    expect(page.text("#booking-title")).to.contain("18:00–20:00");
    expect(page.stateOf("19:30")).to.equal("已选择");
    await expect(page.element).to.be.accessible();
  });
});

describe("the booking form", () => {
  it("lists what to fix, beside each field and in a summary that takes focus, and keeps what was typed", async () => {
    const day = dayAhead(4, 8);
    const page = await BookingPage.open(`resource="calligraphy-room" date="${day}"`);
    await page.chooseSlot("09:00");
    await page.fill({ organisation: "太和书法协会", attendees: "35", phone: "12345" }, false);
    await page.submit();

    expect(page.focused()!.classList.contains("error-summary")).to.equal(true);
    const links = [...page.root.querySelectorAll(".error-summary a")].map((link) => link.textContent!.trim());
    expect(links).to.deep.equal(["请填写用途", "人数请填写 1 到 20", "请输入姓名", "请输入正确的手机号码，例如 138 0013 8000", "请勾选同意后再提交"]);
    expect(page.errorBeside("attendees")).to.equal("错误：人数请填写 1 到 20");
    expect(page.field("attendees").getAttribute("aria-invalid")).to.equal("true");
    expect(page.field("organisation").value).to.equal("太和书法协会");
    expect(page.field("phone").value).to.equal("12345");
    expect(page.text(".consent__notice")).to.contain("使用结束 30 天后删除");
    await expect(page.element).to.be.accessible();

    page.root.querySelectorAll<HTMLAnchorElement>(".error-summary a")[2]!.click();
    expect(page.focused()!.id).to.equal("booking-name");
  });

  it("books the time, says so with the cancel code, shows the time booked and keeps the booking on this device", async () => {
    const day = dayAhead(5, 8);
    const page = await BookingPage.open(`resource="calligraphy-room" date="${day}"`);
    await page.chooseSlot("14:00");
    await page.fill(resident);
    const created = nextKitEvent(page.element, "ck-booking-created");
    await page.submit();

    const { detail } = await created;
    expect(detail).to.deep.include({ resourceId: "calligraphy-room", status: "confirmed", start: `${day}T14:00:00+08:00`, end: `${day}T15:00:00+08:00` });
    // Nothing of who booked reaches the page (its ids are random, and may have "139" in them).
    expect(JSON.stringify(detail)).not.to.match(/13912340001|王大爷/);
    expect(page.focused()!.id).to.equal("booking-done-title");
    expect(page.text('[part~="booking-outcome"]')).to.contain("预约成功");
    expect(page.text('[part~="booking-outcome"]')).to.contain("139****0001");
    const shortCode = await expectReceipt(page.root, "我的预约");
    await page.waitForState("14:30", "已被预约");
    await waitUntil(() => page.root.querySelector('[part~="my-bookings"]'), "my bookings did not show");
    await expect(page.element).to.be.accessible();

    // Another visit on this device finds it in my bookings, and leaves out what it cannot read.
    await leaveJunkBeside("bookings", [
      { bookingId: "junk-no-token", resourceName: "没有取消码的旧预约", cancelToken: undefined },
      { bookingId: "junk-bad-time", resourceName: "时间不明的旧预约", end: "next Tuesday" },
    ]);
    const again = await BookingPage.open(`resource="calligraphy-room" date="${day}"`);
    await waitUntil(() => again.root.querySelector('button[part~="my-bookings"]'), "my bookings did not show on a later visit");
    again.root.querySelector<HTMLButtonElement>('button[part~="my-bookings"]')!.click();
    await again.settle();
    expect(again.text("#my-bookings")).to.contain("书画活动室");
    expect(again.text("#my-bookings")).to.contain("14:00–15:00");
    expect(again.text("#my-bookings")).to.contain(`取消码 ${shortCode}`);
    expect(again.text("#my-bookings")).not.to.contain("旧预约");
  });

  it("awaits staff approval where the room needs it", async () => {
    const day = dayAhead(6, 8);
    const page = await BookingPage.open(`resource="multi-purpose-room" date="${day}"`);
    await page.chooseSlot("14:00");
    await page.fill({ ...resident, attendees: "40", phone: "13912340002" });
    await page.submit();
    await waitUntil(() => page.root.querySelector('[part~="booking-outcome"]'), "no outcome");
    expect(page.text("#booking-done-title")).to.equal("已提交，等待工作人员审核");
    await page.waitForState("14:00", "已被预约");
    await expect(page.element).to.be.accessible();
  });

  it("offers the next free times when someone took the time meanwhile, and books one with what was typed", async () => {
    const day = dayAhead(3, 15);
    const page = await BookingPage.open(`resource="calligraphy-room" date="${day}"`);
    await page.chooseSlot("09:00");
    await page.fill({ ...resident, phone: "13912340003" });
    expect((await bookElsewhere("calligraphy-room", day, "09:00", "10:00", "13912340101", `meanwhile-${day}`)).status).to.equal(201);
    await page.submit();

    await waitUntil(() => page.root.querySelector(".taken"), "no conflict shown");
    expect(page.focused()!.classList.contains("taken")).to.equal(true);
    expect(page.text(".taken")).to.contain("刚刚有人预约了这个时间");
    const alternatives = [...page.root.querySelectorAll<HTMLButtonElement>('[part~="alternative"]')];
    expect(alternatives.length).to.be.greaterThan(0);
    expect(alternatives[0]!.textContent).to.contain("10:30–11:30");
    await page.waitForState("09:00", "已被预约");
    await expect(page.element).to.be.accessible();

    alternatives[0]!.click();
    await page.settle();
    expect(page.root.querySelector(".taken")).to.equal(null);
    expect(page.field("name").value).to.equal("王大爷");
    expect(page.focused()!.id).to.equal("booking-title");
    await page.submit();
    await waitUntil(() => page.root.querySelector('[part~="booking-outcome"]'), "the alternative was not booked");
    expect(page.text("#booking-done-title")).to.equal("预约成功");
  });

  it("says at the phone number when it holds as many bookings as a resident may", async () => {
    const day = dayAhead(0, 15);
    for (const [from, to] of [
      ["09:00", "10:00"],
      ["10:30", "11:30"],
    ] as const) {
      expect((await bookElsewhere("chess-room", day, from, to, "13912340004", `limit-${day}-${from}`)).status).to.equal(201);
    }
    const page = await BookingPage.open(`resource="chess-room" date="${day}"`);
    await page.chooseSlot("14:00");
    await page.fill({ ...resident, attendees: "8", phone: "139 1234 0004" });
    await page.submit();
    expect(page.errorBeside("phone")).to.equal("错误：这个手机号码已有 2 个未结束的预约，请先取消一个或等用完再约");
    expect(page.focused()!.classList.contains("error-summary")).to.equal(true);
  });

  it("lends equipment by the unit", async () => {
    const day = dayAhead(2, 3);
    const page = await BookingPage.open(`resource="dance-speaker" date="${day}"`);
    await page.chooseSlot(page.root.querySelector(".slot--startable .slot__time")!.textContent!.slice(0, 5));
    expect(page.root.querySelector("#booking-attendees")).to.equal(null);
    const units = [...(page.field("units") as unknown as HTMLSelectElement).options].map((option) => option.value);
    expect(units).to.deep.equal(["1", "2", "3", "4"]);
    await page.fill({ purpose: "广场舞", units: "2", name: "刘阿姨", phone: "13912340005" });
    await page.submit();
    await waitUntil(() => page.root.querySelector('[part~="booking-outcome"]'), "the loudspeakers were not booked");
  });
});

describe("my bookings", () => {
  it("cancels a booking in two steps and shows its time free again", async () => {
    const day = dayAhead(1, 15);
    const page = await BookingPage.open(`resource="chess-room" date="${day}"`);
    await page.chooseSlot("15:00");
    await page.fill({ ...resident, attendees: "4", phone: "13912340006" });
    await page.submit();
    await page.waitForState("15:00", "已被预约");

    page.root.querySelector<HTMLButtonElement>('button[part~="my-bookings"]')!.click();
    await page.settle();
    const item = () =>
      [...page.root.querySelectorAll<HTMLElement>(".mine__item")].find(
        (entry) => entry.textContent!.includes("15:00–16:00") && entry.textContent!.includes("棋牌室"),
      )!;
    item().querySelector<HTMLButtonElement>('[part~="cancel-booking"]')!.click();
    await page.settle();
    expect(item().textContent).to.contain("确定要取消这个预约吗？");
    await expect(page.element).to.be.accessible();
    const cancelled = nextKitEvent(page.element, "ck-booking-cancelled");
    item().querySelector<HTMLButtonElement>('[part~="confirm-cancel"]')!.click();
    expect((await cancelled).detail.resourceId).to.equal("chess-room");
    await page.waitForState("15:00", "可预约");
    expect(page.text(".mine__message")).to.match(/^已取消预约：棋牌室 .+ 15:00–16:00。$/);
  });
});

describe("when sending fails", () => {
  it("keeps a booking made while the connection is down on the device, says so, and books it when the connection returns", async () => {
    const day = dayAhead(2, 9);
    const page = await BookingPage.open(`api="${location.origin}/flaky" resource="reading-room" date="${day}"`);
    await page.chooseSlot("15:00");
    await page.fill({ ...resident, phone: "13912340007" });
    await page.bookWhileOffline();
    expect(page.text('[part~="booking-queued"]')).to.equal("现在连不上网络。已保存在这台设备上，联网后会自动提交，结果会显示在这里。");
    const button = page.root.querySelector<HTMLButtonElement>('[part~="book"]')!;
    expect([button.disabled, button.textContent!.trim()]).to.deep.equal([true, "等待联网后提交…"]);
    expect([page.field("purpose").value, page.field("name").value, page.field("consent").checked]).to.deep.equal([resident.purpose, resident.name, true]);
    await expect(page.element).to.be.accessible();

    // The browser says it is online again: the booking goes, shows as any booking does, and is kept in "my bookings".
    window.dispatchEvent(new Event("online"));
    await waitUntil(() => page.root.querySelector('[part~="booking-outcome"]'), "the kept booking was not sent", { timeout: 8000 });
    await waitUntil(() => page.text('[part~="outbox"]').startsWith("保存在这台设备上的预约已提交：图书阅览室"), "no word that it was sent");
    expect(page.text('[part~="outbox"]')).to.match(/，已确认。$/);
  });

  it("says to wait a minute when the server has had too many tries from this device, and keeps everything typed", async () => {
    const day = dayAhead(4, 9);
    const page = await BookingPage.open(`api="${location.origin}/limited" resource="reading-room" date="${day}"`);
    await page.chooseSlot("10:00");
    await page.fill({ ...resident, phone: "13912340008" });
    await page.submit();
    expect(page.text(".error-summary")).to.contain("提交太频繁了，您填写的内容已保留，请过一分钟再试。");
    expect([page.field("purpose").value, page.field("name").value, page.field("consent").checked]).to.deep.equal([resident.purpose, resident.name, true]);
    await expect(page.element).to.be.accessible();
  });
});

describe("in English and in senior mode", () => {
  it("asks and answers in English", async () => {
    const day = dayAhead(3, 9);
    const page = await BookingPage.open(`community="riverside" locale="en" resource="meeting-room" date="${day}"`);
    await page.chooseSlot("10:00");
    expect(page.text("#booking-title")).to.contain("Book Meeting room:");
    expect(await slotNames()).to.include("11:00 to 11:30, free");
    expect(page.text("#booking-title")).to.contain("10:00–11:00");
    expect((page.field("duration") as unknown as HTMLSelectElement).selectedOptions[0]!.textContent).to.equal("1 hour");
    await page.fill({ attendees: "11" }, false);
    await page.submit();
    expect(page.errorBeside("attendees")).to.equal("Error:Enter a number of people from 1 to 10");
    expect(page.errorBeside("consent")).to.equal("Error:Tick the box to agree before you book");
    await expect(page.element).to.be.accessible();
  });

  it("keeps every slot and field a large target in senior mode", async () => {
    const day = dayAhead(5, 9);
    const page = await BookingPage.open(`senior resource="chess-room" date="${day}"`);
    await page.chooseSlot("10:00");
    const heights = [page.slot("10:00"), page.field("purpose"), page.field("duration"), page.root.querySelector<HTMLElement>('[part~="book"]')!].map(
      (node) => node.getBoundingClientRect().height,
    );
    for (const height of heights) expect(height).to.be.at.least(60);
    await expect(page.element).to.be.accessible();
  });
});
