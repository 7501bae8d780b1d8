import { expect, fixture, waitUntil } from "@open-wc/testing";
import "../src/define.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { toldWebTeam } from "../../ui/test/web-team.js";
import { nextKitEvent } from "../../ui/test/kit-events.js";
import { expectSavedCopyOffline } from "../../ui/test/offline.js";
import { expectFollowsLanguageSwitch } from "../../ui/test/page-language.js";
import { WidgetPage, testApi } from "../../ui/test/widget-page.js";
import type { CommunityRoomBooking } from "../src/community-room-booking.js";

failOnUncaughtErrors();

/** What a resident sees of <community-room-booking>. */
class RoomsPage extends WidgetPage {
  constructor(readonly element: CommunityRoomBooking) {
    super();
  }

  static async open(attributes: Record<string, string>): Promise<RoomsPage> {
    const markup = Object.entries(attributes)
      .map(([name, value]) => `${name}="${value}"`)
      .join(" ");
    const page = new RoomsPage(await fixture<CommunityRoomBooking>(`<community-room-booking style="width: 900px" ${markup}></community-room-booking>`));
    await waitUntil(() => page.root.querySelector(".rooms") && !page.root.querySelector('[aria-busy="true"]'), "the widget did not settle", { timeout: 8000 });
    await page.element.updateComplete;
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  names(): string[] {
    return [...this.root.querySelectorAll(".card__name")].map((name) => name.textContent!.trim());
  }

  card(name: string): HTMLElement {
    return [...this.root.querySelectorAll<HTMLElement>(".card")].find((card) => card.querySelector(".card__name")?.textContent?.trim() === name)!;
  }
}

describe("<community-room-booking> lists the rooms and equipment", () => {
  it("shows each with what it holds, has and when it is open, and stays accessible", async () => {
    const page = await RoomsPage.open({ api: testApi(), community: "taihe" });
    expect(page.names()).to.deep.equal(["书画活动室", "图书阅览室", "棋牌室", "多功能室", "广场舞智能音箱"]);
    const calligraphy = page.card("书画活动室").textContent!.replace(/\s+/g, " ");
    expect(calligraphy).to.contain("可容纳 20 人");
    expect(calligraphy).to.contain("周二至周日 08:30–11:30、14:00–17:30");
    expect(calligraphy).to.contain("书画桌 10 张、画架、笔墨、洗笔池");
    expect(page.card("多功能室").textContent).to.contain("需工作人员审核");
    expect(page.card("广场舞智能音箱").textContent).to.contain("共 4 台");
    expect(page.card("棋牌室").textContent).to.contain("每天 08:30–21:00");
    await expect(page.element).to.be.accessible();
  });

  it("shows a room's photo above its name, and no broken frame where a photo cannot load", async () => {
    const page = await RoomsPage.open({ api: testApi(), community: "taihe" });
    const photo = page.card("图书阅览室").querySelector<HTMLImageElement>("img.card__photo")!;
    await waitUntil(() => photo.complete && photo.naturalWidth > 0, "the photo did not load");
    expect(photo.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(photo.compareDocumentPosition(page.card("图书阅览室").querySelector(".card__name")!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    const gone = page.card("棋牌室").querySelector<HTMLImageElement>("img.card__photo")!;
    // A path is a picture on the API's own server.
    expect(gone.src).to.equal(new URL("/photos/gone.jpg", testApi()).href);
    await waitUntil(() => gone.hidden, "the photo that cannot load still shows");
    expect(gone.getBoundingClientRect().height).to.equal(0);
    expect(page.card("书画活动室").querySelector("img")).to.equal(null);
    await expect(page.element).to.be.accessible();
  });

  it("shows one kind, opens with a resource chosen, and tells the page when one is chosen", async () => {
    const equipment = await RoomsPage.open({ api: testApi(), community: "taihe", kind: "equipment" });
    expect(equipment.names()).to.deep.equal(["广场舞智能音箱"]);

    const page = await RoomsPage.open({ api: testApi(), community: "taihe", resource: "reading-room" });
    const chosen = () =>
      [...page.root.querySelectorAll('[aria-pressed="true"]')].map((button) => button.closest(".card")!.querySelector(".card__name")!.textContent);
    expect(chosen()).to.deep.equal(["图书阅览室"]);
    setTimeout(() => page.card("棋牌室").querySelector("button")!.click());
    const { detail } = await nextKitEvent(page.element, "ck-resource-select");
    expect(detail).to.deep.equal({ resourceId: "chess-room", kind: "room" });
    await page.element.updateComplete;
    expect(chosen()).to.deep.equal(["棋牌室"]);
  });

  it("says when there is nothing of a kind to book, and whom at the community to ask", async () => {
    const page = await RoomsPage.open({ api: testApi(), community: "heping", locale: "zh-Hant", kind: "equipment" });
    await waitUntil(() => page.root.querySelector(".empty")?.textContent?.includes("請聯絡"), "no one to ask");
    expect(page.root.querySelector(".empty")!.textContent!.replace(/\s+/g, " ").trim()).to.equal(
      "沒有這一類可以預約的場地或設備。 想借用場地或設備，請聯絡：和平社區活動中心服務台，電話 02-2733 0188",
    );
    expect(page.names()).to.deep.equal([]);
    await expect(page.element).to.be.accessible();
  });

  it("on a phone, takes the resident from the card chosen to its day's times, and says which", async () => {
    const page = new RoomsPage(
      await fixture<CommunityRoomBooking>(
        `<community-room-booking style="display: block; width: 375px" api="${testApi()}" community="taihe"></community-room-booking>`,
      ),
    );
    await waitUntil(() => page.card("棋牌室"), "the rooms did not show", { timeout: 8000 });
    page.card("棋牌室").querySelector("button")!.click();
    await waitUntil(() => page.root.activeElement?.id === "timeline-title", "the day's times did not take focus");
    expect(page.root.activeElement!.textContent).to.contain("棋牌室");
    const title = page.root.activeElement!.getBoundingClientRect();
    expect(title.top).to.be.at.least(0);
    expect(title.bottom).to.be.at.most(window.innerHeight);
  });

  it("reads in English, with the weekdays grouped", async () => {
    const page = await RoomsPage.open({ api: testApi(), community: "riverside", locale: "en" });
    expect(page.names()).to.deep.equal(["Main hall", "Meeting room"]);
    expect(page.card("Main hall").textContent).to.contain("Every day 09:00–22:00");
    expect(page.card("Meeting room").textContent).to.contain("Mon–Sat 09:00–21:00");
    await expect(page.element).to.be.accessible();
  });

  it("tells the web team, not residents, what is wrong with its attributes, and falls back instead of breaking", async () => {
    let page!: RoomsPage;
    const told = await toldWebTeam(async () => {
      page = await RoomsPage.open({ api: testApi(), community: "taihe", kind: "garden", resource: "swimming-pool" });
    });
    expect(told.join(" ")).to.contain("不支持的 kind“garden”，已显示全部").and.to.contain("找不到场地或设备“swimming-pool”，已显示全部。");
    expect(page.text()).not.to.contain("garden");
    expect(page.text()).not.to.contain("swimming-pool");
    expect(page.names()).to.have.length(5);
    let unconfigured!: RoomsPage;
    expect((await toldWebTeam(async () => (unconfigured = await RoomsPage.open({})))).join(" ")).to.contain("请设置 api 和 community 属性");
    expect(unconfigured.text()).to.contain("这里的内容暂时无法显示。");
  });

  it("says an api that is no web address is a setup error, to the web team, and shows residents the page's own link instead", async () => {
    let page!: RoomsPage;
    const told = await toldWebTeam(async () => {
      const element = await fixture<CommunityRoomBooking>(
        `<community-room-booking api="javascript:alert(1)" community="taihe"><a href="/rooms">场地一览</a></community-room-booking>`,
      );
      page = new RoomsPage(element);
      await waitUntil(() => page.root.querySelector('[part~="unavailable"]'), "no unavailable state");
    });
    expect(told).to.deep.equal(["api 属性“javascript:alert(1)”不是网址：请填写 API 的地址，如 https://example.org/ 或 /。"]);
    expect(page.text()).not.to.contain("网络");
    const slot = page.root.querySelector<HTMLSlotElement>('[part~="unavailable"] slot')!;
    expect(slot.assignedElements().map((link) => link.textContent)).to.deep.equal(["场地一览"]);
    await expect(page.element).to.be.accessible();
  });

  it("tells the web team of a community that does not exist, and residents only that the rooms cannot be shown", async () => {
    let page!: RoomsPage;
    const told = await toldWebTeam(async () => {
      page = await RoomsPage.open({ api: testApi(), community: "no-such-place" });
    });
    expect(told).to.deep.equal(["找不到社区“no-such-place”。请检查 community 属性。"]);
    expect(page.text()).to.contain("这里的内容暂时无法显示。");
    expect(page.text()).not.to.contain("community");
  });

  it("shows a server error and a malformed answer as errors with a retry", async () => {
    const broken = await RoomsPage.open({ api: `${location.origin}/broken`, community: "taihe" });
    expect(broken.root.querySelector(".state--error")!.textContent).to.contain("服务器暂时有问题，请稍后重试。");
    const malformed = await RoomsPage.open({ api: `${location.origin}/malformed`, community: "taihe", locale: "en" });
    expect(malformed.root.querySelector(".state--error")!.textContent).to.contain("cannot be shown");
    await expect(malformed.element).to.be.accessible();
  });

  it("follows the page's language when the site switches it", async () => {
    await expectFollowsLanguageSwitch(document.createElement("community-room-booking"), {
      "zh-CN": "这里的内容暂时无法显示",
      en: "cannot be shown at the moment",
      "zh-Hant": "這裡的內容暫時無法顯示",
    });
  });

  it("keeps showing the rooms it loaded before, marked as a saved copy, when the connection is lost", async () => {
    await expectSavedCopyOffline(
      (api) => fixture(`<community-room-booking api="${api}" community="taihe" locale="en"></community-room-booking>`),
      (root) => root.querySelectorAll(".card__name").length,
    );
  });
});
