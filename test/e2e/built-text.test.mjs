// The bundles a site loads must show residents exactly the text the sources do. The embed build
// minifies the widgets' templates; once it trimmed the whitespace inside nested templates, so that
// residents read "12月8日周二十月三十" (weekday and lunar date run together), "已取消读书会" and
// "书法课堂书画活动室". The React app is built from the sources without that minifier: the same
// widgets, in the same states, on the loader page and in the React app must read the same.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();
const cli = join(import.meta.dirname, "..", "..", "packages/server/dist/cli.js");

/** Calls off the first 读书会 still to come, as the centre's staff would with their key. */
async function cancelAReadingClub() {
  const made = spawnSync(process.execPath, [cli, "keys", "create", "--community", "taihe", "--label", "built-text test"], {
    env: { ...process.env, DATABASE_URL: demo.site.databaseUrl },
    encoding: "utf8",
  });
  const key = made.stdout.trim().split("\n").at(-1);
  const { items } = await (await fetch(`${demo.site.url}/v1/communities/taihe/events?from=${new Date().toISOString()}&limit=500`)).json();
  const club = items.find((event) => event.title === "读书会");
  assert.ok(club, "the demo has a 读书会 to come");
  const cancelled = await fetch(`${demo.site.url}/v1/communities/taihe/events/${club.id}/cancel`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}` },
  });
  assert.equal(cancelled.status, 200);
  return club;
}

/**
 * Puts a widget into the page at `path`, with its clock at `now`, waits for `ready` in its shadow
 * root, does `act` there, and gives the rendered text (innerText) of what `scope` picks out.
 */
async function renderedText(path, { tag, attributes, ready, act, scope }, now) {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
  try {
    await page.goto(`${demo.site.url}${path}`);
    await page.evaluate(
      ({ tag, attributes, now }) => {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        element.clock = { now: () => new Date(now) };
        element.id = "under-test";
        document.body.prepend(element);
      },
      { tag, attributes, now },
    );
    const widget = page.locator("#under-test");
    await widget.locator(ready).first().waitFor({ timeout: 15000 });
    if (act) await widget.locator(act).first().click();
    if (scope !== ready) await widget.locator(scope).first().waitFor();
    // Lunar dates and holidays come in a chunk of their own: read once nothing more is loading and the text holds still.
    await page.waitForLoadState("networkidle");
    const read = () =>
      widget
        .locator(scope)
        .first()
        // biome-ignore lint/performance/useDomNodeTextContent: what a resident reads is the rendered text; textContent keeps the templates' white space, which the minifier changes
        .evaluate((node) => node.innerText);
    let text = await read();
    for (let again = await read(); again !== text; again = await read()) {
      text = again;
      await page.waitForTimeout(250);
    }
    return text;
  } finally {
    await page.context().close();
  }
}

test("the built bundles show residents the same text as the sources: list, cancelled row, week, shift and partner", async () => {
  const now = Date.now();
  const club = await cancelAReadingClub();
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(now));
  const taihe = { api: "/", community: "taihe", locale: "zh-CN" };
  const states = [
    ["the list view", { tag: "community-events", attributes: { ...taihe, view: "list" }, ready: ".row", scope: ".list" }],
    [
      "a cancelled row",
      { tag: "community-events", attributes: { ...taihe, view: "list", date: club.start.slice(0, 10) }, ready: ".row", scope: ".row--cancelled" },
    ],
    ["the week view", { tag: "community-events", attributes: { ...taihe, view: "week", date: day }, ready: ".tevent__title", scope: ".timegrid" }],
    ["a shift", { tag: "community-volunteer-signup", attributes: taihe, ready: '[part~="sign-up"]', scope: ".shift:not(.shift--placeholder)" }],
    [
      "a partner's details",
      { tag: "community-partner-map", attributes: { ...taihe, tiles: "none" }, ready: ".entry__button", act: ".entry__button", scope: ".details" },
    ],
  ];
  for (const [name, state] of states) {
    const built = await renderedText("/loader.html", state, now);
    const fromSources = await renderedText("/react/", state, now);
    assert.ok(built.trim(), `${name}: nothing was shown`);
    assert.equal(built, fromSources, `${name}: the bundle shows other text than the sources`);
  }
});
