// A site that publishes only an iCalendar feed: the calendar reads it with no API, here the server's own feed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();

test("the feed page shows this week's events from the iCalendar feed, by the clock", async () => {
  const page = await (await demo.browser.newContext({ timezoneId: "Europe/London", locale: "en-GB", viewport: { width: 1200, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.site.url}/feed.html`);
  await page.locator("community-events .timegrid").waitFor();
  await page.locator("community-events .slot").nth(6).waitFor();
  assert.equal(await page.locator("community-events .slot").count(), 7);
  // What the API lists for this week is what the feed shows.
  const days = await page.locator("community-events .slot").evaluateAll((slots) => slots.map((slot) => slot.dataset.day));
  const from = days[0];
  const to = new Date(Date.parse(`${days[6]}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
  const listed = await (await fetch(`${demo.site.url}/v1/communities/riverside/events?from=${from}&to=${to}`)).json();
  const titles = [...new Set(listed.items.map((event) => event.title))].sort();
  assert.ok(titles.length > 0, "the demo has Riverside events this week");
  await page.locator("community-events .tevent").first().waitFor();
  const shown = [...new Set(await page.locator("community-events .tevent__title").allTextContents())].sort();
  assert.deepEqual(shown, titles);
  // The feed's categories by the names the community gave them, not their ids.
  const chips = await page.locator("community-events .chip").allTextContents();
  assert.deepEqual(chips.map((chip) => chip.trim()).sort(), ["All", "Classes", "Health", "Services"]);
  assert.deepEqual(errors, []);
});
