import { expect, waitUntil } from "@open-wc/testing";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { testApi, testKey } from "../../ui/test/widget-page.js";
import { addShift, signUpElsewhere } from "../../volunteers/test/volunteer-page.js";
import { ConsolePage, STAFF, savedFile } from "./console-page.js";

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
