import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type DemoServer, startDemoServer } from "@community-kit/server/testing";
import { formatShortCode } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { CommunityApiError, CommunityNetworkError, MemoryResponseCache, createClient, isApiError } from "./index.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A fetch that records the status of every response it passes on. */
function recordingFetch() {
  const statuses: number[] = [];
  const requests: Headers[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    requests.push(new Headers(init?.headers));
    const response = await fetch(input, init);
    statuses.push(response.status);
    return response;
  };
  return { fetch: wrapped, statuses, requests };
}

describe("reading a community and its events", () => {
  it("returns the community, validated", async () => {
    const client = createClient({ baseUrl: server.url, community: "taihe" });
    const community = await client.community();
    expect(community.name).toBe("太和社区");
    expect(community.timezone).toBe("Asia/Shanghai");
  });

  it("lists a month by days or instants, filtered by categories", async () => {
    const client = createClient({ baseUrl: `${server.url}/`, community: "taihe" });
    const byDays = await client.events.list({ from: "2026-06-01", to: "2026-07-01", limit: 1000 });
    const byInstants = await client.events.list({ from: new Date("2026-05-31T16:00:00Z"), to: new Date("2026-06-30T16:00:00Z"), limit: 1000 });
    expect(byInstants.items.map((event) => event.id)).toEqual(byDays.items.map((event) => event.id));

    const festivals = await client.events.list({ from: "2026-06-01", to: "2026-07-01", category: ["festival", "health"] });
    expect(new Set(festivals.items.map((event) => event.category))).toEqual(new Set(["festival", "health"]));
  });

  it("follows the cursor through every page with listAll", async () => {
    const client = createClient({ baseUrl: server.url, community: "taihe", cache: false });
    const { fetch, statuses } = recordingFetch();
    const paged = createClient({ baseUrl: server.url, community: "taihe", fetch, cache: false });
    const everything = (await client.events.list({ limit: 1000 })).items;
    const all = await paged.events.listAll({ limit: 25 });
    expect(all.map((event) => event.id)).toEqual(everything.map((event) => event.id));
    expect(statuses.length).toBe(Math.ceil(everything.length / 25));
  });

  it("gets one event", async () => {
    const client = createClient({ baseUrl: server.url, community: "taihe" });
    const event = await client.events.get("zongzi-2026-06-19");
    expect(event.title).toBe("浓情端午包粽子");
  });
});

describe("typed errors", () => {
  it("turns a 404 problem into a CommunityApiError with its code", async () => {
    const client = createClient({ baseUrl: server.url, community: "atlantis" });
    const error = await client.community().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommunityApiError);
    expect(error).toMatchObject({ code: "community_not_found", status: 404 });

    const missing = await createClient({ baseUrl: server.url, community: "taihe" })
      .events.get("nope")
      .catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ code: "event_not_found", status: 404 });
    expect(isApiError(missing, "event_not_found")).toBe(true);
    expect(isApiError(missing, "community_not_found")).toBe(false);
  });

  it("tells its API errors by name, also one from another copy of the SDK, and nothing else", () => {
    const fromAnotherCopy = Object.assign(new Error("Not found"), { name: "CommunityApiError", code: "event_not_found", status: 404 });
    expect(isApiError(fromAnotherCopy)).toBe(true);
    expect(isApiError(fromAnotherCopy, "event_not_found")).toBe(true);
    for (const other of [
      new CommunityNetworkError("https://api.example.org"),
      new Error("boom"),
      undefined,
      null,
      "CommunityApiError",
      { code: "event_not_found" },
    ]) {
      expect(isApiError(other)).toBe(false);
    }
  });

  it("gives the fields at fault of a 400", async () => {
    const client = createClient({ baseUrl: server.url, community: "taihe" });
    const error = (await client.events.list({ from: "someday", limit: 0 }).catch((caught: unknown) => caught)) as CommunityApiError;
    expect(error.code).toBe("invalid_parameter");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["from", "limit"]);
  });

  it("turns a refused connection into a CommunityNetworkError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await createClient({ baseUrl: `http://127.0.0.1:${port}`, community: "taihe" })
      .community()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommunityNetworkError);
    expect(error).not.toBeInstanceOf(CommunityApiError);
  });

  it("rejects with the AbortError when the caller aborts", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await createClient({ baseUrl: server.url, community: "taihe" })
      .community({ signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toBe("AbortError");
  });
});

describe("responses that are not what the schema promises", () => {
  let rogue: Server;
  let rogueUrl: string;
  const answers: Record<string, { status: number; type: string; body: string }> = {
    "/v1/communities/missing-fields": { status: 200, type: "application/json", body: JSON.stringify({ id: "missing-fields" }) },
    "/v1/communities/not-json": { status: 200, type: "application/json", body: "{ this is not json" },
    "/v1/communities/html": { status: 200, type: "text/html", body: "<h1>Welcome to nginx</h1>" },
    "/v1/communities/bare-500": { status: 500, type: "text/plain", body: "Internal Server Error" },
    "/v1/communities/bad-problem": { status: 503, type: "application/problem+json", body: JSON.stringify({ oops: true }) },
  };

  beforeAll(async () => {
    rogue = createServer((request, response) => {
      const answer = answers[request.url ?? ""] ?? { status: 404, type: "text/plain", body: "" };
      response.writeHead(answer.status, { "Content-Type": answer.type }).end(answer.body);
    });
    await new Promise<void>((resolve) => rogue.listen(0, "127.0.0.1", resolve));
    rogueUrl = `http://127.0.0.1:${(rogue.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => rogue.close(resolve)));

  it.each([
    ["missing-fields", "invalid_response", 200],
    ["not-json", "invalid_response", 200],
    ["html", "invalid_response", 200],
    ["bare-500", "http_error", 500],
    ["bad-problem", "http_error", 503],
  ])("%s becomes a CommunityApiError %s", async (community, code, status) => {
    const error = await createClient({ baseUrl: rogueUrl, community })
      .community()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommunityApiError);
    expect(error).toMatchObject({ code, status });
  });

  it("turns the real server's 500 problem into internal_error", async () => {
    const broken = await startDemoServer();
    await broken.db.destroy();
    const error = await createClient({ baseUrl: broken.url, community: "taihe" })
      .community()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "internal_error", status: 500 });
    await broken.close();
  });
});

describe("the ETag cache", () => {
  it("revalidates with If-None-Match, gets a 304 and hands the cached copy over first", async () => {
    const cache = new MemoryResponseCache();
    const { fetch, statuses, requests } = recordingFetch();
    const client = createClient({ baseUrl: server.url, community: "taihe", fetch, cache });
    const fresh = await client.events.list({ from: "2026-06-01", to: "2026-07-01" });

    const handedOver: unknown[] = [];
    const again = await client.events.list({ from: "2026-06-01", to: "2026-07-01" }, { onCached: (value) => handedOver.push(value) });
    expect(statuses).toEqual([200, 304]);
    expect(requests[1]?.get("if-none-match")).toBeTruthy();
    expect(handedOver).toEqual([fresh]);
    expect(again).toEqual(fresh);
  });

  it("hands over a cached listing across pages, and nothing on a cold cache", async () => {
    const cache = new MemoryResponseCache();
    const client = createClient({ baseUrl: server.url, community: "taihe", cache });
    const handedOver: unknown[][] = [];
    const first = await client.events.listAll({ limit: 10 }, { onCached: (value) => handedOver.push(value) });
    expect(handedOver).toEqual([]);
    await client.events.listAll({ limit: 10 }, { onCached: (value) => handedOver.push(value) });
    expect(handedOver).toEqual([first]);
  });

  it("ignores a cached copy that no longer matches the schema", async () => {
    const cache = new MemoryResponseCache();
    const client = createClient({ baseUrl: server.url, community: "taihe", cache });
    const url = `${server.url}/v1/communities/taihe`;
    await cache.set(url, { etag: '"old"', body: { id: "taihe" }, storedAt: 0 });
    const handedOver: unknown[] = [];
    const community = await client.community({ onCached: (value) => handedOver.push(value) });
    expect(handedOver).toEqual([]);
    expect(community.name).toBe("太和社区");
  });
});

describe("registering", () => {
  it("registers, replays the same key, asks where it stands, and cancels with the token", async () => {
    const { addUpcomingEvent } = await import("@community-kit/server/testing");
    const eventId = await addUpcomingEvent(server.db, { capacity: 1 });
    const client = createClient({ baseUrl: server.url, community: "taihe", cache: false });
    const first = await client.events.register(eventId, { name: "李四", phone: "13700137000", partySize: 1, consent: true }, { idempotencyKey: "sdk-1" });
    expect(first.status).toBe("confirmed");
    const replay = await client.events.register(eventId, { name: "李四", phone: "13700137000", partySize: 1, consent: true }, { idempotencyKey: "sdk-1" });
    expect(replay).toEqual(first);
    const second = await client.events.register(eventId, { name: "王五", phone: "13700137001", partySize: 1, consent: true });
    expect(second).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await client.events.checkRegistration(eventId, second.registrationId, second.cancelToken)).toMatchObject({ status: "waitlisted", position: 1 });

    await client.events.cancelRegistration(eventId, first.registrationId, first.cancelToken);
    expect((await client.events.get(eventId)).registration?.waitlisted).toBe(0);
    expect(await client.events.checkRegistration(eventId, second.registrationId, second.cancelToken)).toEqual({
      registrationId: second.registrationId,
      status: "confirmed",
      eventCancelled: false,
    });
  });

  it("cancels by the short code read out with the phone, from a device that never saw the token", async () => {
    const { addUpcomingEvent } = await import("@community-kit/server/testing");
    const eventId = await addUpcomingEvent(server.db, { title: "健康讲座" });
    const registered = await createClient({ baseUrl: server.url, community: "taihe", cache: false }).events.register(eventId, {
      name: "陈阿姨",
      phone: "13500135777",
      partySize: 1,
      consent: true,
    });
    const elsewhere = createClient({ baseUrl: server.url, community: "taihe", cache: false });
    const wrongPhone = (await elsewhere
      .cancelByCode({ code: registered.shortCode, phone: "13500135778" })
      .catch((caught: unknown) => caught)) as CommunityApiError;
    expect(wrongPhone).toMatchObject({ code: "short_code_not_found", status: 404 });
    const cancelled = await elsewhere.cancelByCode({ code: formatShortCode(registered.shortCode), phone: "135 0013 5777" });
    expect(cancelled).toMatchObject({ kind: "registration", id: registered.registrationId, title: "健康讲座" });
    expect((await elsewhere.events.get(eventId)).registeredCount).toBe(0);
  });

  it("gives typed errors with the fields at fault", async () => {
    const { addUpcomingEvent } = await import("@community-kit/server/testing");
    const eventId = await addUpcomingEvent(server.db);
    const client = createClient({ baseUrl: server.url, community: "taihe", cache: false });
    const invalid = (await client.events
      .register(eventId, { name: "", phone: "123", partySize: 1, consent: true })
      .catch((caught: unknown) => caught)) as CommunityApiError;
    expect(invalid).toBeInstanceOf(CommunityApiError);
    expect(invalid.code).toBe("invalid_body");
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual(["name", "phone"]);

    const wrongToken = (await client.events.cancelRegistration(eventId, "nope", "nope").catch((caught: unknown) => caught)) as CommunityApiError;
    expect(wrongToken).toMatchObject({ code: "registration_not_found", status: 404 });
  });

  it("sends a write whose answer was lost once more with the same key, and registers once", async () => {
    const { addUpcomingEvent } = await import("@community-kit/server/testing");
    const eventId = await addUpcomingEvent(server.db);
    const keys: string[] = [];
    let dropped = false;
    // The server registers, but the answer never reaches the resident's phone.
    const losingFetch: typeof fetch = async (input, init) => {
      keys.push(new Headers(init?.headers).get("idempotency-key") ?? "");
      const response = await fetch(input, init);
      if (!dropped) {
        dropped = true;
        throw new TypeError("network connection lost");
      }
      return response;
    };
    const client = createClient({ baseUrl: server.url, community: "taihe", fetch: losingFetch, cache: false });
    const result = await client.events.register(eventId, { name: "赵六", phone: "13600136000", partySize: 2, consent: true });
    expect(result.status).toBe("confirmed");
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect((await createClient({ baseUrl: server.url, community: "taihe", cache: false }).events.get(eventId)).registeredCount).toBe(2);
  });
});

describe("the SDK's types", () => {
  // Checked by the type check of the tests (tsc -p tsconfig.tests.json in npm test).
  it("names an event CommunityEvent too, which does not shadow the DOM's Event", () => {
    expectTypeOf<import("./index.js").CommunityEvent>().toEqualTypeOf<import("@community-kit/schema").Event>();
    expectTypeOf<import("./index.js").CommunityEvent>().not.toEqualTypeOf<Event>();
  });

  it("types a queued write's answer after instanceof: a result, or else an error", () => {
    const { CommunityWriteQueued } = { CommunityWriteQueued: class {} as unknown as typeof import("./index.js").CommunityWriteQueued };
    const heard = (error: unknown) => {
      if (!(error instanceof CommunityWriteQueued)) return;
      void error.delivered.then((delivery) => {
        if (delivery.result) expectTypeOf(delivery.result.status).toEqualTypeOf<"confirmed" | "waitlisted" | "pending">();
        else expectTypeOf(delivery.error).toEqualTypeOf<import("./index.js").CommunityApiError>();
      });
    };
    expect(heard).toBeTypeOf("function");
  });

  it("tells a registration's and a sign-up's answers apart by status: only a waitlisted one has a position", () => {
    type Answer = import("./index.js").RegistrationResult | import("./volunteers.js").SignupResult;
    expectTypeOf<Extract<Answer, { status: "waitlisted" }>["position"]>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Answer, { status: "confirmed" }>["position"]>().toEqualTypeOf<undefined>();
    expectTypeOf<import("./index.js").RegistrationResult>().toEqualTypeOf<
      import("./index.js").ConfirmedRegistration | import("./index.js").WaitlistedRegistration
    >();
    expectTypeOf<import("./volunteers.js").SignupResult>().toEqualTypeOf<
      import("./volunteers.js").ConfirmedSignup | import("./volunteers.js").WaitlistedSignup
    >();
  });
});
