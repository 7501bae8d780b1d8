// The partner page of the demo site: a resident finds the community's partners in the list
// beside the map, chooses the hospital and reads what it offers and how to get there.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser, scrollToWidget } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();

test("a resident finds the mining-bureau hospital among 太和's partners and how to get there, with or without map tiles", async () => {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // Map tiles come from the internet, which this machine cannot reach: the page must work without them.
  await page.goto(`${demo.site.url}/`);
  await page.getByRole("link", { name: "共建单位" }).click();
  const widget = page.locator("community-partner-map");
  const list = widget.getByRole("list", { name: "共建单位列表" });
  await list.getByRole("button").first().waitFor();
  assert.equal(await list.getByRole("button").count(), 10);
  await widget.locator(".leaflet-marker-icon").first().waitFor();

  await list.getByRole("button", { name: /矿务局医院/ }).click();
  const details = widget.getByRole("region", { name: "矿务局医院" });
  await details.waitFor();
  assert.match(await details.textContent(), /公益义诊/);
  assert.match(await details.textContent(), /矿院路 9 号/);
  const amap = await details.getByRole("link", { name: "高德地图" }).getAttribute("href");
  assert.match(amap, /^https:\/\/uri\.amap\.com\/navigation\?to=116\.3571,39\.9262,/);
  assert.equal(await widget.locator(".marker--chosen").getAttribute("title"), "矿务局医院");

  await widget.getByRole("checkbox", { name: "文化场馆" }).uncheck();
  assert.equal(await list.getByRole("button").count(), 7);
  assert.deepEqual(errors, []);
});

test("on a phone the map scrolls away with the page, and a chosen partner's details show in full, focused, until Escape", async () => {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.site.url}/partners.html`);
  const widget = page.locator("community-partner-map");
  const list = widget.getByRole("list", { name: "共建单位列表" });
  await list.getByRole("button").first().waitFor();
  assert.equal(await widget.getByRole("region", { name: "共建单位地图" }).evaluate((element) => getComputedStyle(element).position), "relative");
  // The tiles fail here (no internet): the notice lies over the map's foot, moving nothing below it.
  const tilesNotice = widget.locator('[part~="tiles-notice"]');
  await tilesNotice.waitFor();
  const [noticeBox, mapBox] = [await tilesNotice.boundingBox(), await widget.getByRole("region", { name: "共建单位地图" }).boundingBox()];
  assert.ok(noticeBox.y >= mapBox.y && noticeBox.y + noticeBox.height <= mapBox.y + mapBox.height, "the notice is not over the map");

  await list.getByRole("button", { name: /矿务局医院/ }).tap();
  const title = widget.getByRole("heading", { name: "矿务局医院" });
  await page.waitForFunction(() => document.querySelector("community-partner-map").shadowRoot.activeElement?.id === "details-title");
  const box = await title.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 740, `the details' heading is at ${box.y}px`);
  // Nothing lies over the heading: what is drawn at its middle is the heading.
  const onTop = await title.evaluate((element) => {
    const { left, top, width, height } = element.getBoundingClientRect();
    return element.getRootNode().elementFromPoint(left + width / 2, top + height / 2) === element;
  });
  assert.equal(onTop, true);

  await page.keyboard.press("Escape");
  await widget.locator(".details").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
});

test("on the government portal, whose root is 62.5 %, the map keeps the size and type it has on any page", async () => {
  const sizes = [];
  for (const path of ["/partners.html", "/government.html"]) {
    const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${demo.site.url}${path}`);
    const map = page.locator("community-partner-map").getByRole("region", { name: "共建单位地图" });
    await scrollToWidget(page, "community-partner-map", ".map.leaflet-container");
    sizes.push(await map.evaluate((element) => ({ height: Math.round(element.getBoundingClientRect().height), font: getComputedStyle(element).fontSize })));
  }
  assert.deepEqual(sizes[1], sizes[0]);
  assert.ok(sizes[0].height >= 380, `the map is ${sizes[0].height}px tall`);
});
