// A host page with a strict Content Security Policy: scripts and styles from its own origin
// only, no inline styles or scripts. The four widgets, through the loader, run and style
// themselves without tripping it (adopted stylesheets and the CSSOM, never a style attribute),
// a preset theme included.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser, scrollToWidget } from "../support/demo-site.mjs";
import { STRICT_CSP, openUnderPolicy } from "../support/policy-page.mjs";

const demo = demoSiteAndBrowser();

test("all four widgets work on a page whose CSP allows no inline style or script", async () => {
  const { page, errors, violations } = await openUnderPolicy(
    demo,
    STRICT_CSP,
    `<community-events api="/" community="taihe"></community-events>
     <community-events api="/" community="taihe" view="week"></community-events>
     <community-room-booking api="/" community="taihe" resource="chess-room"></community-room-booking>
     <community-volunteer-signup api="/" community="taihe" theme="dark"></community-volunteer-signup>
     <community-partner-map api="/" community="taihe" tiles="none"></community-partner-map>`,
  );
  await page.locator("community-events .month .event").first().waitFor();
  await scrollToWidget(page, 'community-events[view="week"]', ".timegrid");
  await scrollToWidget(page, "community-room-booking", ".slot");
  await scrollToWidget(page, "community-volunteer-signup", ".shift__bar");
  await scrollToWidget(page, "community-partner-map", ".leaflet-marker-icon");
  // Styled for real: the event chips carry their category colour, set through the CSSOM.
  const chipColour = await page
    .locator("community-events .month .event")
    .first()
    .evaluate((chip) => chip.style.getPropertyValue("--event-color"));
  assert.match(chipColour, /^#[0-9a-f]{6}$/i);
  // A preset theme, loaded and adopted later, is as safe.
  assert.equal(await page.locator("community-volunteer-signup").evaluate((element) => getComputedStyle(element).backgroundColor), "rgb(17, 24, 39)");
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
});
