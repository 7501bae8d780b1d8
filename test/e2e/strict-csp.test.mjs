// A host page with a strict Content Security Policy: scripts and styles from its own origin
// only, no inline styles or scripts. The four widgets, through the loader, run and style
// themselves without tripping it (adopted stylesheets and the CSSOM, never a style attribute),
// a preset theme included.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

test("all four widgets work on a page whose CSP allows no inline style or script", async () => {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route(`${demo.site.url}/strict-csp.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "Content-Security-Policy": POLICY },
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/embed/community-kit.js"></script></head><body>
        <community-events api="/" community="taihe"></community-events>
        <community-events api="/" community="taihe" view="week"></community-events>
        <community-room-booking api="/" community="taihe" resource="chess-room"></community-room-booking>
        <community-volunteer-signup api="/" community="taihe" theme="dark"></community-volunteer-signup>
        <community-partner-map api="/" community="taihe" tiles="none"></community-partner-map>
      </body></html>`,
    }),
  );
  // Every violation the page reports, whichever widget caused it.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.cspViolations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`));
  });
  await page.goto(`${demo.site.url}/strict-csp.html`);
  await page.locator("community-events .month .event").first().waitFor();
  await page.locator("community-events .timegrid").first().waitFor();
  await page.locator("community-room-booking .slot").first().waitFor();
  await page.locator("community-volunteer-signup .shift__bar").first().waitFor();
  await page.locator("community-partner-map .leaflet-marker-icon").first().waitFor();
  // Styled for real: the event chips carry their category colour, set through the CSSOM.
  const chipColour = await page.locator("community-events .month .event").first().evaluate((chip) => chip.style.getPropertyValue("--event-color"));
  assert.match(chipColour, /^#[0-9a-f]{6}$/i);
  // A preset theme, loaded and adopted later, is as safe.
  assert.equal(await page.locator("community-volunteer-signup").evaluate((element) => getComputedStyle(element).backgroundColor), "rgb(17, 24, 39)");
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);
});
