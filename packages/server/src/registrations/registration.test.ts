import { Event, Problem, RegistrationCheck, RegistrationResult } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, addUpcomingEvent, startDemoServer } from "../test-support/demo-server.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

const futureEvent = (options?: Parameters<typeof addUpcomingEvent>[1]) => addUpcomingEvent(server.db, options);

let keyCounter = 0;
function post(eventId: string, body: unknown, key: string | null = `key-${++keyCounter}`) {
  return fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify(body),
  });
}

const resident = (phone: string, partySize = 1) => ({ name: "张三", phone, partySize, consent: true });
const phone = (index: number) => `1380013${String(index).padStart(4, "0")}`;

async function publicEvent(eventId: string) {
  return z.parse(Event, await (await fetch(`${server.url}/v1/communities/taihe/events/${eventId}`)).json());
}

describe("POST …/registrations", () => {
  it("confirms a registration, counts it and says nothing about who in public", async () => {
    const eventId = await futureEvent();
    const response = await post(eventId, resident("138 0013 8000", 2));
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const result = z.parse(RegistrationResult, await response.json());
    expect(result).toMatchObject({ status: "confirmed", partySize: 2 });
    expect(result).not.toHaveProperty("position");
    expect(result.cancelToken.length).toBeGreaterThan(20);

    const event = await publicEvent(eventId);
    expect(event.registeredCount).toBe(2);
    expect(event.registration).toEqual({ open: true, maxPartySize: 4, waitlisted: 0 });
    const everything = await (await fetch(`${server.url}/v1/communities/taihe/events?limit=1000`)).text();
    expect(everything).not.toContain("13800138000");
    expect(everything).not.toContain("张三");
  });

  it("replays the first answer to the same Idempotency-Key and creates nothing", async () => {
    const eventId = await futureEvent();
    const first = await post(eventId, resident(phone(1)), "same-key");
    const again = await post(eventId, resident(phone(1)), "same-key");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect((await publicEvent(eventId)).registeredCount).toBe(1);
    const rows = await server.db.selectFrom("registrations").select("id").where("event_id", "=", eventId).execute();
    expect(rows).toHaveLength(1);
  });

  it("refuses a key reused for another request, and a request without a key", async () => {
    const eventId = await futureEvent();
    await post(eventId, resident(phone(2)), "reused-key");
    const reused = await post(eventId, resident(phone(3)), "reused-key");
    expect(reused.status).toBe(422);
    expect(z.parse(Problem, await reused.json()).code).toBe("idempotency_key_reused");
    const missing = await post(eventId, resident(phone(4)), null);
    expect(missing.status).toBe(400);
    expect(z.parse(Problem, await missing.json()).code).toBe("idempotency_key_missing");
  });

  it("names every field at fault and writes nothing", async () => {
    const eventId = await futureEvent({ maxPartySize: 3 });
    const bad = await post(eventId, { name: "", phone: "12345", partySize: 0, consent: false });
    expect(bad.status).toBe(400);
    const problem = z.parse(Problem, await bad.json());
    expect(problem.code).toBe("invalid_body");
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(["consent", "name", "partySize", "phone"]);

    const tooMany = z.parse(Problem, await (await post(eventId, resident(phone(5), 4))).json());
    expect(tooMany.errors).toEqual([{ field: "partySize", code: "too_big", message: "At most 3 people per registration for this event" }]);

    const notJson = await fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": "not-json" },
      body: "{ name:",
    });
    expect(notJson.status).toBe(400);
    expect(z.parse(Problem, await notJson.json()).errors?.[0]?.field).toBe("(body)");
    expect(await server.db.selectFrom("registrations").select("id").where("event_id", "=", eventId).execute()).toHaveLength(0);
    expect((await publicEvent(eventId)).registeredCount).toBe(0);
  });

  it("refuses the same phone twice for one event, however it is written", async () => {
    const eventId = await futureEvent();
    expect((await post(eventId, resident("13900139000"))).status).toBe(201);
    const twice = await post(eventId, resident("+86 139-0013-9000"));
    expect(twice.status).toBe(409);
    const problem = z.parse(Problem, await twice.json());
    expect(problem.code).toBe("duplicate_registration");
    expect(problem.errors?.[0]?.field).toBe("phone");
  });

  it("refuses an event that is over, one that takes no registrations, and one that does not exist", async () => {
    const past = await futureEvent({ endsInPast: true });
    expect(z.parse(Problem, await (await post(past, resident(phone(6)))).json()).code).toBe("event_past");
    const closed = await futureEvent({ open: false });
    expect(z.parse(Problem, await (await post(closed, resident(phone(7)))).json()).code).toBe("registration_closed");
    const missing = await post("no-such-event", resident(phone(8)));
    expect(missing.status).toBe(404);
    expect(z.parse(Problem, await missing.json()).code).toBe("event_not_found");
  });
});

describe("capacity under concurrency", () => {
  it("confirms exactly 10 places out of 100 simultaneous registrations and waitlists the rest in arrival order", async () => {
    const eventId = await futureEvent({ capacity: 10 });
    const answers = await Promise.all(
      Array.from({ length: 100 }, async (_, index) => {
        const response = await post(eventId, resident(phone(1000 + index), index % 3 === 0 ? 2 : 1));
        expect(response.status).toBe(201);
        return z.parse(RegistrationResult, await response.json());
      }),
    );
    const confirmed = answers.filter((answer) => answer.status === "confirmed");
    expect(confirmed.reduce((seats, answer) => seats + answer.partySize, 0)).toBe(10);
    expect((await publicEvent(eventId)).registeredCount).toBe(10);

    const rows = await server.db.selectFrom("registrations").select(["id", "seq", "status"]).where("event_id", "=", eventId).orderBy("seq").execute();
    const positions = new Map(answers.map((answer) => [answer.registrationId, "position" in answer ? answer.position : undefined]));
    const waitlistedInArrivalOrder = rows.filter((row) => row.status === "waitlisted").map((row) => positions.get(row.id));
    expect(waitlistedInArrivalOrder).toEqual(waitlistedInArrivalOrder.map((_, index) => index + 1));
    expect((await publicEvent(eventId)).registration?.waitlisted).toBe(waitlistedInArrivalOrder.length);
  });
});

describe("DELETE …/registrations/{id}", () => {
  const cancel = (eventId: string, registrationId: string, token?: string) =>
    fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations/${registrationId}`, {
      method: "DELETE",
      headers: token ? { "Cancel-Token": token } : {},
    });

  it("frees the places and promotes the next on the waitlist that fits", async () => {
    const eventId = await futureEvent({ capacity: 3 });
    const first = z.parse(RegistrationResult, await (await post(eventId, resident(phone(20), 2))).json());
    await post(eventId, resident(phone(21), 1));
    const bigParty = z.parse(RegistrationResult, await (await post(eventId, resident(phone(22), 3))).json());
    const single = z.parse(RegistrationResult, await (await post(eventId, resident(phone(23), 1))).json());
    expect([bigParty, single]).toMatchObject([
      { status: "waitlisted", position: 1 },
      { status: "waitlisted", position: 2 },
    ]);

    expect((await cancel(eventId, first.registrationId, first.cancelToken)).status).toBe(204);
    const statuses = await server.db.selectFrom("registrations").select(["id", "status"]).where("event_id", "=", eventId).execute();
    const statusOf = (id: string) => statuses.find((row) => row.id === id)?.status;
    expect(statusOf(first.registrationId)).toBe("cancelled");
    // Two places free: the party of three still does not fit; the single behind it does.
    expect(statusOf(bigParty.registrationId)).toBe("waitlisted");
    expect(statusOf(single.registrationId)).toBe("confirmed");
    const event = await publicEvent(eventId);
    expect(event.registeredCount).toBe(2);
    expect(event.registration?.waitlisted).toBe(1);

    expect((await cancel(eventId, first.registrationId, first.cancelToken)).status).toBe(204);
    expect((await publicEvent(eventId)).registeredCount).toBe(2);
  });

  it("refuses a wrong or missing token and an unknown registration", async () => {
    const eventId = await futureEvent();
    const mine = z.parse(RegistrationResult, await (await post(eventId, resident(phone(30)))).json());
    const wrong = await cancel(eventId, mine.registrationId, "guessed");
    expect(wrong.status).toBe(403);
    expect(z.parse(Problem, await wrong.json()).code).toBe("invalid_cancel_token");
    expect((await cancel(eventId, mine.registrationId)).status).toBe(403);
    expect(z.parse(Problem, await (await cancel(eventId, "nope", mine.cancelToken)).json()).code).toBe("registration_not_found");
    expect((await publicEvent(eventId)).registeredCount).toBe(1);
  });

  it("lets a web page on another origin register and cancel", async () => {
    const preflight = await fetch(`${server.url}/v1/communities/taihe/events/x/registrations`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://www.example.gov.cn",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, idempotency-key",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("idempotency-key");
  });
});

describe("GET …/registrations/{id}", () => {
  const check = (eventId: string, registrationId: string, token?: string) =>
    fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations/${registrationId}`, { headers: token ? { "Cancel-Token": token } : {} });
  const stands = async (eventId: string, held: RegistrationResult) => {
    const response = await check(eventId, held.registrationId, held.cancelToken);
    expect(response.headers.get("cache-control")).toBe("no-store");
    return z.parse(RegistrationCheck, await response.json());
  };

  it("says where a registration stands now: its waitlist place, moved up, called off, cancelled; and never who", async () => {
    const eventId = await futureEvent({ capacity: 1 });
    const first = z.parse(RegistrationResult, await (await post(eventId, resident(phone(40)))).json());
    const second = z.parse(RegistrationResult, await (await post(eventId, resident(phone(41), 2))).json());
    const third = z.parse(RegistrationResult, await (await post(eventId, resident(phone(42)))).json());
    expect(await stands(eventId, third)).toEqual({
      registrationId: third.registrationId,
      status: "waitlisted",
      position: 2,
      eventCancelled: false,
    });

    // The first gives back the place: the party of two does not fit, the single behind it moves up.
    await fetch(`${server.url}/v1/communities/taihe/events/${eventId}/registrations/${first.registrationId}`, {
      method: "DELETE",
      headers: { "Cancel-Token": first.cancelToken },
    });
    expect(await stands(eventId, third)).toMatchObject({ status: "confirmed", eventCancelled: false });
    expect(await stands(eventId, second)).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await stands(eventId, first)).toMatchObject({ status: "cancelled" });

    await server.db.updateTable("events").set({ status: "cancelled" }).where("id", "=", eventId).execute();
    const calledOff = await check(eventId, third.registrationId, third.cancelToken);
    const body = await calledOff.text();
    expect(z.parse(RegistrationCheck, JSON.parse(body))).toMatchObject({ status: "confirmed", eventCancelled: true });
    expect(body).not.toContain(phone(42));
    expect(body).not.toContain("张三");
  });

  it("refuses a wrong or missing token and an unknown registration", async () => {
    const eventId = await futureEvent();
    const mine = z.parse(RegistrationResult, await (await post(eventId, resident(phone(43)))).json());
    expect(z.parse(Problem, await (await check(eventId, mine.registrationId, "guessed")).json()).code).toBe("invalid_cancel_token");
    expect((await check(eventId, mine.registrationId)).status).toBe(403);
    expect(z.parse(Problem, await (await check(eventId, "nope", mine.cancelToken)).json()).code).toBe("registration_not_found");
    // The token of one event's registration reads nothing of another event.
    expect((await check(await futureEvent(), mine.registrationId, mine.cancelToken)).status).toBe(404);
  });
});
