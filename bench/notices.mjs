// Notices (issue 23), against the real server on a fresh SQLite file: how many a delivery run hands
// a local gateway a second, beside the same signed POSTs sent with no database behind them (the
// floor); and what a burst of 1,000 approvals, each writing its notice in its transaction, does to
// the latency of a public read meanwhile. Returns a section of RESULTS.md.
import { createServer } from "node:http";
import { createApiKey, deliverDueNotices, networkTransport, postToWebhook, startDemoServer } from "@community-kit/server/testing";
import { timed } from "./server-timing.mjs";

const NOTICES = 2000;
const APPROVALS = 1000;
const SECRET = "the-benchmark-gateway-shares-this-secret";
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** A gateway that takes every notice at once, as a healthy one on the same machine does. */
function startGateway() {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      received++;
      response.writeHead(200).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, received: () => received, close: () => new Promise((done) => server.close(done)) }),
    ),
  );
}

/** One resident's registration that asked to be told, and `count` notices of it waiting to go. */
async function pendingNotices(db, count, now) {
  const event = await db.selectFrom("events").select("id").where("community_id", "=", "taihe").limit(1).executeTakeFirstOrThrow();
  await db
    .insertInto("registrations")
    .values({
      id: "bench-registration",
      community_id: "taihe",
      event_id: event.id,
      name: "王阿姨",
      phone: "13800138000",
      party_size: 1,
      status: "confirmed",
      cancel_token_hash: "x",
      created_at: now,
      notify: 1,
    })
    .execute();
  const body = JSON.stringify({ text: "【太和社区】您已报名“书法课堂”。", title: "书法课堂", subject: { type: "registration", id: "bench-registration" } });
  const rows = Array.from({ length: count }, (_, index) => ({
    id: `bench-notice-${index}`,
    community_id: "taihe",
    subject: "registration",
    subject_id: "bench-registration",
    cause: `bench-${index}`,
    channel: "webhook",
    recipient: "138****8000",
    body,
    created_at: now,
    tries_from: now,
    next_attempt_at: now,
  }));
  for (let index = 0; index < rows.length; index += 200)
    await db
      .insertInto("notices")
      .values(rows.slice(index, index + 200))
      .execute();
}

/** Pending bookings of the multi-purpose room (it needs approval), of residents who asked to be told or not, from `daysAhead` on. */
async function pendingBookings(db, count, { notify, prefix, daysAhead }) {
  const start = Date.now() + daysAhead * 86_400_000;
  const rows = Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    community_id: "taihe",
    resource_id: "multi-purpose-room",
    start_at: new Date(start + index * 3_600_000).toISOString(),
    end_at: new Date(start + index * 3_600_000 + 1_800_000).toISOString(),
    units: 1,
    status: "pending",
    purpose: "bench",
    name: "赵老师",
    phone: "13900139000",
    cancel_token_hash: "x",
    created_at: new Date().toISOString(),
    notify: notify ? 1 : 0,
  }));
  for (let index = 0; index < rows.length; index += 200)
    await db
      .insertInto("bookings")
      .values(rows.slice(index, index + 200))
      .execute();
}

/** Runs `work` with `concurrency` at a time over `items`. */
async function pool(items, concurrency, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

export async function benchNotices() {
  const server = await startDemoServer(new Date());
  const gateway = await startGateway();
  try {
    const key = await createApiKey(server.db, "taihe", "bench");
    const channels = { webhook: { url: gateway.url, via: "sms", secret: SECRET }, email: null };
    await fetch(`${server.url}/v1/communities/taihe/notice-channels`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify(channels),
    });

    // Delivery: runs of 50, as the server's loop makes them, until none waits.
    const now = new Date();
    await pendingNotices(server.db, NOTICES, now.toISOString());
    const deliveryStart = performance.now();
    let delivered = 0;
    for (;;) {
      const run = await deliverDueNotices(server.db, new Date(), networkTransport);
      delivered += run.delivered;
      if (!run.delivered && !run.retrying) break;
    }
    const deliverySeconds = (performance.now() - deliveryStart) / 1000;
    // The floor: the same signed POSTs, 50 at a time, with no database.
    const body = JSON.stringify({ text: "【太和社区】您已报名“书法课堂”。", to: { phone: "13800138000" } });
    const floorStart = performance.now();
    await pool(Array.from({ length: NOTICES }), 50, () => postToWebhook(channels.webhook, body, new Date()));
    const floorSeconds = (performance.now() - floorStart) / 1000;

    // Reads while 1,000 approvals are made, 10 at a time: of residents who asked to be told, then of as many who did not.
    const read = () => fetch(`${server.url}/v1/communities/taihe/events`, { headers: { "Cache-Control": "no-cache" } });
    for (let warm = 0; warm < 20; warm++) await timed(read);
    const quiet = [];
    for (let run = 0; run < 200; run++) quiet.push((await timed(read)).ms);
    const burst = async (prefix, notify, daysAhead) => {
      await pendingBookings(server.db, APPROVALS, { notify, prefix, daysAhead });
      const reads = [];
      let approving = true;
      const reading = (async () => {
        while (approving) reads.push((await timed(read)).ms);
      })();
      const start = performance.now();
      await pool(
        Array.from({ length: APPROVALS }, (_, index) => `${prefix}-${index}`),
        10,
        (id) =>
          fetch(`${server.url}/v1/communities/taihe/bookings/${id}/approve`, { method: "POST", headers: { Authorization: `Bearer ${key}` } }).then((response) =>
            response.arrayBuffer(),
          ),
      );
      const seconds = (performance.now() - start) / 1000;
      approving = false;
      await reading;
      return { reads, seconds };
    };
    const told = await burst("bench-told", true, 7);
    const untold = await burst("bench-untold", false, 60);
    const written = await server.db
      .selectFrom("notices")
      .select((select) => select.fn.countAll().as("count"))
      .where("cause", "=", "approved")
      .executeTakeFirstOrThrow();

    const ms = (value) => value.toFixed(1);
    return `## Notices (server)

Issue 23, on a fresh SQLite file with the demo's data, one Node.js process for the server and the benchmark, and a gateway
on the same machine (node:http) that answers 200 at once. ${NOTICES.toLocaleString("en")} notices waiting; delivery runs of 50 at a time, each
notice claimed, its subject read (the community's channels once a run), signed (HMAC-SHA256), POSTed and marked delivered,
as the server's loop does. The floor: the same number of signed POSTs, 50 at a time, with no database behind them.

| | notices | seconds | per second |
|---|---:|---:|---:|
| delivery runs | ${delivered.toLocaleString("en")} | ${deliverySeconds.toFixed(2)} | **${Math.round(delivered / deliverySeconds)}** |
| signed POSTs alone (floor) | ${NOTICES.toLocaleString("en")} | ${floorSeconds.toFixed(2)} | ${Math.round(NOTICES / floorSeconds)} |

Delivery runs at ${(NOTICES / floorSeconds / (delivered / deliverySeconds)).toFixed(1)}× the floor's time per notice. The gateway received ${gateway.received().toLocaleString("en")} POSTs in all.

Two bursts of ${APPROVALS.toLocaleString("en")} approvals, 10 at a time, each in its write transaction: first of residents who asked to be
told (each approval writes its notice: ${Number(written.count).toLocaleString("en")} written), then of as many who did not. Meanwhile one
client read the community's events (\`GET …/events\`, revalidating; every approval changes the community's data version, so
each read is worked out afresh) in a loop, in the same process as the server:

| | approvals a second | reads | read median ms | read p95 ms |
|---|---:|---:|---:|---:|
| quiet | — | ${quiet.length} | ${ms(percentile(quiet, 0.5))} | ${ms(percentile(quiet, 0.95))} |
| approvals that write a notice | ${Math.round(APPROVALS / told.seconds)} | ${told.reads.length} | ${ms(percentile(told.reads, 0.5))} | ${ms(percentile(told.reads, 0.95))} |
| approvals with nobody to tell | ${Math.round(APPROVALS / untold.seconds)} | ${untold.reads.length} | ${ms(percentile(untold.reads, 0.5))} | ${ms(percentile(untold.reads, 0.95))} |
`;
  } finally {
    await gateway.close();
    await server.stop();
  }
}

// Run alone: node bench/notices.mjs
if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchNotices());
