// The auto-loader: one <script> for every widget, loading only what a page uses, now and later.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoSiteAndBrowser, scrollToWidget } from "../support/demo-site.mjs";

const demo = demoSiteAndBrowser();

async function newPage() {
  const page = await (await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 900 } })).newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const bundles = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/embed\/(shared\/)?community-[a-z-]+\.js$/.test(path)) bundles.push(path.slice("/embed/".length));
  });
  return { page, errors, bundles };
}

test("a page with all four widgets in one <community-provider> and the loader pasted twice shows them all", async () => {
  const { page, errors } = await newPage();
  await page.goto(`${demo.site.url}/loader.html`);
  await page.locator("community-events .list, community-events .event").first().waitFor();
  await scrollToWidget(page, "community-room-booking", ".card__name");
  await scrollToWidget(page, "community-volunteer-signup", ".shift, .notice");
  await scrollToWidget(page, "community-partner-map", ".entry");
  assert.equal(await page.locator("community-partner-map .entry").count(), 3);
  // The provider is defined by the first widget inside it, after the widgets asked it for the API and community.
  assert.equal(await page.evaluate(() => customElements.get("community-provider") !== undefined), true);
  assert.deepEqual(errors, []);
});

test("a portal with four widgets runs one Lit for them all, and fetches the map only as a resident scrolls near it", async () => {
  const { page, errors, bundles } = await newPage();
  await page.goto(`${demo.site.url}/government.html`);
  await page.locator("community-events .month .event").first().waitFor();
  assert.ok(!bundles.some((bundle) => bundle.includes("partner-map")), "the map, screens below, is not fetched yet");
  for (const tag of ["community-room-booking", "community-volunteer-signup", "community-partner-map"]) await scrollToWidget(page, tag, "button");
  assert.deepEqual([...new Set(bundles)].sort(), [
    "community-kit.js",
    "shared/community-events.js",
    "shared/community-partner-map.js",
    "shared/community-room-booking.js",
    "shared/community-volunteer-signup.js",
  ]);
  // Each copy of Lit registers itself here: four widgets' own bundles made it four.
  assert.equal(await page.evaluate(() => window.litHtmlVersions.length), 1);
  assert.deepEqual(errors, []);
});

/** A page with 150 ms between the phone and the server, whose requests are noted: sent and answered, by path. */
async function slowLinkPage() {
  const context = await demo.browser.newContext({ locale: "zh-CN", viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1 });
  const requests = new Map();
  cdp.on("Network.requestWillBeSent", ({ requestId, request, timestamp }) => requests.set(requestId, { path: new URL(request.url).pathname, sent: timestamp }));
  cdp.on("Network.responseReceived", ({ requestId, timestamp }) => {
    if (requests.has(requestId)) requests.get(requestId).answered = timestamp;
  });
  /** The first request whose path matches. */
  const request = (pattern) => [...requests.values()].find(({ path }) => pattern.test(path));
  return { context, page, request, paths: () => [...requests.values()].map(({ path }) => path) };
}

// A chunk the browser learns of only from the module above it is asked for 150 ms after that module.
test("on a slow link the portal asks for each widget's shared chunks and API client with its bundle, not a round trip after", async () => {
  const { context, page, request } = await slowLinkPage();
  await page.goto(`${demo.site.url}/government.html`);
  await page.locator("community-events .month .event").first().waitFor();
  const events = request(/^\/embed\/shared\/community-events\.js$/);
  assert.ok(request(/^\/embed\/shared\/chunks\/shared-runtime-[\w-]+\.js$/).sent < events.answered, "the runtime is asked for while its bundle is on its way");
  // The client and what it imports, which the bundle would import only once it runs, and they only once it came.
  for (const chunk of ["api-client", "short-code"]) {
    assert.ok(request(new RegExp(`^/embed/shared/chunks/shared-${chunk}-[\\w-]+\\.js$`)).sent < events.answered, `${chunk} is asked for with the bundle`);
  }
  const rooms = request(/^\/embed\/shared\/community-room-booking\.js$/);
  assert.ok(request(/^\/embed\/shared\/chunks\/shared-booking-client-[\w-]+\.js$/).sent < rooms.answered, "the booking client is asked for with its bundle");
  await context.close();
});

/** A page of the site's own with one tag and the loader. */
const pageWith = (tag) => `<!doctype html><html lang="en"><head><script type="module" src="/embed/community-kit.js"></script></head><body>${tag}</body></html>`;

test("on a slow link a calendar's own bundle comes with its API client", async () => {
  const { context, page, request } = await slowLinkPage();
  await page.route(`${demo.site.url}/calendar-on-api.html`, (route) =>
    route.fulfill({ contentType: "text/html", body: pageWith(`<community-events api="/" community="taihe" locale="en"></community-events>`) }),
  );
  await page.goto(`${demo.site.url}/calendar-on-api.html`);
  await page.locator("community-events .month .event").first().waitFor();
  const bundle = request(/^\/embed\/community-events\.js$/);
  assert.ok(request(/^\/embed\/chunks\/events-api-client-[\w-]+\.js$/).sent < bundle.answered, "the client is asked for with the bundle");
  await context.close();
});

test("a calendar of a feed, with no API, is not sent the API client", async () => {
  const { context, page, paths } = await slowLinkPage();
  await page.route(`${demo.site.url}/calendar-of-feed.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: pageWith(`<community-events src="/v1/communities/riverside/events.ics" locale="en-GB"></community-events>`),
    }),
  );
  await page.goto(`${demo.site.url}/calendar-of-feed.html`);
  await page.locator("community-events .month").waitFor();
  assert.ok(paths().includes("/embed/community-events.js"));
  assert.deepEqual(
    paths().filter((path) => /-client-/.test(path)),
    [],
  );
  await context.close();
});

test("the loader imports only the bundles of the tags on a page, and one for a tag added later", async () => {
  const { page, errors, bundles } = await newPage();
  // A page of the site's own with only a calendar and the loader.
  await page.route(`${demo.site.url}/only-calendar.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="zh-CN"><head><script type="module" src="/embed/community-kit.js"></script></head>
        <body><community-events api="/" community="taihe"></community-events></body></html>`,
    }),
  );
  await page.goto(`${demo.site.url}/only-calendar.html`);
  await page.locator("community-events .month").waitFor();
  assert.deepEqual([...new Set(bundles)].sort(), ["community-events.js", "community-kit.js"]);

  await page.evaluate((api) => {
    const map = document.createElement("community-partner-map");
    map.setAttribute("api", api);
    map.setAttribute("community", "taihe");
    map.setAttribute("tiles", "none");
    document.body.append(map);
  }, "/");
  await scrollToWidget(page, "community-partner-map", ".entry");
  // Two kinds of widget now: the map comes from the shared build.
  assert.ok(bundles.includes("shared/community-partner-map.js"));
  assert.ok(!bundles.some((bundle) => /room-booking|volunteer-signup/.test(bundle)));
  assert.deepEqual(errors, []);
});

test("a page that loads a widget's own bundle as well as the loader, each twice, shows the widget once and throws nothing", async () => {
  const { page, errors } = await newPage();
  await page.route(`${demo.site.url}/twice.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="zh-CN"><head>
        <script type="module" src="/embed/community-events.js"></script>
        <script type="module" src="/embed/community-kit.js"></script>
        <script type="module" src="/embed/community-events.js?copy=2"></script>
        <script type="module" src="/embed/community-kit.js?copy=2"></script>
        </head><body><community-events api="/" community="taihe"></community-events></body></html>`,
    }),
  );
  await page.goto(`${demo.site.url}/twice.html`);
  await page.locator("community-events .month").waitFor();
  assert.equal(await page.locator("community-events").evaluate((element) => element.shadowRoot.querySelectorAll(".month").length), 1);
  assert.deepEqual(errors, []);
});
