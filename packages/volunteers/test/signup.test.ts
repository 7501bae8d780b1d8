import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { nextKitEvent } from "../../ui/test/kit-events.js";
import { expectReceipt } from "../../ui/test/receipt.js";
import { whileOffline } from "../../ui/test/offline.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { VolunteerPage, addShift, cancelElsewhere, signUpElsewhere } from "./volunteer-page.js";

failOnUncaughtErrors();

describe("<community-volunteer-signup> lists the shifts", () => {
  it("groups the shifts by day with their team, place, places taken and what is needed, and masks the names of those shown", async () => {
    const shiftId = await addShift("clean-up-day", { daysAhead: 9, hour: 8, capacity: 8 });
    await signUpElsewhere(shiftId, "张秀英", "13700000101", { showName: true });
    await signUpElsewhere(shiftId, "王建国", "13700000102");
    const page = await VolunteerPage.open();
    const card = page.card(shiftId);
    const text = card.textContent!.replace(/\s+/g, " ");
    expect(text).to.contain("清洁社区卫生");
    expect(text).to.contain("环境卫生志愿服务队");
    expect(text).to.contain("党群服务中心门前");
    expect(text).to.contain("已报 2 人，共需 8 人");
    expect(text).to.contain("还需 6 人");
    expect(text).to.contain("已报名：张**");
    expect(text).not.to.contain("王");
    expect(card.closest(".day")!.querySelector(".day__title")!.textContent).to.match(/\d+月\d+日/);
    await expect(page.element).to.be.accessible();
  });

  it("says when few places are left and when a shift is full, and filters by team and skill", async () => {
    const few = await addShift("sorting-guide", { daysAhead: 16, hour: 7, capacity: 3 });
    const full = await addShift("anti-fraud", { daysAhead: 16, hour: 14, capacity: 1 });
    await signUpElsewhere(few, "周桂芳", "13700000109");
    await signUpElsewhere(full, "李桂兰", "13700000103");
    await signUpElsewhere(full, "刘志强", "13700000104");
    const page = await VolunteerPage.open();
    expect(page.text(".shift__state", page.card(few))).to.equal("仅剩 2 个名额");
    expect(page.text(".shift__state", page.card(full))).to.equal("已满，1 人候补中");
    expect(page.text('[part~="sign-up"]', page.card(full))).to.equal("报名候补");
    // A full shift's bar is grey, a nearly full one amber: not the blue of one with room, nor the colour alone.
    const bar = (shift: string) => getComputedStyle(page.card(shift).querySelector(".shift__bar span")!).backgroundColor;
    const primary = getComputedStyle(page.root.querySelector(".button--primary")!).backgroundColor;
    expect([bar(full) === primary, bar(few) === primary, bar(full) === bar(few)]).to.deep.equal([false, false, false]);
    // The state is never broken inside: 已满，1 人候补中 is on one line.
    expect(getComputedStyle(page.card(full).querySelector(".shift__state")!).whiteSpace).to.equal("nowrap");

    const [teamSelect, skillSelect] = [...page.root.querySelectorAll<HTMLSelectElement>(".filters select")];
    teamSelect!.value = "civility";
    teamSelect!.dispatchEvent(new Event("change"));
    await page.settle();
    const teams = [...page.root.querySelectorAll(".shift__team")].map((team) => team.textContent);
    expect(new Set(teams)).to.deep.equal(new Set(["文明宣传志愿服务队"]));
    skillSelect!.value = "宣讲";
    skillSelect!.dispatchEvent(new Event("change"));
    await page.settle();
    expect([...page.root.querySelectorAll(".shift__title")].every((title) => title.textContent!.includes("反诈宣传进小区"))).to.equal(true);
    await expect(page.element).to.be.accessible();
  });
});

describe("signing up", () => {
  it("lists what to fix in a summary that takes focus, keeps what was typed, and asks for the minimum age", async () => {
    const shiftId = await addShift("elder-visits", { daysAhead: 17, hour: 9, capacity: 4, minimumAge: 18 });
    const page = await VolunteerPage.open();
    await page.openForm(shiftId);
    expect(page.focused()!.id).to.equal("signup-title");
    await page.type("phone", "12345");
    await page.submit();
    expect(page.focused()!.classList.contains("error-summary")).to.equal(true);
    const links = [...page.root.querySelectorAll(".error-summary a")].map((link) => link.textContent!.trim());
    expect(links).to.deep.equal(["请输入姓名", "请输入正确的手机号码，例如 138 0013 8000", "这个班次需要年满 18 岁，请确认后勾选", "请勾选同意后再提交"]);
    expect(page.errorBeside("meetsMinimumAge")).to.equal("错误：这个班次需要年满 18 岁，请确认后勾选");
    expect(page.field("phone").value).to.equal("12345");
    expect(page.text(".consent__notice")).to.contain("不收集身份证号");
    await expect(page.element).to.be.accessible();
  });

  it("confirms a sign-up, fills the bar, offers the .ics, keeps it in my shifts and cancels it there", async () => {
    const shiftId = await addShift("clean-up-day", { daysAhead: 18, hour: 8, capacity: 2 });
    const page = await VolunteerPage.open();
    await page.openForm(shiftId);
    await page.type("name", "陈淑珍");
    await page.type("phone", "137 0000 0105");
    await page.tick("showName");
    await page.tick("consent");
    const created = nextKitEvent(page.element, "ck-signup-created");
    await page.submit();
    const { detail } = await created;
    expect(detail).to.deep.include({ shiftId, opportunityId: "clean-up-day", status: "confirmed" });
    // Nothing of who signed up reaches the page (its ids are random: one had "137" in it).
    expect(JSON.stringify(detail)).not.to.match(/13700000105|137 0000 0105|陈淑珍/);
    expect(page.focused()!.id).to.equal("signup-done-title");
    expect(page.text('[part~="signup-outcome"]')).to.contain("137****0105");
    const shortCode = await expectReceipt(page.root, "我的班次");
    const ics = page.root.querySelector<HTMLAnchorElement>('[part~="signup-outcome"] [part~="add-to-calendar"]')!;
    expect(ics.href).to.match(new RegExp(`/shifts/${shiftId}\\.ics$`));
    expect((await fetch(ics.href)).headers.get("Content-Type")).to.contain("text/calendar");
    await page.waitForCard(shiftId, "已报 1 人，共需 2 人");
    await page.waitForCard(shiftId, "已报名：陈**");
    await expect(page.element).to.be.accessible();

    await page.openMyShifts();
    await page.settle();
    const item = () =>
      [...page.root.querySelectorAll<HTMLElement>(".mine__item")].find(
        (entry) => entry.textContent!.includes("陈") || entry.textContent!.includes("清洁社区卫生"),
      )!;
    expect(item().textContent).to.contain("已确认");
    expect(item().querySelector(".mine__code")!.textContent).to.equal(`取消码 ${shortCode}`);
    item().querySelector<HTMLButtonElement>('[part~="cancel-signup"]')!.click();
    await page.settle();
    expect(item().textContent).to.contain("确定要取消这个报名吗？");
    await expect(page.element).to.be.accessible();
    const cancelled = nextKitEvent(page.element, "ck-signup-cancelled");
    item().querySelector<HTMLButtonElement>('[part~="confirm-cancel"]')!.click();
    expect((await cancelled).detail.shiftId).to.equal(shiftId);
    await page.waitForCard(shiftId, "已报 0 人，共需 2 人");
  });

  it("puts a volunteer on the waitlist when the shift is full, with their place", async () => {
    const shiftId = await addShift("sorting-guide", { daysAhead: 19, hour: 7, capacity: 1 });
    const ahead = await signUpElsewhere(shiftId, "刘志强", "13700000106");
    const page = await VolunteerPage.open();
    await page.openForm(shiftId);
    expect(page.text(".signup__waitlist")).to.contain("这个班次已满");
    await page.type("name", "赵丽华");
    await page.type("phone", "13700000107");
    await page.tick("consent");
    await page.submit();
    await waitUntil(() => page.root.querySelector('[part~="signup-outcome"]'), "no outcome");
    expect(page.text("#signup-done-title")).to.equal("已加入候补");
    expect(page.text('[part~="signup-outcome"]')).to.contain("您是候补第 1 位");
    await page.waitForCard(shiftId, "已满，1 人候补中");
    await expect(page.element).to.be.accessible();

    // The volunteer ahead cancels; on the next visit my shifts says the place is theirs now.
    await cancelElsewhere(ahead);
    const later = await VolunteerPage.open();
    await later.openMyShifts();
    const item = () => [...later.root.querySelectorAll<HTMLElement>(".mine__item")].find((entry) => entry.textContent!.includes("垃圾分类督导"));
    await waitUntil(() => item()?.querySelector(".mine__status")?.textContent?.startsWith("已从候补转为正式"), "the promotion did not show in my shifts");
    await later.waitForCard(shiftId, "已报 1 人，共需 1 人");
  });

  it("says in my shifts, on the next visit, that the centre called the shift off and why; the shift is gone from the list", async () => {
    const shiftId = await addShift("sorting-guide", { daysAhead: 20, hour: 7, capacity: 2 });
    const page = await VolunteerPage.open();
    await page.openForm(shiftId);
    await page.type("name", "孙建华");
    await page.type("phone", "13700000131");
    await page.tick("consent");
    await page.submit();
    await waitUntil(() => page.root.querySelector('[part~="signup-outcome"]'), "no outcome");

    const calledOff = await fetch(`${testApi()}/v1/communities/taihe/shifts/${shiftId}/cancel`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${testKey()}` },
      body: JSON.stringify({ reason: "暴雨预警，改到下周" }),
    });
    expect(calledOff.status).to.equal(200);

    const later = await VolunteerPage.open();
    await later.openMyShifts();
    const item = () => [...later.root.querySelectorAll<HTMLElement>(".mine__item")].find((entry) => entry.textContent!.includes("137****0131"));
    await waitUntil(
      () => item()?.querySelector(".mine__status")?.textContent?.startsWith("中心已取消这个班次：暴雨预警，改到下周"),
      "the shift called off did not show in my shifts",
      {
        timeout: 8000,
      },
    );
    expect(item()!.querySelector('[part~="add-to-calendar"]') === null, "no calendar for a shift called off").to.equal(true);
    expect(later.root.querySelector(`[data-shift-id="${shiftId}"]`) === null, "the shift is not listed").to.equal(true);
    await expect(later.element).to.be.accessible();
  });

  it("names the shift the phone already holds at the same time, beside the phone", async () => {
    const held = await addShift("clean-up-day", { daysAhead: 20, hour: 9, capacity: 5 });
    const other = await addShift("sorting-guide", { daysAhead: 20, hour: 10, capacity: 5 });
    await signUpElsewhere(held, "孙建华", "13700000108");
    const page = await VolunteerPage.open();
    await page.openForm(other);
    await page.type("name", "孙建华");
    await page.type("phone", "13700000108");
    await page.tick("consent");
    await page.submit();
    expect(page.errorBeside("phone")).to.match(/^错误：这个手机号码已报名同一时间的“清洁社区卫生”（.+ 09:\d\d–11:\d\d），一个人不能同时参加两个班次$/);
    expect(page.focused()!.classList.contains("error-summary")).to.equal(true);
  });
});

describe("signing up without a connection", () => {
  it("keeps the sign-up on the device, says so, and signs up when the connection returns, telling the page and keeping it in my shifts", async () => {
    const shiftId = await addShift("clean-up-day", { daysAhead: 19, hour: 8, capacity: 3 });
    const page = await VolunteerPage.open(`api="${location.origin}/flaky"`);
    await page.openForm(shiftId);
    await page.type("name", "孔德华");
    await page.type("phone", "137 0000 0131");
    await page.tick("consent");
    await whileOffline(async () => {
      page.root.querySelector<HTMLButtonElement>('[part~="submit-signup"]')!.click();
      await waitUntil(() => page.root.querySelector('[part~="signup-queued"]'), "the sign-up was not kept on the device", { timeout: 8000 });
    });
    expect(page.text('[part~="signup-queued"]')).to.equal("现在连不上网络。已保存在这台设备上，联网后会自动提交，结果会显示在这里。");
    const button = page.root.querySelector<HTMLButtonElement>('[part~="submit-signup"]')!;
    expect([button.disabled, button.textContent!.trim()]).to.deep.equal([true, "等待联网后提交…"]);
    expect(page.field("name").value).to.equal("孔德华");
    await expect(page.element).to.be.accessible();

    // The browser says it is online again: the sign-up goes, shows as any does, and the page hears of it.
    const created = nextKitEvent(page.element, "ck-signup-created");
    window.dispatchEvent(new Event("online"));
    const { detail } = await created;
    expect(detail).to.deep.include({ shiftId, opportunityId: "clean-up-day", status: "confirmed" });
    await waitUntil(() => page.root.querySelector('[part~="signup-outcome"]'), "the kept sign-up was not sent", { timeout: 8000 });
    await waitUntil(() => page.text('[part~="outbox"]').startsWith("保存在这台设备上的志愿报名已提交：清洁社区卫生"), "no word that it was sent");
    expect(page.text('[part~="outbox"]')).to.match(/，已确认。$/);
  });

  it("offers to tell the volunteer by the community's ways, and signs up with the choice", async () => {
    const shiftId = await addShift("clean-up-day", { daysAhead: 19, hour: 8, capacity: 3 });
    const page = await VolunteerPage.open();
    await page.openForm(shiftId);
    const label = page.root.querySelector('label[for="signup-notify"]')?.textContent?.trim();
    expect([label, page.field("notify").checked]).to.deep.equal(["候补转正、班次变动和服务前的提醒通过短信或电子邮件告诉我", false]);
    await page.type("name", "周建国");
    await page.type("phone", "137 0000 0188");
    await page.tick("notify");
    await page.tick("consent");
    const created = nextKitEvent(page.element, "ck-signup-created");
    await page.submit();
    expect((await created).detail.status).to.equal("confirmed");
    const answer = await fetch(`${testApi()}/v1/communities/taihe/notices?limit=200`, { headers: { Authorization: `Bearer ${testKey()}` } });
    const told = (await answer.json()).items.filter((notice: { recipient: string }) => notice.recipient === "137****0188");
    // No address given: the gateway's SMS only.
    expect(told.map((notice: { cause: string; channel: string }) => [notice.cause, notice.channel])).to.deep.equal([["confirmed", "webhook"]]);
    await expect(page.element).to.be.accessible();
  });
});
