// Host pages that enforce Trusted Types, on top of a strict CSP: every string the widgets hand
// to an HTML or script sink goes through a policy the page names ("lit-html", Lit's; and
// "community-kit", the kit's own). Leaflet's sinks are avoided (patched feature test, controls
// built as DOM, markers as elements).
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser, scrollToWidget } from "../support/demo-site.mjs";
import { STRICT_CSP, openUnderPolicy } from "../support/policy-page.mjs";

const demo = demoSiteAndBrowser();

const openPage = (trustedTypes, body) => openUnderPolicy(demo, `${STRICT_CSP}; ${trustedTypes}`, body);

test("the calendar on a page that allows only Lit's and the kit's policies: HTML descriptions, search-engine data", async () => {
  const { page, errors, violations } = await openPage(
    "require-trusted-types-for 'script'; trusted-types lit-html community-kit",
    `<community-events api="/" community="taihe" view="list"></community-events>`,
  );
  const talk = page.locator("community-events .row", { hasText: "垃圾分类" }).first();
  await talk.click();
  // The description is HTML, cleaned by DOMPurify and rendered as HTML: its emphasis is an element.
  await assert.doesNotReject(page.locator("community-events-dialog .dialog__description strong", { hasText: "四分类" }).waitFor());
  // The schema.org data for search engines is written into the page.
  await page.locator('community-events > script[type="application/ld+json"]').waitFor({ state: "attached" });
  const jsonLd = JSON.parse(await page.locator('community-events > script[type="application/ld+json"]').textContent());
  assert.ok(
    jsonLd["@graph"].some((event) => event.name.includes("垃圾分类")),
    "the events are in the structured data",
  );
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
});

test("all four widgets through the loader on a page with Trusted Types ('allow-duplicates' for a page that also loads a widget's own bundle, with its own Lit)", async () => {
  const { page, errors, violations } = await openPage(
    "require-trusted-types-for 'script'; trusted-types lit-html community-kit 'allow-duplicates'",
    `<community-events api="/" community="taihe"></community-events>
     <community-room-booking api="/" community="taihe" resource="chess-room"></community-room-booking>
     <community-volunteer-signup api="/" community="taihe"></community-volunteer-signup>
     <community-partner-map api="/" community="taihe" tiles="none"></community-partner-map>`,
  );
  await page.locator("community-events .month .event").first().waitFor();
  await scrollToWidget(page, "community-room-booking", ".slot");
  await scrollToWidget(page, "community-volunteer-signup", ".shift__bar");
  await scrollToWidget(page, "community-partner-map", ".leaflet-marker-icon");
  const map = page.locator("community-partner-map");
  // The map's own controls, built as DOM: named zoom buttons that work, and the attribution as text.
  assert.match(await map.locator(".leaflet-control-attribution").textContent(), /Leaflet/);
  const spread = () =>
    map.locator(".leaflet-marker-icon").evaluateAll((markers) => {
      const xs = markers.map((marker) => marker.getBoundingClientRect().x);
      return Math.max(...xs) - Math.min(...xs);
    });
  const before = await spread();
  await map.getByRole("button", { name: "放大" }).click();
  await page.waitForTimeout(800);
  assert.notEqual(await spread(), before, "zooming in moved the markers apart or out of view");
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
});
