// Every bundle's budget and its size as built (minified, gzip level 9): checked by check-size.mjs in
// `npm test`, and written in bench/RESULTS.md by the benchmark. A chunk is counted with the shared chunks
// it imports, as a browser must fetch them too. Reads the embed build in dist/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { bundleSize } from "../../../scripts/lib/bundle-size.mjs";
import { staticImports } from "./manifest-imports.mjs";

const dist = join(import.meta.dirname, "..", "dist");
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/**
 * One widget's build (each is built on its own), or the shared build of all four in
 * dist/shared/: `withImports(name)` is an entry (`name` = a widget) or the chunk named
 * `name`, with every chunk it imports statically, as paths in dist/.
 */
function build(widget) {
  const folder = widget === "shared" ? "shared/" : "";
  const manifest = JSON.parse(readFileSync(join(dist, `${folder}manifest-${widget}.json`), "utf8"));
  return (name) => {
    // Chunks are named chunks/<the build, short>-<name>-<hash>.js (vite.config.ts).
    const chunk = new RegExp(`^chunks/[a-z-]+?-${name}-[\\w-]{8}\\.js$`);
    const keys = Object.keys(manifest);
    const start = keys.find((key) => manifest[key].file === `${name}.js`) ?? keys.find((key) => chunk.test(manifest[key].file));
    if (!start) throw new Error(`No chunk ${name} of ${widget} in dist`);
    return new Set([...staticImports(manifest, [start])].map((key) => `${folder}${manifest[key].file}`));
  };
}

export const KB = 1000;

/** Each budget with its size in bytes; builds the SDK alone on the way. */
export async function measureBudgets() {
  const sdkEntry = join(import.meta.dirname, "..", "..", "..", "bench", "src", "sdk-alone.ts");
  const events = build("community-events");
  const entry = events("community-events");
  const apiClient = events("api-client");
  const chineseCalendar = events("chinese-day-labels");
  const dialog = events("define-dialog");
  const myRegistrations = events("my-registrations");
  const structuredData = events("structured-data");
  const feed = events("feed-source");
  const timeGrid = events("time-grid-view");
  const dayList = events("day-popover");
  const themes = events("themes");
  const roomBooking = build("community-room-booking");
  const rooms = roomBooking("community-room-booking");
  const bookingClient = roomBooking("booking-client");
  const bookingParts = roomBooking("booking-parts");
  const dayTimes = roomBooking("day-timeline");
  const volunteerSignup = build("community-volunteer-signup");
  const volunteers = volunteerSignup("community-volunteer-signup");
  const volunteerClient = volunteerSignup("volunteer-client");
  const signupParts = volunteerSignup("signup-parts");
  const partnerMapBuild = build("community-partner-map");
  const partnerMap = partnerMapBuild("community-partner-map");
  const mapView = partnerMapBuild("map-view");
  const loader = build("community-kit")("community-kit");
  const shared = build("shared");
  const throughLoader = new Set([
    ...loader,
    ...["community-events", "community-room-booking", "community-volunteer-signup", "community-partner-map"].flatMap((name) => [...shared(name)]),
  ]);
  const newTo = (files, already) => [...files].filter((file) => !already.has(file));
  const budgets = [
    { name: "auto-loader (community-kit.js)", files: [...loader], budget: 3 * KB },
    // The SDK alone: every export of its entry, as a developer's own page takes it (the outbox loads on demand).
    // Issue 7's 8 kB held with valibot; issue 17 moved the schemas to zod/mini, which developers validate with, and set 13.
    {
      name: "@community-kit/sdk alone (all its exports, zod/mini and the schemas it checks answers by)",
      size: (await bundleSize("sdk-alone", sdkEntry)).js,
      budget: 13 * KB,
    },
    // 25 kB (issue 2) until wall times across a clock change were read as Temporal's compatible does (issue 17, which
    // sets 27 kB, DESIGN.md's budget, for the entry).
    { name: "<community-events> entry (Lit included)", files: [...entry], budget: 27 * KB },
    // 13 kB until problem+json gained the conflicting shift that every client parses; 13.5 until
    // requests gained timeouts, retries with backoff and the circuit that spares a failing server; 14 until
    // residents' writes could wait in the offline outbox (whose own code loads only with a form), which also cut
    // the modules the client shares with it and with "my registrations" into chunks of their own; 15 until the
    // schemas moved from zod to valibot; 9 with valibot. Issue 17 moved them to zod/mini and set 15 for every API client.
    { name: "API client (SDK, zod/mini, registration schemas), beyond the entry", files: newTo(apiClient, entry), budget: 15 * KB },
    { name: "Chinese calendar (chinese-days), beyond the entry", files: newTo(chineseCalendar, entry), budget: 10 * KB },
    // 8 kB until the forms' shared sending messages (rate limited, origin not allowed) came, in all three languages;
    // 8.5 until a registration could wait on the device (what the form says then, and waiting for the answer);
    // 9 until a description's HTML was cleaned down to text structure and its character references decoded (issue 16);
    // 9.5 until a resident could ask to be told (issue 23: the box naming the community's ways, an address field, their words).
    { name: "event dialog with the registration form, beyond entry and client", files: newTo(dialog, new Set([...entry, ...apiClient])), budget: 10 * KB },
    { name: '"my registrations", beyond entry and client', files: newTo(myRegistrations, new Set([...entry, ...apiClient])), budget: 3 * KB },
    { name: "structured data (JSON-LD) for search engines, beyond the entry", files: newTo(structuredData, entry), budget: 2 * KB },
    { name: "week and day views (time grid), beyond the entry", files: newTo(timeGrid, entry), budget: 4 * KB },
    // floating-ui's computePosition and its middleware are six of it.
    { name: 'a day\'s list ("+N more"), its styles and its positioning (floating-ui), beyond the entry', files: newTo(dayList, entry), budget: 8.5 * KB },
    { name: "preset themes, for a page that names one, beyond the entry", files: newTo(themes, entry), budget: 1.5 * KB },
    // 20 kB until issue 21 moved the booking form's words (1.4 kB) into the form's chunk, whose budget took them.
    { name: "<community-room-booking> entry (Lit included)", files: [...rooms], budget: 19 * KB },
    // 14 kB until the booking form came, sharing the booking request's schema with the client; 15 until retries came;
    // 15.5 until the schemas moved from zod to valibot; 9 until they counted characters, refused arrays for objects and
    // integers out of range (issue 16); 9.5 until they moved to zod/mini (issue 17, which sets DESIGN.md's 15).
    { name: "booking client (SDK, zod/mini, resource schemas), beyond the room booking entry", files: newTo(bookingClient, rooms), budget: 15 * KB },
    // Loaded with the first room chosen: the rooms' cards come first.
    { name: "a room's day of times, beyond the room booking entry", files: newTo(dayTimes, rooms), budget: 2.5 * KB },
    // 6 kB until a booking could wait on the device ("my bookings" watches the outbox and says what became of it);
    // 7 until each booking had a short code, shown in "my bookings", and the form loaded the receipt as it sent;
    // 7.5 until the form's words (zh-CN, 1.4 kB) came out of the entry into it (issue 21); 9 until a resident
    // could ask to be told (issue 23: the box naming the community's ways, an address field with its check, their words).
    {
      name: 'booking form and "my bookings", beyond the room booking entry and client',
      files: newTo(bookingParts, new Set([...rooms, ...bookingClient])),
      budget: 9.5 * KB,
    },
    // The same module in each widget's build: the short code, its copy button, styles and words in three languages.
    {
      name: "a write's receipt, loaded as a booking is sent, beyond the booking form",
      files: newTo(roomBooking("write-receipt"), new Set([...rooms, ...bookingParts])),
      budget: 1 * KB,
    },
    { name: "<community-volunteer-signup> entry (Lit included)", files: [...volunteers], budget: 20 * KB },
    // 15 kB until requests gained timeouts, retries and the circuit; 15.5 until the schemas moved from zod to valibot;
    // 9 until they counted characters, refused arrays for objects and integers out of range (issue 16); 9.5 until they
    // moved to zod/mini (issue 17, which sets DESIGN.md's 15).
    { name: "volunteer client (SDK, zod/mini, opportunity schemas), beyond the volunteer entry", files: newTo(volunteerClient, volunteers), budget: 15 * KB },
    // 6 kB until a sign-up could wait on the device ("my shifts" watches the outbox and says what became of it);
    // 7 until a volunteer could ask to be told (issue 23: the box and an address field; their words are in the entry's table).
    {
      name: 'sign-up form and "my shifts", beyond the volunteer entry and client',
      files: newTo(signupParts, new Set([...volunteers, ...volunteerClient])),
      budget: 7.5 * KB,
    },
    // Issue 6: the widget without Leaflet at most 15 kB.
    { name: "<community-partner-map> entry (Lit included), without Leaflet", files: [...partnerMap], budget: 15 * KB },
    {
      name: "the map: Leaflet, its stylesheet, clustering (supercluster) and GCJ-02 (gcoord), beyond the partner map entry",
      files: newTo(mapView, partnerMap),
      budget: 56 * KB,
    },
    // Issue 20: a page with several widgets gets them through the loader from one build, sharing one Lit and runtime,
    // where their own four entries together are about 79 kB.
    { name: "all four widgets' entries through the loader (shared build), with the loader", files: [...throughLoader], budget: 53 * KB },
    { name: "iCalendar feed reader (ical.js) for src, beyond the entry", files: newTo(feed, entry), budget: 30 * KB },
    {
      name: "a zh-CN page on the API: entry, client, my registrations, Chinese calendar, structured data",
      files: [...new Set([...entry, ...apiClient, ...myRegistrations, ...chineseCalendar, ...structuredData])],
      // 50 kB until search-engine data and cancelled events came in, 51 until retries did, 51.5 until the outbox did,
      // 52.5 until the schemas moved from zod to valibot; 46.5 until they refused arrays for objects, integers out of
      // range and instants outside the years 0001-9999 (issue 16); 47 until they moved to zod/mini (issue 17, which sets
      // DESIGN.md's 53).
      budget: 53 * KB,
    },
  ];
  return budgets.map(({ name, files, size = files.reduce((sum, file) => sum + gzipped(file), 0), budget }) => ({ name, size, budget }));
}
