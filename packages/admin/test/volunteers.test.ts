import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { addShift, signUpElsewhere } from "../../volunteers/test/volunteer-page.js";
import { ConsolePage, STAFF, press, savedFile, type } from "./console-page.js";

failOnUncaughtErrors();

/** The volunteers section, on the system's clock: the shifts it lists are the server's to come. */
async function volunteersSection() {
  const page = await ConsolePage.open();
  page.element.clock = undefined;
  await page.signIn(STAFF.coordinator);
  await page.screenReady();
  page.root.querySelector<HTMLAnchorElement>('nav a[href="#volunteers"]')!.click();
  await waitUntil(() => page.screen?.querySelector("#volunteers-heading"), "the volunteers section did not open");
  await waitUntil(() => !page.screen!.querySelector('[aria-busy="true"]'), "the shifts did not load", { timeout: 8000 });
  return page;
}

describe("<community-admin> volunteers", () => {
  it("lists a shift's sign-ups and checks a volunteer in; attendance waits for the shift to start", async () => {
    const shiftId = await addShift("elder-visits", { daysAhead: 3, hour: 9, capacity: 1 });
    await signUpElsewhere(shiftId, "冯建华", "13600136031");
    await signUpElsewhere(shiftId, "蒋丽", "13600136032");
    const page = await volunteersSection();
    const item = () => [...page.screen!.querySelectorAll(".week__item")].find((line) => line.textContent!.includes("已报 1/1 · 候补 1"));
    await waitUntil(() => item(), "the shift is not listed with its places", { timeout: 8000 });
    await expect(page.element).to.be.accessible();
    page.button("报名名单", item()!).click();
    await waitUntil(() => page.screen!.querySelectorAll(".cards h4").length === 2, "the sign-ups did not load", { timeout: 8000 });
    expect(page.text()).to.contain("班次开始后可以登记到没到。");
    expect([...page.screen!.querySelectorAll(".cards .card")].map((card) => card.querySelector("p")!.textContent!.trim())).to.deep.equal([
      "13600136031 · 已确认",
      "13600136032 · 候补第 1 位",
    ]);
    page.button("签到", page.screen!.querySelector(".cards .card")).click();
    await waitUntil(() => page.text().includes("冯建华 已签到。"), "not checked in");
    expect(page.screen!.querySelector(".cards .card")!.textContent).to.match(/\d{2}:\d{2} 已签到/);

    // The one waiting is taken on: the shift gets a second place.
    page.button("转为正式", page.screen!.querySelectorAll(".cards .card")[1]!).click();
    await waitUntil(() => page.text().includes("蒋丽 已转为正式志愿者。"), "not taken on");
    await waitUntil(
      () => page.screen!.querySelectorAll(".cards .card")[1]?.querySelector("p")?.textContent?.trim() === "13600136032 · 已确认",
      "not shown confirmed",
    );
    await page.click("返回班次");
    await waitUntil(() => page.text().includes("已报 2/2"), "the shift does not show its added place", { timeout: 8000 });
  });

  it("calls a shift off with the reason its volunteers read: their sign-ups end and the shift leaves the list", async () => {
    const shiftId = await addShift("elder-visits", { daysAhead: 4, hour: 14, capacity: 2 });
    const signedUp = await signUpElsewhere(shiftId, "韩淑芬", "13600136041");
    const page = await volunteersSection();
    const [, year, month, day, hour, minute] = /(\d{4})(\d{2})(\d{2})t(\d{2})(\d{2})$/.exec(shiftId)!;
    const when = `${year}年${Number(month)}月${Number(day)}日`;
    const item = () =>
      [...page.screen!.querySelectorAll(".week__item")].find((line) => line.textContent!.includes(when) && line.textContent!.includes(`${hour}:${minute}–`));
    await waitUntil(() => item(), "the shift is not listed", { timeout: 8000 });
    page.button("报名名单", item()!).click();
    await waitUntil(() => page.screen!.querySelectorAll(".cards h4").length === 1, "the sign-ups did not load", { timeout: 8000 });

    await page.click("取消这个班次");
    const reason = page.screen!.querySelector<HTMLInputElement>(`#call-off-${CSS.escape(shiftId)}`)!;
    expect(page.screen!.activeElement).to.equal(reason);
    await page.click("确定取消班次");
    await waitUntil(() => page.text().includes("请写上原因，志愿者会看到"), "an empty reason was taken");
    await expect(page.element).to.be.accessible();
    reason.value = "敬老院临时闭院消毒";
    reason.dispatchEvent(new Event("input"));
    await page.click("确定取消班次");
    await waitUntil(() => page.text().includes("1 位志愿者的报名随之取消"), "not called off", { timeout: 8000 });
    await waitUntil(() => !page.screen!.querySelector("#volunteers-heading ~ .tab-panel [aria-busy='true']") && !item(), "the shift is still listed", {
      timeout: 8000,
    });

    // What the volunteer's device reads.
    const check = await fetch(`${testApi()}/v1/communities/taihe/signups/${signedUp.signupId}`, { headers: { "Cancel-Token": signedUp.cancelToken } });
    expect(await check.json()).to.deep.include({ status: "cancelled", shiftCancelled: true, reason: "敬老院临时闭院消毒" });
  });

  it("makes a team and an opportunity in it, naming what is wrong field by field, and offers it for shifts", async () => {
    const page = await volunteersSection();
    await page.click("服务队与活动");
    const panel = () => page.screen!.querySelector("community-admin-teams")!.shadowRoot!;
    await waitUntil(() => panel()?.querySelector("#team-heading"), "the teams did not load", { timeout: 8000 });
    expect(panel().textContent).to.contain("环境卫生志愿服务队");

    press(panel(), "建立服务队");
    await waitUntil(() => panel().querySelector("#team .error-summary"), "an empty team was taken");
    expect(panel().activeElement).to.equal(panel().querySelector("#team .error-summary"));
    expect(panel().querySelector("#team .error-summary")!.textContent).to.contain("请填写服务队名称").and.to.contain("编号只能用小写英文字母、数字和连字符");

    const code = `reading-${Math.random().toString(36).slice(2, 8)}`;
    type(panel(), "服务队名称", "读书会志愿服务队");
    type(panel(), "服务队编号（英文字母、数字和连字符）", "civility");
    press(panel(), "建立服务队");
    await waitUntil(() => panel().textContent!.includes("这个编号已经用过了"), "a taken code was not named");
    expect((panel().getElementById("team-name") as HTMLInputElement).value).to.equal("读书会志愿服务队");
    type(panel(), "服务队编号（英文字母、数字和连字符）", code);
    press(panel(), "建立服务队");
    await waitUntil(() => panel().textContent!.includes("已建立服务队“读书会志愿服务队”。"), "the team was not made", { timeout: 8000 });
    await waitUntil(() => panel().querySelector<HTMLSelectElement>("#opportunity-teamId")?.querySelector(`option[value="${code}"]`), "the team is not offered");

    press(panel(), "建立志愿活动");
    await waitUntil(() => panel().querySelector("#opportunity .error-summary"), "an empty opportunity was taken");
    expect(panel().querySelector("#opportunity .error-summary")!.textContent).to.contain("请选择服务队").and.to.contain("请填写地点");
    const team = panel().querySelector<HTMLSelectElement>("#opportunity-teamId")!;
    team.value = code;
    team.dispatchEvent(new Event("change"));
    type(panel(), "活动名称", "给老人读报");
    type(panel(), "活动编号（英文字母、数字和连字符）", `${code}-papers`);
    type(panel(), "地点", "老年活动室");
    press(panel(), "建立志愿活动");
    await waitUntil(() => panel().textContent!.includes("已建立志愿活动“给老人读报”"), "the opportunity was not made", { timeout: 8000 });
    await waitUntil(() => panel().textContent!.includes("给老人读报"), "the team does not list it");
    await expect(page.element).to.be.accessible();

    await page.click("加班次");
    await waitUntil(() => page.screen!.querySelector(`#shift-opportunity option[value="${code}-papers"]`), "the new opportunity cannot be given shifts", {
      timeout: 8000,
    });
  });

  it("adds the same shift for several weeks, names what is missing, and reports hours with their CSV", async () => {
    const page = await volunteersSection();
    await page.click("加班次");
    await waitUntil(() => page.screen!.querySelector("#shift-opportunity"), "the opportunities did not load", { timeout: 8000 });
    await page.click("加上班次");
    await waitUntil(() => page.text().includes("请选好志愿活动"), "an empty shift was taken");
    const day = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
    await page.choose("志愿活动", "sorting-guide");
    await page.fill("第一次的日期", day);
    await page.fill("开始时间", "18:30");
    await page.fill("结束时间", "20:00");
    await page.fill("需要几人", "3");
    await page.fill("每周同一时间，共几周", "2");
    await page.click("加上班次");
    await waitUntil(() => /已为“.+”加上 2 个班次。/.test(page.text()), "the shifts were not added", { timeout: 8000 });
    const listed = await (await fetch(`${testApi()}/v1/communities/taihe/opportunities/sorting-guide`, { cache: "no-store" })).json();
    const starts = (listed.shifts as Array<{ start: string; capacity: number }>)
      .filter((shift) => shift.start.includes("T18:30"))
      .map((shift) => shift.start.slice(0, 10));
    const nextWeek = new Date(Date.parse(`${day}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(starts).to.include.members([day, nextWeek]);

    await page.click("服务时长");
    await waitUntil(() => page.screen!.querySelector("#hours-from"), "the hours did not open", { timeout: 8000 });
    page.field("从").value = "2026-01-01";
    await page.click("查看");
    await waitUntil(() => !page.screen!.querySelector('[aria-busy="true"]'), "the hours did not load", { timeout: 8000 });
    const to = page.field("到").value;
    const report = await (
      await fetch(`${testApi()}/v1/communities/taihe/volunteer-hours?from=2026-01-01&to=${to}`, { headers: { Authorization: `Bearer ${testKey()}` } })
    ).json();
    const shown = [...page.screen!.querySelectorAll("tbody tr")].length;
    expect(shown).to.equal(report.teams.length + report.volunteers.length);
    await expect(page.element).to.be.accessible();
    const file = await savedFile(() => page.button("导出 CSV").click());
    expect([...new Uint8Array(await file.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });
});
