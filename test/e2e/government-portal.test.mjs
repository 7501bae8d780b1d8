// examples/government.html: a district portal whose stylesheet reaches every element with
// !important (SimSun 12px, a 62.5% root, content-box, indented and justified text, forced
// colours, unset buttons), with all four widgets through the loader. A resident uses each,
// and each keeps its own type, box and colours.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations } from "../support/axe.mjs";
import { demoSiteAndBrowser, scrollToWidget } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();
const WIDGETS = ["community-events", "community-room-booking", "community-volunteer-signup", "community-partner-map"];

test("a resident uses all four widgets on a government portal with aggressive global CSS", async () => {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1000, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.site.url}/government.html`);
  await page.locator("community-events .month .event").first().waitFor();

  // The portal's * { font-size: 12px !important }, 62.5% root, text-indent and content-box stay out.
  for (const tag of WIDGETS) {
    await scrollToWidget(page, tag, "button, p, li");
    const widget = page.locator(tag);
    const style = await widget.evaluate((element) => {
      const host = getComputedStyle(element);
      const inner = getComputedStyle(element.shadowRoot.querySelector("button, p, li") ?? element);
      return {
        fontSize: host.fontSize,
        boxSizing: inner.boxSizing,
        textIndent: inner.textIndent,
        letterSpacing: host.letterSpacing,
        background: host.backgroundColor,
      };
    });
    assert.deepEqual(style, { fontSize: "16px", boxSizing: "border-box", textIndent: "0px", letterSpacing: "normal", background: "rgb(255, 255, 255)" }, tag);
  }
  // The month keeps seven equal columns.
  const widths = await page
    .locator("community-events .day")
    .evaluateAll((days) => days.slice(0, 7).map((day) => Math.round(day.getBoundingClientRect().width)));
  assert.ok(Math.max(...widths) - Math.min(...widths) <= 1, `seven equal days: ${widths}`);

  // The calendar: an event opens its dialog.
  await page.locator("community-events .month .event").first().click();
  await page.locator("community-events-dialog dialog[open] .dialog__title").waitFor();
  await page.keyboard.press("Escape");

  // Rooms: a room chosen shows its day (its times, or that it is closed that day).
  await page.locator('community-room-booking [part~="choose"]').first().click();
  await page.locator("community-room-booking .timeline").locator(".slots, .notice").first().waitFor();

  // Volunteering: a shift's sign-up form opens, with its consent notice.
  await page.locator('community-volunteer-signup [part~="sign-up"]').first().click();
  await page.locator("community-volunteer-signup #signup-consent").waitFor();

  // Partners: one chosen from the list shows its details.
  await page.locator("community-partner-map .entry__button").first().click();
  await page.locator("community-partner-map .details__title").waitFor();

  // And the whole page, widgets included, passes axe (contrast of the widgets' text too).
  assert.deepEqual(await axeViolations(page, WIDGETS), []);
  assert.deepEqual(errors, []);
});

test("where the widgets cannot run, the links the portal put inside each tag show instead, and go once they upgrade", async () => {
  // A browser that runs no module scripts stands for IE mode and old in-app browsers.
  const withoutScripts = await (await demo.browser.newContext({ javaScriptEnabled: false })).newPage();
  await withoutScripts.goto(`${demo.site.url}/government.html`);
  for (const [tag, text] of [
    ["community-events", "查看社区活动"],
    ["community-room-booking", "查看可预约的场地与设备"],
    ["community-volunteer-signup", "查看志愿服务班次"],
    ["community-partner-map", "查看共建单位名录"],
  ]) {
    assert.ok(await withoutScripts.locator(`${tag} > a`, { hasText: text }).isVisible(), `${tag} shows its link`);
  }
  const upgraded = await (await demo.browser.newContext()).newPage();
  await upgraded.goto(`${demo.site.url}/government.html`);
  await upgraded.locator("community-events .month").waitFor();
  for (const tag of WIDGETS) await scrollToWidget(upgraded, tag, "button");
  for (const tag of WIDGETS) assert.equal(await upgraded.locator(`${tag} > a`).isVisible(), false, `${tag} replaced its link`);
});
