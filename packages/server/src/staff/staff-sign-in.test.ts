import { Problem, StaffSession } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { DEMO_STAFF } from "../seed/demo-staff.js";
import { type DemoServer, startDemoServer, startSecondServer, testClock } from "../test-support/demo-server.js";
import { addStaff } from "./staff-accounts.js";

let server: DemoServer;
let second: DemoServer;
// Each test signs in from an address of its own (behind a trusted proxy), so that failures counted for one address do not stop another test.
const limits = { perClientPerMinute: 100_000, perCommunityPerMinute: 100_000, trustProxy: true };
beforeAll(async () => {
  server = await startDemoServer(undefined, limits);
  second = await startSecondServer(server, limits);
});
afterAll(async () => {
  await second?.stop();
  await server?.stop();
});

let addresses = 0;
const newAddress = () => `203.0.113.${++addresses}`;

/** A request as the console at the server's own origin sends it, from `address`. */
function call(method: string, path: string, options: { body?: unknown; cookie?: string; origin?: string; address?: string; to?: DemoServer } = {}) {
  const base = (options.to ?? server).url;
  return fetch(`${base}/v1${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(method === "GET" ? {} : { Origin: options.origin ?? base }),
      "X-Forwarded-For": options.address ?? "198.51.100.1",
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

async function signIn(name: string, password: string, address = newAddress(), community = "taihe") {
  const response = await call("POST", "/staff/session", { body: { community, name, password }, address });
  const cookie = response.headers.get("set-cookie") ?? "";
  return { response, cookie, session: cookie.split(";")[0]! };
}

const problemCode = async (response: Response) => z.parse(Problem, await response.json()).code;

describe("staff sign-in", () => {
  it("signs in with the one-time password, in an HttpOnly, SameSite=Strict cookie; says who; signs out", async () => {
    const { password } = await addStaff(server.db, { communityId: "taihe", name: "陈静", role: "coordinator" }, testClock.now());
    expect(password).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    const { response, cookie, session } = await signIn("陈静", password);
    expect(response.status).toBe(200);
    expect(z.parse(StaffSession, await response.json())).toEqual({ community: "taihe", name: "陈静", role: "coordinator", mustChangePassword: true });
    expect(cookie).toMatch(/^ck_staff=[\w-]{32}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(response.headers.get("cache-control")).toBe("no-store");

    const who = await call("GET", "/staff/session", { cookie: session });
    expect(who.status).toBe(200);
    expect((await who.json()).name).toBe("陈静");
    // Held in the database: another instance knows the session.
    expect((await call("GET", "/staff/session", { cookie: session, to: second })).status).toBe(200);

    const out = await call("DELETE", "/staff/session", { cookie: session });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^ck_staff=; Max-Age=0; Path=\//);
    expect((await call("GET", "/staff/session", { cookie: session })).status).toBe(401);
  });

  it("keeps only an argon2id hash of the password, at OWASP's settings", async () => {
    const { password } = await addStaff(server.db, { communityId: "taihe", name: "赵敏", role: "editor" }, testClock.now());
    const row = await server.db.selectFrom("staff_accounts").select("password_hash").where("name", "=", "赵敏").executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(password);
  });

  it("answers a wrong password, an unknown name and an unknown community alike", async () => {
    const [admin] = DEMO_STAFF;
    const answers = await Promise.all(
      [
        ["taihe", admin!.name, "not the password"],
        ["taihe", "无此人", admin!.password],
        ["nowhere", admin!.name, admin!.password],
      ].map(async ([community, name, password]) => {
        const { response } = await signIn(name!, password!, newAddress(), community);
        const body = z.parse(Problem, await response.json());
        return [response.status, body.code, body.title, body.detail, response.headers.get("set-cookie")];
      }),
    );
    expect(answers).toEqual(
      Array(3).fill([401, "invalid_credentials", "Wrong name or password", "The name, the password or the community is not right", null]),
    );
  });

  it("makes an account wait after five failures within 15 minutes, even with the right password, and says when to try again", async () => {
    const { password } = await addStaff(server.db, { communityId: "taihe", name: "孙丽", role: "editor" }, testClock.now());
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn("孙丽", "guess", newAddress())).response.status).toBe(401);
    const { response } = await signIn("孙丽", password, newAddress());
    expect(response.status).toBe(429);
    expect(await problemCode(response)).toBe("too_many_attempts");
    expect(Number(response.headers.get("retry-after"))).toBe(15 * 60);
    // A name that has no account waits the same, so waiting says nothing of who exists.
    for (let attempt = 0; attempt < 5; attempt++) await signIn("从未有过", "guess", newAddress());
    expect((await signIn("从未有过", "guess", newAddress())).response.status).toBe(429);
  });

  it("limits one address across accounts: twenty failures, then it waits", async () => {
    const address = newAddress();
    for (let attempt = 0; attempt < 20; attempt++) expect((await signIn(`人${attempt}`, "guess", address)).response.status).toBe(401);
    const [admin] = DEMO_STAFF;
    expect((await signIn(admin!.name, admin!.password, address)).response.status).toBe(429);
    expect((await signIn(admin!.name, admin!.password, newAddress())).response.status).toBe(200);
  });

  it("ends a session idle for half an hour, one twelve hours old, and one an admin's change ended", async () => {
    const [, editor] = DEMO_STAFF;
    const { session } = await signIn(editor!.name, editor!.password);
    const token = session.split("=")[1]!;
    const back = (minutes: number) => new Date(testClock.now().getTime() - minutes * 60_000).toISOString();
    const { hashSecret } = await import("../http/secrets.js");
    const age = (column: "last_seen_at" | "created_at", minutes: number) =>
      server.db
        .updateTable("staff_sessions")
        .set({ [column]: back(minutes) })
        .where("id", "=", hashSecret(token))
        .execute();
    await age("last_seen_at", 29);
    expect((await call("GET", "/staff/session", { cookie: session })).status).toBe(200);
    await age("last_seen_at", 31);
    expect((await call("GET", "/staff/session", { cookie: session })).status).toBe(401);
    await age("last_seen_at", 0);
    await age("created_at", 12 * 60 + 1);
    expect((await call("GET", "/staff/session", { cookie: session })).status).toBe(401);
  });

  it("changes the one-time password: a new one of 12 characters or more, the right one now; other sessions end", async () => {
    const { password } = await addStaff(server.db, { communityId: "taihe", name: "周洁", role: "admin" }, testClock.now());
    const here = (await signIn("周洁", password)).session;
    const elsewhere = (await signIn("周洁", password)).session;
    const change = (current: string, next: string) => call("PUT", "/staff/password", { cookie: here, body: { current, next } });
    expect((await change(password, "short")).status).toBe(400);
    expect(await problemCode(await change("not it", "a long enough new one"))).toBe("invalid_credentials");
    const changed = await change(password, "a long enough new one");
    expect(changed.status).toBe(200);
    expect((await changed.json()).mustChangePassword).toBe(false);
    expect((await call("GET", "/staff/session", { cookie: here })).status).toBe(200);
    expect((await call("GET", "/staff/session", { cookie: elsewhere })).status).toBe(401);
    expect((await signIn("周洁", password)).response.status).toBe(401);
    expect((await signIn("周洁", "a long enough new one")).response.status).toBe(200);
  });

  it("refuses a sign-in, or a write carrying the session, sent from a page on another site", async () => {
    const [, , coordinator] = DEMO_STAFF;
    const forged = await call("POST", "/staff/session", {
      body: { community: "taihe", name: coordinator!.name, password: coordinator!.password },
      origin: "https://evil.example",
      address: newAddress(),
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get("set-cookie")).toBeNull();
    const { session } = await signIn(coordinator!.name, coordinator!.password);
    expect((await call("DELETE", "/staff/session", { cookie: session, origin: "https://evil.example" })).status).toBe(403);
    expect((await call("GET", "/staff/session", { cookie: session })).status).toBe(200);
  });
});
