// Load on the reference server, on loopback, bounded in time: reads of a month of events
// with and without the ETag (a browser or CDN revalidating gets a 304 with no body), and
// sign-ups under contention. autocannon drives it; the server runs in a child process so
// that the two do not share one event loop. Returns a section of RESULTS.md.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

const root = join(import.meta.dirname, "..");
const cli = join(root, "packages/server/dist/cli.js");
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const CONNECTIONS = 20;

async function startServer(env) {
  const folder = mkdtempSync(join(tmpdir(), "community-kit-load-"));
  const environment = { ...process.env, ...env, PORT: "0", DATABASE_URL: `sqlite:${join(folder, "load.db")}` };
  await new Promise((resolve, reject) => spawn(process.execPath, [cli, "seed", "demo"], { env: environment, stdio: "ignore" }).once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed ${code}`)))));
  const child = spawn(process.execPath, [cli, "serve"], { env: environment, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const match = /listening on (\S+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url, stop: () => (child.kill("SIGTERM"), new Promise((resolve) => child.once("exit", resolve)).then(() => rmSync(folder, { recursive: true, force: true }))) };
}

const run = (options) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
const answers = (result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${count.toLocaleString("en")} × ${status}`)
    .join(", ") + (result.errors ? `, ${result.errors} errors` : "");
const row = (label, result) => `| ${label} | ${Math.round(result.requests.average).toLocaleString("en")} | ${result.latency.p50} | ${result.latency.p99} | ${answers(result)} |`;

export async function benchLoad() {
  const server = await startServer({ WRITE_LIMIT_PER_CLIENT: "1000000", WRITE_LIMIT_PER_COMMUNITY: "1000000" });
  try {
    const month = new Date().toISOString().slice(0, 7);
    const events = `${server.url}/v1/communities/taihe/events?from=${month}-01&limit=200`;
    const first = await fetch(events);
    const etag = first.headers.get("ETag");
    const body = await first.text();
    const plain = await run({ url: events });
    const revalidated = await run({ url: events, headers: { "If-None-Match": etag } });

    // Sign-ups under contention: every request a new volunteer for the same few shifts.
    const opportunities = await (await fetch(`${server.url}/v1/communities/taihe/opportunities`)).json();
    const shifts = opportunities.items.flatMap((opportunity) => opportunity.shifts.map((shift) => shift.id)).slice(0, 5);
    let counter = 0;
    const signups = await run({
      url: server.url,
      method: "POST",
      requests: [
        {
          setupRequest: (request) => {
            const n = counter++;
            return {
              ...request,
              path: `/v1/communities/taihe/shifts/${shifts[n % shifts.length]}/signups`,
              headers: { "Content-Type": "application/json", "Idempotency-Key": `load-${n}-${Date.now()}` },
              body: JSON.stringify({ name: "压测志愿者", phone: `1370${String(n).padStart(7, "0")}`, consent: true }),
            };
          },
        },
      ],
    });
    return `## Load (server)

\`bench/load.mjs\`: the reference server as \`community-kit-server serve\` in its own process on a fresh SQLite file seeded
with the demo, driven by autocannon ${CONNECTIONS} connections for ${SECONDS} s each over loopback, on the same machine
(so the figures are the pair's, not the server's alone). Latency in ms.

| request | requests/s | p50 | p99 | answers |
|---|---:|---:|---:|---|
${row(`a month of 太和's events (${Math.round(body.length / 1000)} kB JSON)`, plain)}
${row("the same with If-None-Match (304, no body)", revalidated)}
${row(`sign-ups, each a new volunteer, spread over ${shifts.length} shifts (most waitlisted once full)`, signups)}

A 304 saves the network, not the server: the server still builds the month and hashes it to compare the ETag, so
revalidated reads cost it about what full ones do. Sign-ups are written one at a time (an immediate transaction each on
SQLite).`;
  } finally {
    await server.stop();
  }
}
