// npm run bench: <community-events> and FullCalendar 7 side by side in one
// headless Chromium run, warm and on cold pages, plus their bundle sizes built the same way, the
// booking server's availability and contention (booking.mjs), a month's read with
// series begun long ago (long-series.mjs), notices delivered and a burst of approvals (notices.mjs), load on the server with autocannon beside a bare
// node:http server (load.mjs), and Lighthouse on every example page (lighthouse.mjs).
// Writes bench/RESULTS.md. Times are medians; compare ratios, not absolutes.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus } from "node:os";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build } from "vite";
import { measureBudgets } from "../packages/embed/scripts/budgets.mjs";
import { bundleSize } from "../scripts/lib/bundle-size.mjs";
import { benchBookings } from "./booking.mjs";
import { benchLoad } from "./load.mjs";
import { benchLighthouse } from "./lighthouse.mjs";
import { benchLongSeries } from "./long-series.mjs";
import { benchNotices } from "./notices.mjs";

const here = import.meta.dirname;
const SIZES = [100, 1000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => (bytes / 1000).toFixed(1);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function serve(root) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
  const server = createServer((request, response) => {
    const path = join(root, decodeURIComponent(new URL(request.url, "http://x").pathname).replace(/\/$/, "/index.html"));
    try {
      const body = readFileSync(path);
      response.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

console.log("Building the benchmark page and the size comparison…");
await build({ root: here, logLevel: "silent" });
const embed = (name) => bundleSize(name, resolve(here, `../packages/embed/src/${name}.ts`), resolve(here, "../packages/embed/vite.config.ts"));
const ourSize = await embed("community-events");
const widgetSizes = {
  "community-room-booking": await embed("community-room-booking"),
  "community-volunteer-signup": await embed("community-volunteer-signup"),
  "community-partner-map": await embed("community-partner-map"),
};
const loaderSize = await embed("community-kit");
const sdkSize = await bundleSize("sdk-alone", resolve(here, "src/sdk-alone.ts"));
const theirSize = await bundleSize("fullcalendar-views", resolve(here, "src/fullcalendar-views.ts"));
// Cal.com's embed as it ships, already built: it only opens an iframe of Cal.com's booking page.
const calcomEmbed = gzip(readFileSync(join(here, "node_modules/@calcom/embed-core/dist/embed/embed.js")));
const largestWidget = Math.max(ourSize.js, ...Object.values(widgetSizes).map((size) => size.js));

const server = await serve(join(here, "dist"));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const chromiumVersion = browser.version();
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
const pageErrors = [];
page.on("pageerror", (error) => pageErrors.push(error.message));
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(() => typeof window.benchSample === "function");

const results = [];
for (const count of SIZES) {
  const samples = { "community-events": [], fullcalendar: [], "static-html": [] };
  const libraries = Object.keys(samples);
  // One warm-up each, then take turns (in a rotating order) so that all see the same machine load.
  for (const library of libraries) await page.evaluate(([l, c]) => window.benchSample(l, c, "en"), [library, count]);
  for (let run = 0; run < RUNS; run++) {
    for (const library of [...libraries.slice(run % 3), ...libraries.slice(0, run % 3)]) {
      samples[library].push(await page.evaluate(([l, c]) => window.benchSample(l, c, "en"), [library, count]));
    }
  }
  const summary = (library) => ({
    firstRender: median(samples[library].map((sample) => sample.firstRender)),
    navigation: median(samples[library].map((sample) => sample.navigation)),
  });
  const row = { count, ours: summary("community-events"), theirs: summary("fullcalendar"), floor: summary("static-html") };
  results.push(row);
  console.log(
    `${String(count).padStart(5)} events: first render ${row.ours.firstRender.toFixed(1)} ms vs ${row.theirs.firstRender.toFixed(1)} ms` +
      ` (${(row.ours.firstRender / row.theirs.firstRender).toFixed(2)}×; plain HTML ${row.floor.firstRender.toFixed(1)} ms),` +
      ` next month ${row.ours.navigation.toFixed(1)} ms vs ${row.theirs.navigation.toFixed(1)} ms (plain HTML ${row.floor.navigation.toFixed(1)} ms)`,
  );
}
// The cold mode (issue 20): as a resident meets the calendar, once, on a page that has loaded its
// script but never run it. Every sample gets a fresh page (a new JS heap) of the same benchmark page.
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const COLD_LIBRARIES = [
  ["community-events", "zh-CN"],
  ["community-events", "en"],
  ["fullcalendar", "zh-CN"],
  ["static-html", "zh-CN"],
  ["our-html", "zh-CN"],
];
const coldKey = (library, locale) => `${library} ${locale}`;
async function coldSample(library, count, locale, ourHtml) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 880 } });
  const coldPage = await context.newPage();
  coldPage.on("pageerror", (error) => pageErrors.push(error.message));
  await coldPage.goto(`http://127.0.0.1:${server.address().port}/`);
  await coldPage.waitForFunction(() => typeof window.benchSample === "function");
  const result = await coldPage.evaluate(([l, c, z, h]) => window.benchSample(l, c, z, h), [library, count, locale, ourHtml]);
  await context.close();
  return result;
}
const coldResults = [];
for (const count of SIZES) {
  const ourHtml = await page.evaluate((c) => window.benchOurMonthHtml(c, "zh-CN"), count);
  const samples = Object.fromEntries(COLD_LIBRARIES.map(([library, locale]) => [coldKey(library, locale), []]));
  for (let run = 0; run < COLD_RUNS; run++) {
    const turn = run % COLD_LIBRARIES.length;
    for (const [library, locale] of [...COLD_LIBRARIES.slice(turn), ...COLD_LIBRARIES.slice(0, turn)]) {
      samples[coldKey(library, locale)].push(await coldSample(library, count, locale, ourHtml));
    }
  }
  const summary = (key) => ({
    firstRender: median(samples[key].map((sample) => sample.firstRender)),
    navigation: median(samples[key].map((sample) => sample.navigation)),
  });
  const row = {
    count,
    ours: summary("community-events zh-CN"),
    oursEn: summary("community-events en"),
    theirs: summary("fullcalendar zh-CN"),
    floor: summary("static-html zh-CN"),
    ourHtml: summary("our-html zh-CN"),
  };
  coldResults.push(row);
  console.log(
    `cold, ${String(count).padStart(5)} events: first render ${row.ours.firstRender.toFixed(1)} ms zh-CN, ${row.oursEn.firstRender.toFixed(1)} ms en,` +
      ` FullCalendar ${row.theirs.firstRender.toFixed(1)} ms, floor ${row.floor.firstRender.toFixed(1)} ms, our month as HTML ${row.ourHtml.firstRender.toFixed(1)} ms;` +
      ` next month ${row.ours.navigation.toFixed(1)} ms (floor ${row.floor.navigation.toFixed(1)} ms)`,
  );
}

// The partner map: 5,000 partners, first render with clustering.
const PARTNERS = 5000;
await page.evaluate((count) => window.benchPartnerMap(count), PARTNERS);
const partnerSamples = [];
for (let run = 0; run < RUNS; run++) partnerSamples.push(await page.evaluate((count) => window.benchPartnerMap(count), PARTNERS));
const partnerMapFirstRender = median(partnerSamples.map((sample) => sample.firstRender));
const partnerMapWholeList = median(partnerSamples.map((sample) => sample.wholeList));
console.log(`partner map, ${PARTNERS} partners: first render ${partnerMapFirstRender.toFixed(1)} ms, whole list ${partnerMapWholeList.toFixed(1)} ms`);

await browser.close();
server.close();
if (pageErrors.length) throw new Error(`The benchmark page failed: ${pageErrors.join("; ")}`);

const cpu = cpus()[0]?.model ?? "unknown CPU";
const revision = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: here, encoding: "utf8" }).trim();
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const rows = results
  .map(
    ({ count, ours, theirs, floor }) =>
      `| ${count.toLocaleString("en")} | ${ours.firstRender.toFixed(1)} | ${theirs.firstRender.toFixed(1)} | ${floor.firstRender.toFixed(1)} | **${ratio(ours.firstRender, theirs.firstRender)}** | ${ratio(floor.firstRender, theirs.firstRender)} | ${ours.navigation.toFixed(1)} | ${theirs.navigation.toFixed(1)} | ${floor.navigation.toFixed(1)} |`,
  )
  .join("\n");
const worstRatio = Math.max(...results.map(({ ours, theirs }) => ours.firstRender / theirs.firstRender));
const worstFloorRatio = Math.max(...results.map(({ floor, theirs }) => floor.firstRender / theirs.firstRender));
const at5000 = results.find((row) => row.count === 5000);
const navigationAt5000 = at5000?.ours.navigation ?? NaN;
const floorNavigationAt5000 = at5000?.floor.navigation ?? NaN;

const coldRows = coldResults
  .map(
    ({ count, ours, oursEn, theirs, floor, ourHtml }) =>
      `| ${count.toLocaleString("en")} | ${ours.firstRender.toFixed(1)} | ${oursEn.firstRender.toFixed(1)} | ${theirs.firstRender.toFixed(1)} | ${floor.firstRender.toFixed(1)} | **${ratio(ours.firstRender, floor.firstRender)}** | ${ourHtml.firstRender.toFixed(1)} | ${ratio(ourHtml.firstRender, floor.firstRender)} | ${ours.navigation.toFixed(1)} | ${oursEn.navigation.toFixed(1)} | ${theirs.navigation.toFixed(1)} | ${floor.navigation.toFixed(1)} | **${ratio(ours.navigation, floor.navigation)}** |`,
  )
  .join("\n");
const coldWorst = Math.max(...coldResults.map(({ ours, floor }) => ours.firstRender / floor.firstRender));
const cold5000 = coldResults.find((row) => row.count === 5000);
const coldNavigation5000 = cold5000 ? cold5000.ours.navigation / cold5000.floor.navigation : NaN;

const budgetRows = (await measureBudgets())
  .map(
    ({ name, size, budget }) =>
      `| ${name.replaceAll("<", "\\<")} | ${(size / 1000).toFixed(2)} kB | ${budget / 1000} kB | ${size <= budget ? "met" : "**over**"} |`,
  )
  .join("\n");
const bookingSection = await benchBookings();
const longSeriesSection = await benchLongSeries();
const noticesSection = await benchNotices();
console.log("Load on the server (autocannon)…");
const loadSection = await benchLoad();
console.log("Lighthouse on the example pages…");
const lighthouseSection = await benchLighthouse();

writeFileSync(
  join(here, "RESULTS.md"),
  `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}, at commit ${revision}.

## What was run

- One headless Chromium ${chromiumVersion} (Debian's), a 1100×900 viewport, ${cpus().length} cores (${cpu}), Node.js ${process.version}.
- The benchmark page (bench/index.html, built by Vite for production) holds both calendars: \`<community-events>\` with
  data handed in through its \`events\` property, and FullCalendar 7.1.0 (\`fullcalendar\` with the daygrid and list plugins and
  its classic theme), set up alike: month view of June 2026, time zone Asia/Shanghai, locale \`en\` (weeks from Sunday),
  at most three events a day before "+N more" (\`dayMaxEvents: 3\`).
- Each size puts that many events in June 2026 and as many in July (timed, with every 17th an all-day event over three days),
  so that the month shown first and the month after "next" hold the same number.
- **Plain HTML**, the floor: the same grid (same lanes, bars and "+N more", laid out by our code) as one HTML string with a
  small stylesheet, built before the clock starts (bench/src/static-month.ts). What is timed is only the browser's own work:
  parsing, style, layout and paint. Its next month writes the prepared texts into the same nodes. No calendar that works
  out its grid in the page, names its days for screen readers or handles input can be faster than this.
- **First render**: from creating the calendar in a fresh 1000 px wide box until the frame that shows it has been painted
  (a \`requestAnimationFrame\` and the task after it). **Next month**: from \`next()\` until the next painted frame.
- One warm-up each, then ${RUNS} runs per calendar and size, taking turns; the table gives medians in milliseconds.
  Absolute times on these shared machines are noisy; the ratios are what to compare.

## Times

| events in the month | first render: ours | FullCalendar 7 | plain HTML | ours ÷ FullCalendar | plain HTML ÷ FullCalendar | next month: ours | FullCalendar 7 | plain HTML |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows}

Targets: first render at most 0.2× FullCalendar's at every size (worst here: ${worstRatio.toFixed(2)}×, ${worstRatio <= 0.2 ? "met" : "**not met**"};
plain HTML's worst: ${worstFloorRatio.toFixed(2)}×); next month at most 20 ms at 5,000 events (here: ${navigationAt5000.toFixed(1)} ms,
${navigationAt5000 <= 20 ? "met" : "**not met**"}; plain HTML: ${floorNavigationAt5000.toFixed(1)} ms).

## The calendar on a cold page

As a resident meets it (issue 20): every sample in a fresh page of its own (a new JS heap, 1200×880), which has loaded the
benchmark page's script, both calendars' code included, but run none of it. Then one first render and one next month, timed as
above, in zh-CN, so that lunar dates, festivals, solar terms and 休/班 are shown (the clock stops at the frame that shows
them: they come in a chunk of their own), and in English for comparison. FullCalendar 7.1.0 with its zh-cn locale; the floor
as above. **Our month as HTML**: what our zh-CN first render leaves in its shadow root (its elements, texts and
style sheets, taken from a render in the warm page) written into a fresh page's shadow root at once, as the floor is: the
browser's work to show our month, with none of our script. ${COLD_RUNS} runs each, taking turns, medians in milliseconds.

| events | first render: ours, zh-CN | ours, en | FullCalendar 7 | floor | ours ÷ floor | our month as HTML | its ÷ floor | next month: ours, zh-CN | ours, en | FullCalendar 7 | floor | ours ÷ floor |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${coldRows}

Targets: first render at most 2× the floor at every size in zh-CN (worst here: ${coldWorst.toFixed(2)}×, ${coldWorst <= 2 ? "met" : "**not met**"});
next month at most 1.5× the floor at 5,000 events (here: ${coldNavigation5000.toFixed(2)}×, ${coldNavigation5000 <= 1.5 ? "met" : "**not met**"}).

## Sizes

All built by the same Vite settings, in library mode and minified by terser (ours with the embed build's own config, one build per bundle),
gzip level 9. "Up front" is the entry and what it imports statically; "on demand" is split off and fetched only when needed.
Each widget carries its own Lit and CSS inside its JS.

| bundle | JS up front | CSS | on demand |
|---|---:|---:|---:|
| \`<community-events>\` | ${kB(ourSize.js)} kB | — | ${kB(ourSize.lazy)} kB |
| \`<community-room-booking>\` | ${kB(widgetSizes["community-room-booking"].js)} kB | — | ${kB(widgetSizes["community-room-booking"].lazy)} kB |
| \`<community-volunteer-signup>\` | ${kB(widgetSizes["community-volunteer-signup"].js)} kB | — | ${kB(widgetSizes["community-volunteer-signup"].lazy)} kB |
| \`<community-partner-map>\` (Leaflet on demand) | ${kB(widgetSizes["community-partner-map"].js)} kB | — | ${kB(widgetSizes["community-partner-map"].lazy)} kB |
| the auto-loader \`community-kit.js\` | ${kB(loaderSize.js)} kB | — | — |
| \`@community-kit/sdk\` alone (all its exports, with zod/mini and the schemas it checks answers by) | ${kB(sdkSize.js)} kB | — | ${kB(sdkSize.lazy)} kB |
| FullCalendar 7.1.0, daygrid + list + classic theme | ${kB(theirSize.js)} kB | ${kB(theirSize.css)} kB | ${kB(theirSize.lazy)} kB |
| Cal.com \`embed.js\` (@calcom/embed-core 1.5.3, as shipped; it only opens an iframe of Cal.com's page) | ${kB(calcomEmbed)} kB | — | the whole booking app, in the iframe |

Targets (issue 7): each widget at most 25 kB (largest here: ${kB(largestWidget)} kB, ${largestWidget <= 25_000 ? "met" : "**not met**"});
the loader at most 3 kB (${kB(loaderSize.js)} kB, ${loaderSize.js <= 3_000 ? "met" : "**not met**"}); the SDK alone at most 13 kB, issue 17's
budget for zod/mini (issue 7's 8 kB held with valibot) (${kB(sdkSize.js)} kB, ${sdkSize.js <= 13_000 ? "met" : "**not met**"}).

Ours on demand: the API clients with zod/mini (only with \`api\`), each language besides zh-CN, the preset themes, the Chinese
holiday and solar-term data (only in Chinese locales), popover positioning (first "+N more"), the .ics builder and DOMPurify
(only for HTML descriptions), the booking and sign-up forms, and the map (Leaflet, clustering, GCJ-02). FullCalendar has no
lunar calendar or holiday data at any size.

### Every budget

What \`npm test\` checks (packages/embed/scripts/budgets.mjs says why each is what it is), on the embed build's own bundles,
each counted with the chunks it imports:

| bundle | size | budget | |
|---|---:|---:|---|
${budgetRows}

## Partner map

\`<community-partner-map>\` with ${PARTNERS.toLocaleString("en")} partners spread over a 20 × 20 km district, handed in through its
\`partners\` property, \`tiles="none"\` (the network is not measured), in the same page and Chromium. **First render**: from
creating the element until the frame showing the clustered markers and the list's first entries has been painted; the rest
of the list is drawn in the tasks after, 500 entries at a time, and **whole list** is when the last is in the page. One
warm-up (it loads the map's code), then ${RUNS} runs; medians.

| partners | first render | whole list |
|---:|---:|---:|
| ${PARTNERS.toLocaleString("en")} | **${partnerMapFirstRender.toFixed(1)} ms** | ${partnerMapWholeList.toFixed(1)} ms |

Target: first render at most 200 ms (${partnerMapFirstRender <= 200 ? "met" : "**not met**"}).

${bookingSection}
${longSeriesSection}
${noticesSection}

${loadSection}

${lighthouseSection}
`,
);
console.log(
  `Wrote bench/RESULTS.md (ours ${kB(ourSize.js)} kB + ${kB(ourSize.lazy)} kB on demand; FullCalendar ${kB(theirSize.js)} kB JS + ${kB(theirSize.css)} kB CSS)`,
);
