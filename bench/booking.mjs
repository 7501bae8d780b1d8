// The server side of booking: availability of a resource with 1,000 bookings
// in the month, and booking throughput under contention, against the real
// server over HTTP on a fresh SQLite file. Returns a section of RESULTS.md.
import { startDemoServer } from "@community-kit/server/testing";
import { median, timed } from "./server-timing.mjs";

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const RUNS = 30;

/** A hall open round the clock, booked 1,000 times over a month a week from now. */
async function hallWithBookings(db, first) {
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: "00:00", close: "24:00" }));
  await db
    .insertInto("resources")
    .values({
      community_id: "taihe",
      id: "bench-hall",
      kind: "room",
      name: "基准测试礼堂",
      description: "",
      photos: "[]",
      amenities: "[]",
      location_name: "礼堂",
      timezone: "Asia/Shanghai",
      hours: JSON.stringify(hours),
      closures: "[]",
      limits: JSON.stringify({ slotMinutes: 30, minMinutes: 30, maxMinutes: 240, leadMinutes: 0, horizonDays: 60, bufferMinutes: 15 }),
      approval: 0,
      max_active_per_phone: 1000,
      position: 99,
      updated_at: new Date().toISOString(),
    })
    .execute();
  const start = Date.parse(`${first}T00:00:00+08:00`);
  const rows = Array.from({ length: 1000 }, (_, index) => ({
    id: `bench-${index}`,
    community_id: "taihe",
    resource_id: "bench-hall",
    // Every 44 minutes: 1,000 bookings over 30.5 days.
    start_at: new Date(start + index * 44 * 60_000).toISOString(),
    end_at: new Date(start + index * 44 * 60_000 + 30 * 60_000).toISOString(),
    units: 1,
    status: "confirmed",
    purpose: "bench",
    name: "bench",
    phone: "13800000000",
    cancel_token_hash: "x",
    created_at: new Date().toISOString(),
  }));
  for (let index = 0; index < rows.length; index += 200)
    await db
      .insertInto("bookings")
      .values(rows.slice(index, index + 200))
      .execute();
}

export async function benchBookings() {
  const server = await startDemoServer(new Date());
  try {
    const first = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await hallWithBookings(server.db, first);
    const afterMonth = new Date(Date.parse(`${first}T00:00:00Z`) + 31 * 86_400_000).toISOString().slice(0, 10);
    const availability = (to) => () => fetch(`${server.url}/v1/communities/taihe/resources/bench-hall/availability?from=${first}&to=${to}`);
    const dayAfter = new Date(Date.parse(`${first}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (let warm = 0; warm < 3; warm++) await timed(availability(afterMonth));
    const day = [];
    const month = [];
    for (let run = 0; run < RUNS; run++) {
      day.push(await timed(availability(dayAfter)));
      month.push(await timed(availability(afterMonth)));
    }

    // Contention: 200 requests at once for the same hour of one room; then 200 for 200 different slots.
    const post = (body, key) => () =>
      fetch(`${server.url}/v1/communities/taihe/bookings`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": key },
        body: JSON.stringify({ purpose: "bench", name: "王五", consent: true, ...body }),
      });
    const tuesday = (() => {
      const date = new Date(Date.now() + 7 * 86_400_000);
      while (date.getUTCDay() !== 2) date.setUTCDate(date.getUTCDate() + 1);
      return date.toISOString().slice(0, 10);
    })();
    const burst = async (requests) => {
      const start = performance.now();
      const results = await Promise.all(requests.map((request) => timed(request)));
      const seconds = (performance.now() - start) / 1000;
      return {
        perSecond: requests.length / seconds,
        p50: percentile(
          results.map((r) => r.ms),
          0.5,
        ),
        p95: percentile(
          results.map((r) => r.ms),
          0.95,
        ),
        results,
      };
    };
    const sameSlot = await burst(
      Array.from({ length: 200 }, (_, index) =>
        post(
          {
            resourceId: "calligraphy-room",
            start: `${tuesday}T09:00:00+08:00`,
            end: `${tuesday}T10:00:00+08:00`,
            phone: `1350000${String(index).padStart(4, "0")}`,
          },
          `bench-same-${index}`,
        ),
      ),
    );
    const base = Date.parse(`${afterMonth}T00:00:00+08:00`);
    const distinct = await burst(
      Array.from({ length: 200 }, (_, index) =>
        post(
          {
            resourceId: "bench-hall",
            start: new Date(base + index * 3_600_000).toISOString(),
            end: new Date(base + index * 3_600_000 + 1_800_000).toISOString(),
            phone: "13600000000",
          },
          `bench-distinct-${index}`,
        ),
      ),
    );
    const confirmedSame = sameSlot.results.filter((result) => result.status === 201).length;
    const confirmedDistinct = distinct.results.filter((result) => result.status === 201).length;
    const dayMedian = median(day.map((result) => result.server));
    const monthMedian = median(month.map((result) => result.server));
    const dayTrip = median(day.map((result) => result.ms));
    const monthTrip = median(month.map((result) => result.ms));
    console.log(
      `availability with 1,000 bookings, at the server: a day ${dayMedian.toFixed(1)} ms, the month ${monthMedian.toFixed(1)} ms (median of ${RUNS}; round trips ${dayTrip.toFixed(1)} and ${monthTrip.toFixed(1)} ms)`,
    );
    console.log(
      `200 at once for one slot: ${confirmedSame} confirmed, ${sameSlot.perSecond.toFixed(0)}/s; 200 distinct: ${confirmedDistinct} confirmed, ${distinct.perSecond.toFixed(0)}/s`,
    );
    return `## Booking: availability and contention (server)

\`bench/booking.mjs\`: the reference server in this Node.js process on a fresh SQLite file, asked over HTTP on localhost,
as a widget asks it. A hall open round the clock has 1,000 confirmed bookings over the month (one every 44 minutes, 15-minute buffers).
${RUNS} runs each after 3 warm-ups; medians in milliseconds. "At the server" is the app's own Server-Timing (routing, SQL, the rules,
JSON, ETag); the round trip adds the HTTP client, which shares this process.

| request | at the server | round trip | target (at the server) |
|---|---:|---:|---|
| availability of one day | ${dayMedian.toFixed(1)} ms | ${dayTrip.toFixed(1)} ms | at most 20 ms: ${dayMedian <= 20 ? "met" : "**not met**"} |
| availability of the month (31 days, 1,488 slots) | ${monthMedian.toFixed(1)} ms | ${monthTrip.toFixed(1)} ms | at most 20 ms: ${monthMedian <= 20 ? "met" : "**not met**"} |

Bookings under contention (immediate SQLite transactions, one writer at a time):

| burst | confirmed | requests per second | p50 | p95 |
|---|---:|---:|---:|---:|
| 200 at once for the same hour of 书画活动室 | ${confirmedSame} (the rest: 409 with alternatives) | ${sameSlot.perSecond.toFixed(0)} | ${sameSlot.p50.toFixed(0)} ms | ${sameSlot.p95.toFixed(0)} ms |
| 200 at once for 200 different hours of the hall | ${confirmedDistinct} | ${distinct.perSecond.toFixed(0)} | ${distinct.p50.toFixed(0)} ms | ${distinct.p95.toFixed(0)} ms |
`;
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchBookings());
