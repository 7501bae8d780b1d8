import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { nextKitEvent } from "../../ui/test/kit-events.js";
import { expectSavedCopyOffline, whileOffline } from "../../ui/test/offline.js";
import type { CommunityEvents } from "../src/index.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { CalendarPage, testApi } from "./calendar-page.js";
import { toldWebTeam } from "../../ui/test/web-team.js";

failOnUncaughtErrors();

describe("<community-events> on the reference API", () => {
  it("loads the community's month, with its categories and the Dragon Boat event on its day", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-06-19" });
    await waitUntil(() => page.eventsIn("2026-06-19").includes("浓情端午包粽子"), "the event did not appear");
    const chips = [...page.root.querySelectorAll(".chip")].map((chip) => chip.textContent!.trim());
    expect(chips).to.include.members(["全部", "课堂", "节庆", "义诊"]);
    expect(page.root.querySelector("section")!.getAttribute("aria-label")).to.equal("太和社区活动日历");
    await expect(page.element).to.be.accessible();
  });

  it("shows the event's details: time with its zone, place and map link, places left, and a sanitized description", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-06-19" });
    // Read as on the first of the month: the event is still to come, with places left.
    page.element.clock = { now: () => new Date("2026-06-01T00:00:00+08:00") };
    await waitUntil(() => page.eventsIn("2026-06-19").includes("浓情端午包粽子"));
    page.eventButton("浓情端午包粽子").click();
    const dialog = await page.waitForDialog();
    const text = dialog.textContent!.replace(/\s+/g, " ");
    expect(text).to.contain("2026年6月19日星期五 09:30");
    expect(text).to.contain("中国标准时间");
    expect(text).to.contain("多功能室");
    expect(text).to.match(/共 50 个，(剩余 \d+ 个|已满)/);
    const map = dialog.querySelector<HTMLAnchorElement>('[part="map-link"]')!;
    expect(map.href).to.contain("uri.amap.com/marker?position=116.3614,39.9219");
    await expect(page.element).to.be.accessible();
    dialog.close();
  });

  it("changes month with the toolbar and tells the host the range", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-06-19" });
    setTimeout(() => page.button("下个月").click());
    const { detail } = await nextKitEvent(page.element, "ck-range-change");
    expect(detail).to.deep.equal({ from: "2026-06-29", to: "2026-08-10", view: "month" });
    await page.settled();
    expect(page.title()).to.equal("2026年7月");
  });

  it("lets the host take over an event click", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-06-19" });
    // Read as on the first of the month: the event is still to come, with places left.
    page.element.clock = { now: () => new Date("2026-06-01T00:00:00+08:00") };
    await waitUntil(() => page.eventsIn("2026-06-19").includes("浓情端午包粽子"));
    const chosen: string[] = [];
    page.element.addEventListener("ck-event-select", (event) => {
      chosen.push(event.detail.event.id);
      event.preventDefault();
    });
    page.eventButton("浓情端午包粽子").click();
    await page.pause(50);
    expect(chosen).to.deep.equal(["zongzi-2026-06-19"]);
    expect(page.dialog()).to.be.null;
  });

  it("reserves the grid's height while loading, so nothing jumps", async () => {
    const element = await fixture<CommunityEvents>(
      html`<community-events style="width: 900px" api=${testApi()} community="taihe" date="2026-06-19"></community-events>`,
    );
    const loading = element.shadowRoot!.querySelector<HTMLElement>('.month[aria-busy="true"]');
    expect(loading, "the skeleton").to.exist;
    const heightWhileLoading = loading!.getBoundingClientRect().height;
    await expect(element).to.be.accessible();
    const page = new CalendarPage(element);
    await page.settled();
    expect(page.root.querySelector<HTMLElement>(".month")!.getBoundingClientRect().height).to.equal(heightWhileLoading);
  });

  it("offers a jump to the next month with events from an empty month", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2026-03-10" });
    await waitUntil(() => page.root.querySelector(".empty button"), "no jump offered");
    expect(page.root.querySelector(".empty p")!.textContent).to.equal("本月没有活动。");
    expect(page.root.querySelector(".empty")!.textContent, "whom to ask, with a month to go to").not.to.contain("请联系");
    await expect(page.element).to.be.accessible();
    // The demo is seeded from the month before its seed day (10 May 2026).
    await page.click("查看 2026年4月 的活动");
    await page.settled();
    expect(page.title()).to.equal("2026年4月");
  });

  it("says whom at the community to ask from an empty month with nothing to come", async () => {
    const page = await CalendarPage.fromApi({ api: testApi(), community: "taihe", date: "2031-03-10" });
    await waitUntil(() => page.root.querySelector(".empty")?.textContent?.includes("请联系"), "no one to ask");
    expect(page.root.querySelector(".empty")!.textContent!.replace(/\s+/g, " ").trim()).to.equal(
      "本月没有活动。 想了解社区活动，请联系：太和社区党群服务中心一楼服务台，电话 010-6552 0188",
    );
    expect(page.root.querySelector(".empty button")).to.equal(null);
    await expect(page.element).to.be.accessible();
  });
});

describe("error states", () => {
  it("shows a server error on a 500 with a retry, and nothing reaches the page", async () => {
    const page = await CalendarPage.fromApi({ api: `${location.origin}/broken`, community: "taihe", date: "2026-06-19" });
    const alert = page.root.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain("服务器暂时有问题，请稍后重试。");
    expect(alert.textContent).not.to.match(/\d{3}/);
    expect(page.button("重试")).to.exist;
    await expect(page.element).to.be.accessible();
  });

  it("shows a data error on a malformed body", async () => {
    const page = await CalendarPage.fromApi({ api: `${location.origin}/malformed`, community: "taihe", locale: "en" });
    expect(page.root.querySelector('[role="alert"]')!.textContent).to.contain("The server sent data in a form that cannot be shown.");
    await expect(page.element).to.be.accessible();
  });

  it("tells the web team of an unknown community, in the page's language, and names an unreachable server to residents", async () => {
    let unknown!: CalendarPage;
    const told = await toldWebTeam(async () => {
      unknown = await CalendarPage.fromApi({ api: testApi(), community: "atlantis", locale: "zh-Hant" });
    });
    expect(told).to.deep.equal(["找不到社區「atlantis」。請檢查 community 屬性。"]);
    expect(unknown.root.querySelector('[part~="unavailable"]')!.textContent).to.contain("這裡的內容暫時無法顯示。");
    expect(unknown.root.querySelector('[role="alert"]')).to.equal(null);
    const unreachable = await CalendarPage.fromApi({ api: "http://127.0.0.1:9", community: "taihe" });
    expect(unreachable.root.querySelector('[role="alert"]')!.textContent).to.contain("无法连接到服务器");
  });

  it("retries into the loaded month once the server answers again", async () => {
    const page = await whileOffline(() =>
      CalendarPage.fromApi({ api: `${location.origin}/flaky`, community: "heping", date: "2026-06-10", locale: "zh-Hant" }),
    );
    expect(page.root.querySelector('[role="alert"]')).to.exist;
    await page.click("重試");
    await page.settled();
    expect(page.root.querySelector('[role="alert"]')).to.be.null;
    await waitUntil(() => page.root.querySelectorAll(".event").length > 0, "no events after retry");
  });

  it("keeps showing a saved copy, marked as possibly out of date, when offline", async () => {
    await expectSavedCopyOffline(
      async (api) => (await CalendarPage.fromApi({ api, community: "riverside", date: "2026-06-10", locale: "en" })).element,
      (root) => root.querySelectorAll(".event").length,
    );
  });
});
