import { expect, fixture, waitUntil } from "@open-wc/testing";
import "../src/define.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { toldWebTeam } from "../../ui/test/web-team.js";
import type { CommunityVolunteerSignup } from "../src/community-volunteer-signup.js";
import { html } from "lit";
import { movingClock } from "../../ui/test/moving-clock.js";
import { expectSavedCopyOffline } from "../../ui/test/offline.js";
import { expectFollowsLanguageSwitch } from "../../ui/test/page-language.js";
import { testApi } from "../../ui/test/widget-page.js";
import { VolunteerPage, addShift } from "./volunteer-page.js";

failOnUncaughtErrors();

async function settled(markup: string) {
  const element = await fixture<CommunityVolunteerSignup>(markup);
  await waitUntil(() => element.shadowRoot!.querySelector(".notice, .empty, .state--error, .state--unavailable, .day"), "the widget did not settle", {
    timeout: 8000,
  });
  await element.updateComplete;
  return element;
}

describe("<community-volunteer-signup> states", () => {
  it("holds its place while the shifts load", async () => {
    const element = await fixture<CommunityVolunteerSignup>(
      `<community-volunteer-signup api="${location.origin}/slow" community="taihe"></community-volunteer-signup>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('.days[aria-busy="true"] .shift--placeholder'), "no loading state");
    await expect(element).to.be.accessible();
  });

  it("speaks the language of the page around it when it has no locale of its own", async () => {
    const wrapper = await fixture<HTMLElement>(`<div lang="en-GB"><community-volunteer-signup></community-volunteer-signup></div>`);
    const element = wrapper.querySelector("community-volunteer-signup")!;
    await waitUntil(() => element.shadowRoot!.textContent!.includes("cannot be shown at the moment"), "not in the page's English");
    const traditional = await fixture<HTMLElement>(
      `<section lang="zh-TW"><community-volunteer-signup locale="en"></community-volunteer-signup><community-volunteer-signup></community-volunteer-signup></section>`,
    );
    const [own, inherited] = [...traditional.querySelectorAll("community-volunteer-signup")];
    await waitUntil(() => inherited!.shadowRoot!.textContent!.includes("這裡的內容暫時無法顯示"), "not in the page's Traditional Chinese");
    expect(own!.shadowRoot!.textContent).to.contain("cannot be shown at the moment");
  });

  it("tells the web team what is missing when it has no data source, and residents only that it cannot be shown", async () => {
    let element!: HTMLElement;
    const told = await toldWebTeam(async () => (element = await settled(`<community-volunteer-signup></community-volunteer-signup>`)));
    expect(told.join(" ")).to.contain("尚未设置数据来源");
    expect(element.shadowRoot!.textContent).to.contain("这里的内容暂时无法显示。");
    await expect(element).to.be.accessible();
  });

  it("shows an error with a retry when the server fails, and when its answer is not what the API promises; nothing reaches the page", async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener("error", onError);
    for (const scenario of ["broken", "malformed"]) {
      const element = await settled(`<community-volunteer-signup api="${location.origin}/${scenario}" community="taihe"></community-volunteer-signup>`);
      expect(element.shadowRoot!.querySelector(".state--error [part~='retry']"), scenario).to.exist;
      await expect(element).to.be.accessible();
    }
    window.removeEventListener("error", onError);
    expect(errors).to.deep.equal([]);
  });

  it("closes a shift to sign-ups on the minute it begins while the page stays open", async () => {
    const shiftId = await addShift("clean-up-day", { daysAhead: 6, hour: 10, capacity: 5 });
    const opportunity = (await (await fetch(`${testApi()}/v1/communities/taihe/opportunities/clean-up-day`)).json()) as {
      shifts: Array<{ id: string; start: string }>;
    };
    const start = Date.parse(opportunity.shifts.find((shift) => shift.id === shiftId)!.start);
    const clock = movingClock(new Date(start - 1000).toISOString());
    const element = await fixture<CommunityVolunteerSignup>(
      html`<community-volunteer-signup .clock=${clock} api=${testApi()} community="taihe" opportunity="clean-up-day" locale="en"></community-volunteer-signup>`,
    );
    const root = element.shadowRoot!;
    const card = () => root.querySelector(`[data-shift-id="${shiftId}"]`);
    await waitUntil(() => card() && !root.querySelector('[aria-busy="true"], [part~="refreshing"]'), "the shift did not show", { timeout: 8000 });
    expect(card()!.querySelector(".shift__state")!.textContent).not.to.equal("Started");
    expect(card()!.querySelector('[part~="sign-up"]')).to.exist;
    clock.moveTo(new Date(start + 200).toISOString());
    await waitUntil(() => card()!.querySelector(".shift__state")!.textContent === "Started", "the shift did not close when it began", { timeout: 3000 });
    expect(card()!.querySelector('[part~="sign-up"]')).to.be.null;
  });

  it("follows the page's language when the site switches it", async () => {
    await expectFollowsLanguageSwitch(document.createElement("community-volunteer-signup"), {
      "zh-CN": "这里的内容暂时无法显示",
      en: "cannot be shown at the moment",
      "zh-Hant": "這裡的內容暫時無法顯示",
    });
  });

  it("keeps showing the shifts it loaded before, marked as a saved copy, when the connection is lost", async () => {
    await addShift("clean-up-day", { daysAhead: 5, hour: 9, capacity: 4 });
    await expectSavedCopyOffline(
      (api) => fixture(`<community-volunteer-signup api="${api}" community="taihe" locale="en"></community-volunteer-signup>`),
      (root) => root.querySelectorAll(".shift[data-shift-id]").length,
    );
  });

  it("says so when a community has no shifts to come, and falls back from a team or opportunity it does not know", async () => {
    const empty = await settled(
      `<community-volunteer-signup api="${testApi()}" community="heping" locale="zh-Hant" opportunity="moon-landing"></community-volunteer-signup>`,
    );
    // 和平's demo shifts lie in the test server's past: nothing to come.
    // With the way on: whom at the community to ask.
    expect(empty.shadowRoot!.querySelector(".empty")!.textContent!.replace(/\s+/g, " ").trim()).to.equal(
      "近期沒有需要志工的活動。 想參加志工服務，請聯絡：和平社區活動中心服務台，電話 02-2733 0188",
    );
    await expect(empty).to.be.accessible();
    await addShift("health-files", { daysAhead: 21, hour: 14, capacity: 3 });
    await addShift("clean-up-day", { daysAhead: 21, hour: 8, capacity: 8 });
    let page!: VolunteerPage;
    const told = await toldWebTeam(async () => (page = await VolunteerPage.open(`team="no-such-team"`)));
    expect(told).to.deep.equal(["找不到服务队“no-such-team”，已显示全部。"]);
    expect(page.root.textContent).not.to.contain("no-such-team");
    expect(page.root.querySelectorAll(".shift").length).to.be.greaterThan(1);
  });

  it("offers to show every shift again when the filters leave none", async () => {
    await addShift("clean-up-day", { daysAhead: 23, hour: 8, capacity: 8 });
    const page = await VolunteerPage.open(`team="elder-care"`);
    const [team, skill] = [...page.root.querySelectorAll("select")] as HTMLSelectElement[];
    // A skill that none of the team's shifts asks for.
    for (const option of [...skill!.options].slice(1)) {
      skill!.value = option.value;
      skill!.dispatchEvent(new Event("change"));
      await page.element.updateComplete;
      if (page.root.querySelector(".empty")) break;
    }
    const empty = page.root.querySelector(".empty")!;
    expect(empty.textContent).to.contain("没有符合条件的班次");
    await expect(page.element).to.be.accessible();
    empty.querySelector("button")!.click();
    await page.element.updateComplete;
    expect(page.root.querySelector(".empty")).to.equal(null);
    expect([team!.value, skill!.value]).to.deep.equal(["", ""]);
    expect(new Set([...page.root.querySelectorAll(".shift__team")].map((node) => node.textContent)).size).to.be.greaterThan(1);
  });

  it("shows one opportunity's shifts, or one team's, when asked", async () => {
    await addShift("home-lessons", { daysAhead: 22, hour: 15, capacity: 2, minimumAge: 18 });
    const one = await VolunteerPage.open(`opportunity="home-lessons"`);
    expect(new Set([...one.root.querySelectorAll(".shift__title")].map((title) => title.textContent!.replace(/^\S+\s*/, "")))).to.deep.equal(
      new Set(["送学上门"]),
    );
    const team = await VolunteerPage.open(`team="elder-care"`);
    expect(new Set([...team.root.querySelectorAll(".shift__team")].map((node) => node.textContent))).to.deep.equal(new Set(["关爱老人志愿服务队"]));
  });

  it("reads in English and keeps large targets in senior mode", async () => {
    const shiftId = await addShift("clean-up-day", { daysAhead: 23, hour: 8, capacity: 6, minimumAge: 16 });
    const page = await VolunteerPage.open(`locale="en" senior`);
    expect(page.text(".shift__state", page.card(shiftId))).to.equal("6 more needed");
    expect(page.card(shiftId).textContent).to.contain("Aged 16 or over");
    await page.openForm(shiftId);
    await page.submit();
    expect(page.errorBeside("meetsMinimumAge")).to.equal("Error:This shift is for volunteers aged 16 or over; tick the box to confirm");
    for (const target of [
      page.field("name"),
      page.root.querySelector<HTMLElement>('[part~="submit-signup"]')!,
      page.root.querySelector<HTMLElement>(".filters select")!,
    ]) {
      expect(target.getBoundingClientRect().height).to.be.at.least(60);
    }
    await expect(page.element).to.be.accessible();
  });
});
