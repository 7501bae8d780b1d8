// Two server processes on one database, as when a centre runs two instances
// behind a load balancer: one SQLite file, or one PostgreSQL database. The
// places are held by the database, not by either process.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { startDemoSite } from "../support/demo-site.mjs";

// A hundred writes from one client in a second is a load test, not a resident: lift the per-client limit.
const env = { WRITE_LIMIT_PER_CLIENT: "10000" };

for (const engine of ["SQLite", "PostgreSQL"]) {
  describe(`two server processes on one ${engine} database`, () => {
    const sites = [];
    after(async () => {
      for (const site of sites.reverse()) await site.stop();
    });

    test("registrations sent to both at once never take more places than there are", async () => {
      const first = await startDemoSite({ postgres: engine === "PostgreSQL", env });
      sites.push(first);
      const second = await startDemoSite({ sharing: first, env });
      sites.push(second);
      const list = await (await fetch(`${first.url}/v1/communities/taihe/events?from=${new Date().toISOString()}&limit=1000`)).json();
      const event = list.items.find((candidate) => candidate.registration?.open && candidate.capacity - candidate.registeredCount >= 5);
      assert.ok(event, "the demo has an upcoming event with places left");
      const free = event.capacity - event.registeredCount;

      const attempts = free + 40;
      const answers = await Promise.all(
        Array.from({ length: attempts }, async (_, index) => {
          const server = index % 2 ? second : first;
          const response = await fetch(`${server.url}/v1/communities/taihe/events/${event.id}/registrations`, {
            method: "POST",
            headers: { "Content-Type": "application/json", "Idempotency-Key": `across-${index}` },
            body: JSON.stringify({ name: "王五", phone: `1370013${String(index).padStart(4, "0")}`, partySize: 1, consent: true }),
          });
          assert.equal(response.status, 201, await response.clone().text());
          return response.json();
        }),
      );
      assert.equal(answers.filter((answer) => answer.status === "confirmed").length, free);
      assert.equal(answers.filter((answer) => answer.status === "waitlisted").length, 40);
      const now = await (await fetch(`${second.url}/v1/communities/taihe/events/${event.id}`)).json();
      assert.equal(now.registeredCount, event.capacity);
      assert.equal(now.registration.waitlisted, 40);
    });
  });
}
