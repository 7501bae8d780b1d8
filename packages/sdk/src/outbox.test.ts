import { type DemoServer, addShift, addUpcomingEvent, startDemoServer, weekdayAhead } from "@community-kit/server/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createBookingClient } from "./bookings.js";
import { createClient } from "./client.js";
import { createVolunteerClient } from "./volunteers.js";
import { CommunityNetworkError, CommunityWriteQueued } from "./errors.js";
import { flushOutbox, onDelivered, onQueued, pendingWrites } from "./outbox.js";
import type { Delivery } from "./queued-write.js";

// Under Node the outbox lives in memory, when a client asks for it (outbox: true); the browser's
// IndexedDB outbox, on by default, across a page closed and opened again, is shown end to end
// (test/e2e/offline-registration).
let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A connection the test turns off and on; `sent` counts what reached the server. */
function network() {
  const state = { mode: "online" as "online" | "offline" | "answer lost" | "server down", sent: 0, tries: 0 };
  const fetcher: typeof fetch = async (input, init) => {
    state.tries++;
    if (state.mode === "offline") throw new TypeError("Failed to fetch");
    if (state.mode === "server down") return new Response("busy", { status: 503 });
    state.sent++;
    const response = await fetch(input, init);
    if (state.mode === "answer lost") throw new TypeError("network connection was lost");
    return response;
  };
  return { state, fetch: fetcher };
}

const options = (fetcher: typeof fetch) => ({
  baseUrl: server.url,
  community: "taihe",
  cache: false as const,
  fetch: fetcher,
  retry: { attempts: 1, circuitFailures: 1000 },
  outbox: true,
});
const resident = (phone: string) => ({ name: "赵阿姨", phone, partySize: 2, consent: true as const });
const registrationsOf = (eventId: string) => server.db.selectFrom("registrations").select(["id", "status"]).where("event_id", "=", eventId).execute();

async function queuedBy(promise: Promise<unknown>): Promise<CommunityWriteQueued> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(CommunityWriteQueued);
  return error as CommunityWriteQueued;
}

describe("the outbox", () => {
  it("keeps a registration made offline, sends it when the connection returns, and it is done once", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 10 });
    const connection = network();
    const client = createClient(options(connection.fetch));
    connection.state.mode = "offline";
    const queued = await queuedBy(client.events.register(eventId, resident("13800138001")));
    expect(queued.write).toMatchObject({ kind: "registration", subject: eventId, source: `${server.url}/v1/communities/taihe` });
    expect((await pendingWrites({ kind: "registration" })).map((write) => write.key)).toEqual([queued.write.key]);
    expect(await registrationsOf(eventId)).toEqual([]);

    connection.state.mode = "online";
    expect(await flushOutbox()).toBe(0);
    const delivery = await queued.delivered;
    expect(delivery.result).toMatchObject({ status: "confirmed", partySize: 2 });
    expect(await registrationsOf(eventId)).toEqual([{ id: (delivery.result as { registrationId: string }).registrationId, status: "confirmed" }]);
    expect(await pendingWrites()).toEqual([]);
    const sent = connection.state.sent;
    expect(await flushOutbox()).toBe(0);
    expect(connection.state.sent).toBe(sent);
  });

  it("tells listeners of each write it keeps, of the kind and source they follow", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 10 });
    const connection = network();
    const client = createClient(options(connection.fetch));
    const registrations: string[] = [];
    const signups: string[] = [];
    const stop = onQueued((write) => registrations.push(write.key), { kind: "registration", source: `${server.url}/v1/communities/taihe` });
    const stopSignups = onQueued((write) => signups.push(write.key), { kind: "signup" });
    connection.state.mode = "offline";
    const first = await queuedBy(client.events.register(eventId, resident("13800138011")));
    stop();
    await queuedBy(client.events.register(eventId, resident("13800138012")));
    stopSignups();
    expect(registrations).toEqual([first.write.key]);
    expect(signups).toEqual([]);
    connection.state.mode = "online";
    await flushOutbox();
  });

  it("sends a write whose answer was lost again with its key, and the server does it once", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 10 });
    const connection = network();
    const client = createClient(options(connection.fetch));
    connection.state.mode = "answer lost";
    const queued = await queuedBy(client.events.register(eventId, resident("13800138002")));
    expect(await registrationsOf(eventId)).toHaveLength(1);

    connection.state.mode = "online";
    await flushOutbox();
    const delivery = await queued.delivered;
    expect(await registrationsOf(eventId)).toEqual([{ id: (delivery.result as { registrationId: string }).registrationId, status: "confirmed" }]);
  });

  it("delivers a conflict that happened meanwhile as the write's answer, and keeps it no longer", async () => {
    const connection = network();
    const offline = createBookingClient(options(connection.fetch));
    const online = createBookingClient({ baseUrl: server.url, community: "taihe", cache: false });
    const day = weekdayAhead(4, 9);
    const request = {
      resourceId: "chess-room",
      start: `${day}T19:00:00+08:00`,
      end: `${day}T20:00:00+08:00`,
      purpose: "象棋友谊赛",
      name: "李大爷",
      phone: "13900002001",
      consent: true as const,
    };
    connection.state.mode = "offline";
    const queued = await queuedBy(offline.bookings.create(request));
    expect((await online.bookings.create({ ...request, phone: "13900002002" })).status).toBe("confirmed");

    connection.state.mode = "online";
    await flushOutbox();
    const delivery = await queued.delivered;
    expect(delivery.error).toMatchObject({ code: "slot_unavailable", status: 409 });
    expect(await pendingWrites()).toEqual([]);
  });

  it("keeps a sign-up while the server is down, one try a round, and keeps its answer for the first page that listens", async () => {
    const shiftId = await addShift(server.db, { capacity: 3 });
    const connection = network();
    const client = createVolunteerClient(options(connection.fetch));
    connection.state.mode = "server down";
    const queued = await queuedBy(client.shifts.signUp(shiftId, { name: "钱师傅", phone: "13700002001", consent: true }));
    expect(await flushOutbox()).toBe(1);
    expect(await flushOutbox()).toBe(1);
    expect(await pendingWrites({ kind: "signup" })).toHaveLength(1);

    connection.state.mode = "online";
    expect(await flushOutbox()).toBe(0);
    // Nobody listened when it went through: the first listener (a page opened later) is told, and only it.
    const heard: Delivery<"signup">[] = [];
    onDelivered<"signup">((delivery) => heard.push(delivery), { kind: "signup" });
    await vi.waitFor(() => expect(heard.map((delivery) => [delivery.write.key, delivery.result?.status])).toEqual([[queued.write.key, "confirmed"]]));
    const later: Delivery[] = [];
    onDelivered((delivery) => later.push(delivery), { kind: "signup" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(later).toEqual([]);
  });

  it("does not storm a server that stays down: rounds wait longer each time, up to five minutes", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const eventId = await addUpcomingEvent(server.db, { capacity: 10 });
      const connection = network();
      connection.state.mode = "server down";
      await queuedBy(createClient(options(connection.fetch)).events.register(eventId, resident("13800138005")));
      const first = connection.state.tries;
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      // Waits of 5, 10, 20, 40, 80, 160 and then 300 s, each drawn between half and all of it: 6 to 9 rounds in ten minutes.
      const rounds = connection.state.tries - first;
      expect(rounds).toBeGreaterThanOrEqual(6);
      expect(rounds).toBeLessThanOrEqual(9);
      connection.state.mode = "online";
      expect(await flushOutbox()).toBe(0);
      expect(await registrationsOf(eventId)).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("is off by default under Node, where it could only live in memory: the write fails as a network error", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 10 });
    const connection = network();
    connection.state.mode = "offline";
    const { outbox: _, ...withoutOutbox } = options(connection.fetch);
    const client = createClient(withoutOutbox);
    await expect(client.events.register(eventId, resident("13800138006"))).rejects.toBeInstanceOf(CommunityNetworkError);
    expect(await pendingWrites()).toEqual([]);
  });

  it("is not used by a client made without it: the write fails as a network error", async () => {
    const eventId = await addUpcomingEvent(server.db, { capacity: 10 });
    const connection = network();
    connection.state.mode = "offline";
    const client = createClient({ ...options(connection.fetch), outbox: false });
    await expect(client.events.register(eventId, resident("13800138004"))).rejects.toBeInstanceOf(CommunityNetworkError);
    expect(await pendingWrites()).toEqual([]);
  });
});
