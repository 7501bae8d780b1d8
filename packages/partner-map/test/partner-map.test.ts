import { expect, fixture, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "../src/define.js";
import { failOnUncaughtErrors } from "../../ui/test/host-page-errors.js";
import { toldWebTeam } from "../../ui/test/web-team.js";
import { nextKitEvent } from "../../ui/test/kit-events.js";
import { expectSavedCopyOffline } from "../../ui/test/offline.js";
import { expectFollowsLanguageSwitch } from "../../ui/test/page-language.js";
import { testApi } from "../../ui/test/widget-page.js";
import type { CommunityPartnerMap } from "../src/community-partner-map.js";

failOnUncaughtErrors();

const localTiles = () => `${location.origin}/tiles/{z}/{x}/{y}.png`;

async function open(attributes: string) {
  const element = await fixture<CommunityPartnerMap>(`<community-partner-map style="width: 1000px" ${attributes}></community-partner-map>`);
  const root = element.shadowRoot!;
  await waitUntil(
    () => root.querySelector(".entry, .notice, .state--error, .state--unavailable") && !root.querySelector('[aria-busy="true"]'),
    "the partners did not show",
    {
      timeout: 8000,
    },
  );
  await waitUntil(() => !root.querySelector(".entry") || root.querySelector(".leaflet-marker-icon"), "the map did not draw its markers", { timeout: 8000 });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await element.updateComplete;
  const markers = () => [...root.querySelectorAll<HTMLElement>(".leaflet-marker-icon.marker")];
  const clusters = () => [...root.querySelectorAll<HTMLElement>(".leaflet-marker-icon.cluster")];
  /** Partners on the map: their own markers and those counted in clusters. */
  const onMap = () => markers().length + clusters().reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
  const entries = () => [...root.querySelectorAll<HTMLElement>(".entry")];
  return { element, root, markers, clusters, onMap, entries };
}

describe("<community-partner-map>", () => {
  it("shows every partner as a marker and in the list, with local tiles, and stays accessible", async () => {
    const { element, root, markers, onMap, entries } = await open(`api="${testApi()}" community="taihe" tiles="${localTiles()}"`);
    expect(entries()).to.have.length(10);
    expect(onMap()).to.equal(10);
    const names = entries().map((entry) => entry.querySelector(".entry__name")!.textContent!);
    expect(markers().every((marker) => names.includes(marker.title))).to.equal(true);
    await waitUntil(() => root.querySelector(".leaflet-tile-loaded"), "no tile loaded");
    expect(root.querySelector(".list__count")!.textContent).to.equal("共 10 家");
    await expect(element).to.be.accessible();
  });

  it("opens a partner chosen in the list, on the map too, with its details and directions", async () => {
    const { element, root, markers } = await open(`api="${testApi()}" community="taihe" tiles="${localTiles()}"`);
    const entry = root.querySelector<HTMLElement>('.entry[data-partner-id="mining-hospital"] button')!;
    setTimeout(() => entry.click());
    const { detail } = await nextKitEvent(element, "ck-partner-select");
    expect(detail).to.deep.equal({ partnerId: "mining-hospital", type: "hospital" });
    await element.updateComplete;
    expect(entry.getAttribute("aria-pressed")).to.equal("true");
    expect(markers().find((marker) => marker.classList.contains("marker--chosen"))!.title).to.equal("矿务局医院");
    await waitUntil(() => root.querySelector(".details"), "the details did not open");
    const details = root.querySelector(".details")!;
    expect(details.querySelector("#details-title")!.textContent).to.equal("矿务局医院");
    expect(details.textContent).to.contain("公益义诊");
    expect(details.textContent).to.contain("矿院路 9 号");
    const links = [...details.querySelectorAll<HTMLAnchorElement>(".details__links a")].map((link) => link.href);
    expect(links[0]).to.contain("uri.amap.com/navigation?to=116.3571,39.9262,");
    expect(links[0]).to.contain("coordinate=wgs84");
    expect(links[2]).to.contain("openstreetmap.org/directions?to=39.9262%2C116.3571");
    await waitUntil(() => !details.querySelector('[aria-busy="true"]'), "the events did not load");
    await expect(element).to.be.accessible();
  });

  it("lists the partners at once but draws the map only as the widget comes within a screen of the viewport", async () => {
    const page = await fixture<HTMLElement>(
      `<div><div style="height: 4000px"></div><community-partner-map style="width: 1000px" api="${testApi()}" community="taihe" tiles="none"></community-partner-map></div>`,
    );
    const element = page.querySelector<CommunityPartnerMap>("community-partner-map")!;
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelectorAll(".entry").length === 10, "the partners were not listed");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(root.querySelector(".leaflet-container"), "Leaflet drawn screens below the viewport").to.equal(null);
    element.scrollIntoView();
    await waitUntil(() => root.querySelectorAll(".leaflet-marker-icon").length > 0, "the map was not drawn when scrolled to", { timeout: 8000 });
    window.scrollTo(0, 0);
  });

  it("gathers nearby partners into clusters when zoomed out, and takes them apart when one is chosen", async () => {
    const { markers, clusters, onMap } = await open(`api="${testApi()}" community="taihe" tiles="${localTiles()}" center="39.9219,116.3614" zoom="12"`);
    expect(clusters().length).to.be.greaterThan(0);
    expect(markers().length).to.be.lessThan(10);
    expect(onMap()).to.equal(10);
    expect(clusters()[0]!.title).to.match(/^这里有 \d+ 家单位，点击放大$/);
    const before = markers().length;
    clusters()[0]!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await waitUntil(() => markers().length > before, "choosing a cluster did not take it apart", { timeout: 5000 });
  });

  it("highlights the list entry of a marker chosen on the map, and moves focus to its details", async () => {
    const { element, root, markers } = await open(`api="${testApi()}" community="taihe" tiles="${localTiles()}"`);
    markers()
      .find((marker) => marker.title === "黑陶工作室")!
      .dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await element.updateComplete;
    await waitUntil(() => root.activeElement?.id === "details-title", "the details did not take focus");
    expect(root.activeElement!.textContent).to.equal("黑陶工作室");
    expect(root.querySelector('.entry[data-partner-id="black-pottery-studio"]')!.classList.contains("entry--chosen")).to.equal(true);
  });

  it("filters by type, the markers with the list", async () => {
    const { element, root, onMap, entries } = await open(`api="${testApi()}" community="taihe" tiles="${localTiles()}" types="hospital,school"`);
    expect(
      entries()
        .map((entry) => entry.getAttribute("data-partner-id"))
        .sort(),
    ).to.deep.equal(["mining-hospital", "taihe-health-station", "taihe-middle-school"]);
    expect(onMap()).to.equal(3);
    const boxes = [...root.querySelectorAll<HTMLInputElement>(".filters input")];
    const culture = boxes.find((box) => box.parentElement!.textContent!.includes("文化场馆"))!;
    expect(culture.checked).to.equal(false);
    culture.click();
    await element.updateComplete;
    expect(entries()).to.have.length(6);
    await waitUntil(() => onMap() === 6, "the markers did not follow the filter");
  });

  it("puts each marker on GCJ-02 tiles where those tiles show its place, shifted as the published references are", async () => {
    /** The WGS-84 or GCJ-02 point under a marker, read off the tiles it is drawn on (Web Mercator). */
    const pointUnder = (root: ShadowRoot, partnerId: string) => {
      const marker = root.querySelector<HTMLElement>(`.marker[data-partner-id="${partnerId}"]`)!.getBoundingClientRect();
      const tile = root.querySelector<HTMLImageElement>(".leaflet-tile-loaded")!;
      const [, z, x, y] = new URL(tile.src).pathname.match(/(\d+)\/(\d+)\/(\d+)\.png$/)!.map(Number) as [number, number, number, number];
      const box = tile.getBoundingClientRect();
      const size = 256 * 2 ** z;
      const px = x * 256 + (marker.left + marker.width / 2 - box.left);
      const py = y * 256 + (marker.top + marker.height / 2 - box.top);
      return { lng: (px / size) * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / size))) * 180) / Math.PI };
    };
    const attributes = `api="${testApi()}" community="taihe" types="cultural-site" center="39.9161,116.3667" zoom="16"`;
    const wgs = await open(`${attributes} tiles="${localTiles()}"`);
    await waitUntil(() => wgs.root.querySelector(".leaflet-tile-loaded"), "no tile loaded");
    const gcj = await open(`${attributes} tiles="${localTiles()}" tile-datum="gcj02"`);
    await waitUntil(() => gcj.root.querySelector(".leaflet-tile-loaded"), "no tile loaded");

    // 黑陶工作室 is at 39.9161, 116.3667 (WGS-84); one pixel at zoom 16 is about 2 m.
    const onWgsTiles = pointUnder(wgs.root, "black-pottery-studio");
    expect(onWgsTiles.lat).to.be.closeTo(39.9161, 0.00003);
    expect(onWgsTiles.lng).to.be.closeTo(116.3667, 0.00003);
    const onGcjTiles = pointUnder(gcj.root, "black-pottery-studio");
    const { displayPoint } = await import("../src/datum.js");
    const shifted = displayPoint({ lat: 39.9161, lng: 116.3667 }, "gcj02");
    expect(onGcjTiles.lat).to.be.closeTo(shifted.lat, 0.00003);
    expect(onGcjTiles.lng).to.be.closeTo(shifted.lng, 0.00003);
    // Beijing's shift is some 600 m east and 150 m north.
    expect(onGcjTiles.lng - onWgsTiles.lng).to.be.greaterThan(0.005);
    expect(onGcjTiles.lat - onWgsTiles.lat).to.be.greaterThan(0.001);
  });

  it("works without tiles and when the tiles fail, saying so", async () => {
    const none = await open(`api="${testApi()}" community="taihe" tiles="none"`);
    expect(none.root.textContent).to.contain("未显示底图");
    expect(none.onMap()).to.equal(10);
    expect(none.root.querySelector(".leaflet-tile")).to.equal(null);
    await expect(none.element).to.be.accessible();

    const failing = await open(`api="${testApi()}" community="taihe" tiles="${location.origin}/no-tiles/{z}/{x}/{y}.png"`);
    await waitUntil(() => failing.root.textContent!.includes("地图底图加载失败"), "no notice of failed tiles");
    expect(failing.entries()).to.have.length(10);
  });

  it("renders partners given as a property, leaving out a malformed one, with no server", async () => {
    const element = await fixture<CommunityPartnerMap>(`<community-partner-map style="width: 1000px" tiles="none" locale="en"></community-partner-map>`);
    element.partners = [
      {
        id: "mill-lane-surgery",
        name: "Mill Lane Surgery",
        type: "hospital",
        address: "40 Mill Lane",
        location: { lat: 51.4551, lng: -2.5868 },
        contact: {},
        description: "",
        services: ["Flu clinics"],
        updatedAt: "2026-11-01T00:00:00Z",
      },
      { id: "broken", name: 42 },
      {
        id: "evil",
        name: "<img src=x onerror=alert(1)>",
        type: "school",
        address: "x",
        location: { lat: 51.45, lng: -2.58 },
        contact: {},
        description: "",
        services: [],
        updatedAt: "2026-11-01T00:00:00Z",
      },
    ];
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelectorAll(".leaflet-marker-icon").length > 0, "the given partners did not show");
    expect([...root.querySelectorAll(".entry__name")].map((name) => name.textContent)).to.deep.equal(["Mill Lane Surgery", "<img src=x onerror=alert(1)>"]);
    expect(root.querySelector("img[src='x']")).to.equal(null);
    expect(root.querySelector(".list__count")!.textContent).to.equal("2 partners");
  });

  it("shows its error with a retry when the server fails; tells the web team, not residents, what is wrong with how it is set up, and falls back", async () => {
    const broken = await open(`api="${location.origin}/broken" community="taihe"`);
    expect(broken.root.querySelector(".state--error [part~='retry']")).to.exist;
    let bare!: Awaited<ReturnType<typeof open>>;
    expect(await toldWebTeam(async () => (bare = await open("")))).to.deep.include.members([
      "尚未设置数据来源：请设置 api 和 community 属性，或设置 partners 属性。",
    ]);
    expect(bare.root.textContent).to.contain("这里的内容暂时无法显示。");
    let bad!: Awaited<ReturnType<typeof open>>;
    const told = await toldWebTeam(async () => (bad = await open(`api="${testApi()}" community="taihe" tiles="google" types="zoo" center="north"`)));
    expect(told.join(" ")).to.contain("不支持的底图“google”").and.to.contain("无法识别类型“zoo”").and.to.contain("无法识别中心点“north”");
    expect(bad.root.textContent).not.to.contain("google");
    expect(bad.entries()).to.have.length(10);
    await expect(bad.element).to.be.accessible();
    const keyless = await toldWebTeam(() => open(`api="${testApi()}" community="taihe" tiles="tianditu"`));
    expect(keyless.join(" ")).to.contain("天地图底图需要设置 tianditu-key");
  });

  it("follows the page's language when the site switches it", async () => {
    await expectFollowsLanguageSwitch(document.createElement("community-partner-map"), {
      "zh-CN": "这里的内容暂时无法显示",
      en: "cannot be shown at the moment",
      "zh-Hant": "這裡的內容暫時無法顯示",
    });
  });

  it("keeps showing the partners it loaded before, marked as a saved copy, when the connection is lost", async () => {
    await expectSavedCopyOffline(
      (api) => fixture(`<community-partner-map style="width: 1000px" tiles="none" api="${api}" community="taihe" locale="en"></community-partner-map>`),
      (root) => root.querySelectorAll(".entry").length,
    );
  });

  it("reads in English, keeps large targets in senior mode, and throws nothing into the page", async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener("error", onError);
    const { element, root } = await open(`api="${testApi()}" community="riverside" locale="en" senior tiles="${localTiles()}"`);
    expect(root.querySelector(".list__count")!.textContent).to.equal("2 partners");
    expect(root.querySelector(".entry__meta")!.textContent).to.match(/^(Health|Public body) · /);
    for (const target of [root.querySelector<HTMLElement>(".entry__button")!, root.querySelector<HTMLElement>(".filter")!]) {
      expect(target.getBoundingClientRect().height).to.be.at.least(60);
    }
    root.querySelector<HTMLElement>(".entry__button")!.click();
    await waitUntil(() => root.querySelector(".details__links"), "no details");
    expect(root.querySelector(".details__links")!.textContent).to.contain("OpenStreetMap");
    await expect(element).to.be.accessible();
    window.removeEventListener("error", onError);
    expect(errors).to.deep.equal([]);
  });

  it("draws a long list a screenful first and the rest in the frames after, counting them all from the start", async () => {
    const element = await fixture<CommunityPartnerMap>(`<community-partner-map style="width: 1000px" tiles="none"></community-partner-map>`);
    element.partners = Array.from({ length: 1200 }, (_, index) => ({
      id: `partner-${index}`,
      name: `共建单位 ${index + 1}`,
      type: "enterprise",
      address: `太和路 ${index + 1} 号`,
      location: { lat: 39.9 + (index % 40) * 0.002, lng: 116.35 + Math.floor(index / 40) * 0.002 },
      contact: {},
      description: "",
      services: [],
      updatedAt: "2026-11-01T00:00:00Z",
    }));
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector(".entry"), "the list did not start");
    expect(root.querySelector(".list__count")!.textContent).to.equal("共 1200 家");
    expect(root.querySelectorAll(".entry").length).to.be.lessThan(1200);
    await waitUntil(() => root.querySelectorAll(".entry").length === 1200, "the rest of the list never came", { timeout: 8000 });
    expect(root.querySelector(".entry:last-child .entry__name")!.textContent).to.equal("共建单位 1200");
  });

  it("reaches every partner from the keyboard through the list, and chooses one with Enter", async () => {
    const { element, root, markers } = await open(`api="${testApi()}" community="taihe" tiles="none" types="cultural-site"`);
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>(".entry__button")];
    buttons()[0]!.focus();
    const visited = [root.activeElement!.textContent!.replace(/\s+/g, "")];
    for (let step = 1; step < buttons().length; step++) {
      await sendKeys({ press: "Tab" });
      visited.push(root.activeElement!.textContent!.replace(/\s+/g, ""));
    }
    expect(visited.map((text) => text.slice(0, 4))).to.deep.equal(["军事历史", "机床博物", "黑陶工作"]);
    await sendKeys({ press: "Enter" });
    await element.updateComplete;
    expect(buttons()[2]!.getAttribute("aria-pressed")).to.equal("true");
    await waitUntil(() => root.querySelector("#details-title")?.textContent === "黑陶工作室", "Enter did not open the details");
    await waitUntil(() => markers().some((marker) => marker.classList.contains("marker--chosen")), "the map did not follow");
  });

  it("puts the list below the map when the widget is narrow", async () => {
    const element = await fixture<CommunityPartnerMap>(
      `<community-partner-map style="width: 420px" api="${testApi()}" community="taihe" tiles="none"></community-partner-map>`,
    );
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector(".entry"), "the list did not show", { timeout: 8000 });
    const map = root.querySelector(".map")!.getBoundingClientRect();
    const list = root.querySelector(".side")!.getBoundingClientRect();
    expect(list.top).to.be.at.least(map.bottom - 1);
    expect(map.width).to.be.greaterThan(380);
    await expect(element).to.be.accessible();
  });

  it("on a phone, scrolls the map away with the page and shows a chosen partner's details in full, focused; Escape closes them", async () => {
    const element = await fixture<CommunityPartnerMap>(
      `<community-partner-map style="display: block; width: 375px" api="${testApi()}" community="taihe" tiles="none"></community-partner-map>`,
    );
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector(".entry"), "the list did not show", { timeout: 8000 });
    expect(getComputedStyle(root.querySelector(".map")!).position).to.equal("relative");
    const entry = root.querySelector<HTMLButtonElement>('.entry[data-partner-id="mining-hospital"] button')!;
    entry.click();
    await waitUntil(() => root.activeElement?.id === "details-title", "the details did not take focus");
    const details = root.querySelector(".details")!.getBoundingClientRect();
    const map = root.querySelector(".map")!.getBoundingClientRect();
    // Focus brought the heading into view, and nothing of the widget lies over the details.
    const title = root.querySelector("#details-title")!.getBoundingClientRect();
    expect(title.top).to.be.at.least(0);
    expect(title.bottom).to.be.at.most(window.innerHeight);
    expect(details.top).to.be.at.least(map.bottom);
    await sendKeys({ press: "Escape" });
    await waitUntil(() => !root.querySelector(".details"), "Escape did not close the details");
    await waitUntil(() => root.activeElement === root.querySelector('.entry[data-partner-id="mining-hospital"] button'), "focus did not go back to the entry");
  });

  it("keeps the map's own size and type on a page that shrinks its root font (62.5 %)", async () => {
    const height = async () => {
      const { root } = await open(`api="${testApi()}" community="taihe" tiles="none"`);
      const map = root.querySelector<HTMLElement>(".map")!;
      const attribution = root.querySelector(".leaflet-control-attribution, .leaflet-container");
      return { map: map.getBoundingClientRect().height, text: Number.parseFloat(getComputedStyle(attribution ?? map).fontSize) };
    };
    const usual = await height();
    document.documentElement.style.fontSize = "62.5%";
    try {
      const shrunk = await height();
      expect(shrunk.map).to.be.closeTo(usual.map, 1);
      expect(shrunk.text).to.be.closeTo(usual.text, 0.5);
      expect(shrunk.text).to.be.at.least(12);
    } finally {
      document.documentElement.style.fontSize = "";
    }
  });

  it("holds its place while loading, and says so when there are no partners; accessible in both", async () => {
    const loading = await fixture<CommunityPartnerMap>(
      `<community-partner-map style="width: 1000px" api="${location.origin}/slow" community="taihe" tiles="none"></community-partner-map>`,
    );
    await waitUntil(() => loading.shadowRoot!.querySelector('.list[aria-busy="true"] .list__placeholder'), "no loading state");
    await expect(loading).to.be.accessible();

    const empty = await fixture<CommunityPartnerMap>(`<community-partner-map style="width: 1000px" tiles="none"></community-partner-map>`);
    empty.partners = [];
    await waitUntil(() => empty.shadowRoot!.textContent!.includes("这个社区还没有登记共建单位。"), "no empty state");
    await expect(empty).to.be.accessible();
  });
});
