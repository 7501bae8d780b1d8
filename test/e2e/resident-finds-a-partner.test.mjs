// The partner page of the demo site: a resident finds the community's partners in the list
// beside the map, chooses the hospital and reads what it offers and how to get there.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

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
