// Load on the reference server, on loopback, bounded in time: reads of a month of events
// with and without the ETag (a browser or CDN revalidating gets a 304 with no body), and
// sign-ups and bookings under contention, on SQLite and on PostgreSQL side by side.
// autocannon drives it; the server runs in a child process so that the two do not share
// one event loop. Returns a section of RESULTS.md.
import { spawn } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";
import { listening, startReferenceServer } from "./reference-server.mjs";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const CONNECTIONS = 20;

/** The yardstick: a bare node:http server sending the bytes of `url`'s answer from memory (bare-server.mjs). */
async function startBare(url) {
  const child = spawn(process.execPath, [join(import.meta.dirname, "bare-server.mjs"), url], { stdio: ["ignore", "pipe", "inherit"] });
  const base = await listening(child);
  return { url: base + url.slice(new URL(url).origin.length), stop: () => child.kill("SIGTERM") };
}

const run = (options) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
const answers = (result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${count.toLocaleString("en")} × ${status}`)
    .join(", ") + (result.errors ? `, ${result.errors} errors` : "");
const row = (label, engine, result, bare) =>
  `| ${label} | ${engine} | ${Math.round(result.requests.average).toLocaleString("en")} | ${bare ? `${(result.requests.average / bare.requests.average).toFixed(2)}×` : ""} | ${result.latency.p50} | ${result.latency.p99} | ${answers(result)} |`;

/**
 * Revalidations as browsers make them: each request sends the ETag of the latest 200, so that a new
 * minute or version costs a full answer and then 304s again. (autocannon resets a request's context
 * after each, so the tag is kept here.) A run starts early in a minute, so that it crosses none.
 */
async function revalidated(url) {
  const leftOfMinute = 60_000 - (Date.now() % 60_000);
  if (leftOfMinute < (SECONDS + 2) * 1000) await new Promise((resolve) => setTimeout(resolve, leftOfMinute + 100));
  let latest = (await fetch(url)).headers.get("ETag");
  return run({
    url,
    requests: [
      {
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, "If-None-Match": latest } }),
        onResponse: (status, _body, _context, headers) => {
          if (status === 200 && headers.etag) latest = headers.etag;
        },
      },
    ],
  });
}

/** Every request a new resident, sent one after another on each connection; `request(n)` gives the nth's path and body. */
function contended(url, request) {
  let counter = 0;
  return run({
    url,
    method: "POST",
    requests: [
      {
        setupRequest: (base) => {
          const n = counter++;
          const { path, body } = request(n);
          return { ...base, path, headers: { "Content-Type": "application/json", "Idempotency-Key": `load-${n}-${Date.now()}` }, body: JSON.stringify(body) };
        },
      },
    ],
  });
}

/** The figures of one engine: reads with and without the ETag, sign-ups and bookings under contention. */
async function loadOn(engine, postgresUrl) {
  const server = await startReferenceServer({ postgresUrl, env: { WRITE_LIMIT_PER_CLIENT: "1000000", WRITE_LIMIT_PER_COMMUNITY: "1000000" } });
  try {
    const month = new Date().toISOString().slice(0, 7);
    const events = `${server.url}/v1/communities/taihe/events?from=${month}-01&limit=200`;
    const first = await fetch(events, { headers: { "Accept-Encoding": "identity" } });
    const kB = Math.round((await first.text()).length / 1000);
    // The bare server and ours by turns, so that both see the same machine.
    const bare = await startBare(events);
    const bareReads = await run({ url: bare.url });
    const plain = await run({ url: events });
    const bareRevalidations = await revalidated(bare.url);
    const revalidations = await revalidated(events);
    bare.stop();

    const opportunities = await (await fetch(`${server.url}/v1/communities/taihe/opportunities`)).json();
    const shifts = opportunities.items.flatMap((opportunity) => opportunity.shifts.map((shift) => shift.id)).slice(0, 5);
    const signups = await contended(server.url, (n) => ({
      path: `/v1/communities/taihe/shifts/${shifts[n % shifts.length]}/signups`,
      // The first shifts ahead may ask for a minimum age (tutoring): each volunteer confirms it, as the form asks.
      body: { name: "压测志愿者", phone: `1370${String(n).padStart(7, "0")}`, consent: true, meetsMinimumAge: true },
    }));

    // Bookings: every request an hour of the reading room on one of the next days, most of them taken already.
    const days = Array.from({ length: 10 }, (_, index) => new Date(Date.now() + (index + 2) * 86_400_000))
      .filter((day) => day.getUTCDay() !== 1)
      .map((day) => day.toISOString().slice(0, 10));
    const bookings = await contended(server.url, (n) => {
      const hour = 9 + (Math.floor(n / days.length) % 10);
      const at = (h) => `${days[n % days.length]}T${String(h).padStart(2, "0")}:00:00+08:00`;
      return {
        path: "/v1/communities/taihe/bookings",
        body: {
          resourceId: "reading-room",
          start: at(hour),
          end: at(hour + 1),
          purpose: "读书会",
          name: "压测居民",
          phone: `1360${String(n).padStart(7, "0")}`,
          consent: true,
        },
      };
    });
    return [
      row("bare node:http, the same bytes from memory", engine, bareReads),
      row(`a month of 太和's events (${kB} kB JSON)`, engine, plain, bareReads),
      row("bare node:http, 304s", engine, bareRevalidations),
      row("the same with If-None-Match (304, no body)", engine, revalidations, bareRevalidations),
      row(`sign-ups, each a new volunteer, over ${shifts.length} shifts (most waitlisted once full)`, engine, signups),
      row(`bookings, each a new resident, an hour of one room over ${days.length} days (most refused as taken)`, engine, bookings),
    ];
  } finally {
    await server.stop();
  }
}

export async function benchLoad() {
  const postgresUrl = process.env.BENCH_POSTGRES_URL;
  if (!postgresUrl) throw new Error("BENCH_POSTGRES_URL is not set: npm run bench starts a throwaway PostgreSQL server for the load figures");
  const sqlite = await loadOn("SQLite", undefined);
  const postgres = await loadOn("PostgreSQL", postgresUrl);
  const rows = sqlite.flatMap((line, index) => [line, postgres[index]]);
  return `## Load (server)

\`bench/load.mjs\`: the reference server as \`community-kit-server serve\` in its own process on a fresh database seeded
with the demo, a SQLite file or a PostgreSQL ${process.env.POSTGRES_VERSION ?? ""} database on the same machine (a throwaway
server with durability off, as \`scripts/lib/postgres.sh\` starts it), driven by autocannon ${CONNECTIONS} connections for
${SECONDS} s each over loopback (so the figures are the trio's, not the server's alone). Latency in ms.

| request | engine | requests/s | ÷ bare | p50 | p99 | answers |
|---|---|---:|---:|---:|---:|---|
${rows.join("\n")}

Each read is measured beside the yardstick of the issue (20): a bare \`node:http\` server (\`bench/bare-server.mjs\`) sending
the same bytes from memory, with its own ETag and 304s, in the same run; "÷ bare" is ours over it. Public reads answer
from the community's data version (raised by the database at every write): a 304 costs one read of that number, and
a read of a month kept under the current version and minute is sent as it was made. Revalidating connections send
the ETag of the latest 200, as browsers do, and each run falls within one minute. A community's writes take turns on either engine (an immediate
transaction on SQLite, an advisory lock on the community on PostgreSQL), so one community's write throughput is that
of one writer; on PostgreSQL other communities write beside it. PostgreSQL's writes are slower here because each
is several round trips to another process while the community's lock is held, where SQLite's are calls within the
server's own; either is many times the default limit of 600 writes a minute (10 a second) per community. Every
resident's write also counts towards the rate limits in the database (shared by all instances).`;
}
