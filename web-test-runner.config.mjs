// Component tests of the widgets, in a real Chromium (Debian's, never a downloaded one).
// The browser runs in UTC so that tests prove events are placed in the community's zone.
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { playwrightLauncher } from "@web/test-runner-playwright";
import { addUpcomingEvent, createApiKey, setWriteOrigin, startDemoServer } from "./packages/server/dist/test-support/demo-server.js";

/** Where the test pages are served: the demo server takes residents' writes from pages there. */
const TEST_PORT = 8000;

const api = await startDemoServer();
process.on("exit", () => api.close());
for (const community of ["taihe", "heping", "riverside"]) await setWriteOrigin(api.db, community, `http://localhost:${TEST_PORT}`, true);

/** Events a month from now that take registrations: two places, parties of up to two. */
const upcoming = [];
for (const title of ["读书会（报名测试）", "合唱排练（报名测试）", "科普讲座（报名测试）"]) {
  const id = await addUpcomingEvent(api.db, { title, capacity: 2, maxPartySize: 2 });
  const { start_at } = await api.db.selectFrom("events").select("start_at").where("id", "=", id).executeTakeFirstOrThrow();
  upcoming.push({ id, title, day: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(start_at)) });
}

/** An event to come that takes registrations, changed by `change`: its id, title and day. */
async function upcomingEventWith(title, daysAhead, change) {
  const id = await addUpcomingEvent(api.db, { title, capacity: 10, daysAhead });
  await api.db.updateTable("events").set(change).where("id", "=", id).execute();
  const { start_at } = await api.db.selectFrom("events").select("start_at").where("id", "=", id).executeTakeFirstOrThrow();
  return { id, title, day: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(start_at)) };
}

/** One more, on a day of its own, for the tests of being told. */
upcoming.push(await upcomingEventWith("手工编织（通知测试）", 34, { capacity: 10 }));

/** An event the community has called off, two days later. */
const cancelled = await upcomingEventWith("太极拳（已取消测试）", 32, { status: "cancelled" });
/** An event whose registration closed before it (at the epoch: before any clock the tests run at). */
const closed = await upcomingEventWith("象棋比赛（截止测试）", 33, { registration_closes_at: new Date(0).toISOString() });

/** 太和社区 tells residents who ask, by SMS through its gateway and by e-mail (none is sent: no delivery runs here). */
await api.db
  .updateTable("communities")
  .set({
    notice_channels: JSON.stringify({
      webhook: { url: "http://127.0.0.1:9/notices", via: "sms", secret: "component-tests-share-this-secret-0001" },
      email: { host: "127.0.0.1", port: 25, secure: false, from: "太和社区 <notices@taihe.example.cn>" },
    }),
  })
  .where("id", "=", "taihe")
  .execute();

/** A management key of 太和社区, for tests that set up their own volunteer shifts. */
const managementKey = await createApiKey(api.db, "taihe", "component tests");

/**
 * Photos: one at a web address that shows (a demo picture, from this test server), one at a path on
 * the API's server that is gone, and a room without any.
 */
const photos = {
  "reading-room": [`http://localhost:${TEST_PORT}/examples/photos/reading-room.svg`],
  "chess-room": ["/photos/gone.jpg"],
  "calligraphy-room": [],
};
for (const [id, list] of Object.entries(photos)) {
  await api.db
    .updateTable("resources")
    .set({ photos: JSON.stringify(list) })
    .where("id", "=", id)
    .execute();
}

/** A 1×1 light grey PNG, served for every map tile. */
const TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC", "base64");

/** Broken answers for the error states, served by the test runner's own server. */
const brokenApi = {
  "/broken/v1/communities/taihe": { status: 500, type: "text/plain", body: "Internal Server Error" },
  "/malformed/v1/communities/taihe": { status: 200, type: "application/json", body: JSON.stringify({ id: "taihe", name: 42 }) },
  "/broken/v1/communities/taihe/resources": { status: 500, type: "text/plain", body: "Internal Server Error" },
  "/broken/v1/communities/taihe/partners": { status: 500, type: "text/plain", body: "Internal Server Error" },
  "/broken/v1/communities/taihe/opportunities": { status: 500, type: "text/plain", body: "Internal Server Error" },
  "/malformed/v1/communities/taihe/opportunities": {
    status: 200,
    type: "application/json",
    body: JSON.stringify({ items: [{ id: "x", title: 42 }], nextCursor: null }),
  },
  "/malformed/v1/communities/taihe/resources": {
    status: 200,
    type: "application/json",
    body: JSON.stringify({ items: [{ id: "x", name: 42 }], nextCursor: null }),
  },
};

/** A proxy to the real server (reads and writes) that a test can cut off, as if the visitor went offline. */
let flakyOnline = true;
async function flakyProxy(context) {
  if (context.path === "/flaky/__offline") {
    flakyOnline = false;
    context.body = "offline";
    return;
  }
  if (context.path === "/flaky/__online") {
    flakyOnline = true;
    context.body = "online";
    return;
  }
  if (!flakyOnline) {
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  return forward(context, "/flaky");
}

/** An API that has had enough of this client: reads go through, every write is refused as rate-limited. */
function limitedApi(context) {
  if (context.method === "GET") return forward(context, "/limited");
  context.status = 429;
  context.type = "application/problem+json";
  context.set("Retry-After", "60");
  context.set("Access-Control-Allow-Origin", "*");
  context.body = JSON.stringify({
    type: "https://community-kit.dev/problems/rate_limited",
    title: "Too many requests",
    status: 429,
    code: "rate_limited",
    detail: "At most 30 writes a minute from one client; try again in 60 s",
  });
}

/**
 * The staff console's API on the test pages' own origin, as the server serves the console beside it:
 * the session cookie (SameSite=Strict) goes both ways, and the server sees the page's origin as its
 * own. `__forget` drops the cookie, as when a session expires; `__offline`/`__online` cut it off;
 * `__hold-community` keeps the community's own answer (its zone, its categories) until `__release-community`.
 */
let consoleOnline = true;
let communityHeld;
let releaseCommunity = () => {};
async function consoleApi(context) {
  const path = context.path.slice("/console-api".length);
  if (path === "/__hold-community") {
    communityHeld = new Promise((resolve) => (releaseCommunity = resolve));
    context.body = path;
    return;
  }
  if (path === "/__release-community") {
    releaseCommunity();
    communityHeld = undefined;
    context.body = path;
    return;
  }
  if (communityHeld && /^\/v1\/communities\/[^/]+$/.test(path)) await communityHeld;
  if (path === "/__forget") {
    context.set("Set-Cookie", "ck_staff=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict");
    context.body = "forgotten";
    return;
  }
  if (path === "/__offline" || path === "/__online") {
    consoleOnline = path === "/__online";
    context.body = path;
    return;
  }
  if (!consoleOnline) {
    // Marked as not found by nothing: the test runner counts an unanswered request as a 404.
    context.status = 502;
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const headers = Object.fromEntries(
    ["Cookie", "Origin", "Sec-Fetch-Site", "If-None-Match", "Content-Type", "Idempotency-Key"]
      .map((name) => [name, context.get(name)])
      .filter(([, value]) => value),
  );
  const upstream = await fetch(`${api.url}${context.url.slice("/console-api".length)}`, {
    method: context.method,
    headers: { ...headers, "X-Forwarded-Host": context.host },
    body: chunks.length ? Buffer.concat(chunks) : undefined,
    redirect: "manual",
  });
  context.status = upstream.status;
  for (const header of ["Content-Type", "ETag", "Cache-Control", "Retry-After", "Content-Disposition"]) {
    const value = upstream.headers.get(header);
    if (value) context.set(header, value);
  }
  const cookies = upstream.headers.getSetCookie();
  if (cookies.length) context.set("Set-Cookie", cookies);
  context.body = upstream.status === 304 || upstream.status === 204 ? "" : Buffer.from(await upstream.arrayBuffer());
}

/** Sends the request on to the real API, without the path's first segment. */
async function forward(context, prefix) {
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const headers = Object.fromEntries(
    ["If-None-Match", "Content-Type", "Idempotency-Key", "Cancel-Token"].map((name) => [name, context.get(name)]).filter(([, value]) => value),
  );
  const upstream = await fetch(`${api.url}${context.url.slice(prefix.length)}`, {
    method: context.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
  context.status = upstream.status;
  for (const header of ["Content-Type", "ETag", "Cache-Control"]) {
    const value = upstream.headers.get(header);
    if (value) context.set(header, value);
  }
  context.body = upstream.status === 304 || upstream.status === 204 ? "" : await upstream.text();
}

export default {
  port: TEST_PORT,
  files: ["packages/*/test/**/*.test.ts"],
  nodeResolve: { exportConditions: ["source", "browser", "import", "default"] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: "tsconfig.base.json", target: "es2022" }),
    // What a screen reader gets: Playwright's ARIA snapshot of Chromium's accessibility tree, shadow roots included.
    {
      name: "aria-snapshot",
      async executeCommand({ command, payload, session }) {
        if (command !== "aria-snapshot") return undefined;
        return session.browser.getPage(session.id).locator(payload.selector).ariaSnapshot();
      },
    },
  ],
  middleware: [
    async (context, next) => {
      if (context.path.startsWith("/flaky/")) return flakyProxy(context);
      if (context.path.startsWith("/console-api/")) return consoleApi(context);
      if (context.path.startsWith("/limited/")) return limitedApi(context);
      // Map tiles from localhost (the internet's are out of reach): one plain tile for every address.
      if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(context.path)) {
        context.type = "image/png";
        context.body = TILE;
        return;
      }
      // An API that takes its time, for the loading states.
      if (context.path.startsWith("/slow/")) {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        context.status = 503;
        context.set("Access-Control-Allow-Origin", "*");
        return;
      }
      const answer = brokenApi[context.path];
      if (!answer) return next();
      context.status = answer.status;
      context.type = answer.type;
      context.set("Access-Control-Allow-Origin", "*");
      context.body = answer.body;
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="zh-CN"><body>
    <script>window.CK_TEST_API = ${JSON.stringify(api.url)}; window.CK_TEST_UPCOMING = ${JSON.stringify(upcoming)}; window.CK_TEST_CANCELLED = ${JSON.stringify(cancelled)}; window.CK_TEST_CLOSED = ${JSON.stringify(closed)}; window.CK_TEST_KEY = ${JSON.stringify(managementKey)};</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    playwrightLauncher({
      product: "chromium",
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
      },
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: "UTC", locale: "en-US" }),
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
};
