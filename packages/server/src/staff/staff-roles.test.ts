import { AuditLog, Problem, StaffAccountList, StaffCredentials } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { DEMO_STAFF } from "../seed/demo-staff.js";
import { type DemoServer, startDemoServer, testClock } from "../test-support/demo-server.js";
import { addStaff } from "./staff-accounts.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

/** The session cookie of a member of the demo's staff, signed in as the console at the server's origin does. */
async function sessionOf(name: string, password = DEMO_STAFF.find((member) => member.name === name)!.password, community = "taihe"): Promise<string> {
  const response = await fetch(`${server.url}/v1/staff/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: server.url },
    body: JSON.stringify({ community, name, password }),
  });
  expect(response.status, name).toBe(200);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

function call(session: string, method: string, path: string, body?: unknown) {
  return fetch(`${server.url}/v1/communities/${path}`, {
    method,
    headers: { Cookie: session, Origin: server.url, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

// A whole hour a month on, as the API takes it: an offset, no milliseconds.
const inAMonth = (hour: number) =>
  new Date(Math.floor(testClock.now().getTime() / 3_600_000) * 3_600_000 + 30 * 86_400_000 + hour * 3_600_000).toISOString().replace(".000Z", "+00:00");
const event = {
  title: "太极拳入门",
  start: inAMonth(0),
  end: inAMonth(2),
  location: { name: "文化广场" },
  category: "class",
  capacity: 20,
  registration: { open: true, maxPartySize: 2 },
};

describe("what each role may manage", () => {
  it("lets an editor make events but not read who registered, nor the audit log", async () => {
    const editor = await sessionOf("李娜");
    const created = await call(editor, "POST", "taihe/events", event);
    expect(created.status).toBe(201);
    const { id } = await created.json();
    for (const path of [`taihe/events/${id}/registrations`, "taihe/audit-log", "taihe/bookings", "taihe/volunteer-hours"]) {
      const refused = await call(editor, "GET", path);
      expect(refused.status, path).toBe(403);
      expect(z.parse(Problem, await refused.json()).code).toBe("forbidden");
    }
  });

  it("lets a coordinator read registrations and bookings but not change events or rooms", async () => {
    const coordinator = await sessionOf("张伟");
    const [anEvent] = (await (await fetch(`${server.url}/v1/communities/taihe/events?limit=1`)).json()).items;
    expect((await call(coordinator, "GET", `taihe/events/${anEvent.id}/registrations`)).status).toBe(200);
    expect((await call(coordinator, "GET", "taihe/bookings")).status).toBe(200);
    expect((await call(coordinator, "POST", "taihe/events", event)).status).toBe(403);
    expect((await call(coordinator, "DELETE", "taihe/resources/chess-room")).status).toBe(403);
  });

  it("lets an admin read the audit log, where each member of staff's actions stand under their name", async () => {
    const editor = await sessionOf("李娜");
    await call(editor, "POST", "taihe/events", { ...event, title: "书法体验课" });
    const admin = await sessionOf("王芳");
    const log = z.parse(AuditLog, await (await call(admin, "GET", "taihe/audit-log?limit=5")).json());
    expect(log.items.find((entry) => entry.method === "POST" && entry.path === "/v1/communities/taihe/events")).toMatchObject({
      keyId: "staff:demo-editor",
      keyLabel: "李娜",
      status: 201,
    });
    // Signing in is written down too, under the name (a failed try is not: it names no one for sure).
    expect(log.items.find((entry) => entry.path === "/v1/staff/session" && entry.keyLabel === "李娜")).toMatchObject({ method: "POST", status: 200 });
  });

  it("refuses another community's staff, and an account that still has its one-time password", async () => {
    const admin = await sessionOf("王芳");
    expect((await call(admin, "GET", "heping/audit-log")).status).toBe(403);
    const { password } = await addStaff(server.db, { communityId: "taihe", name: "新同事", role: "admin" }, testClock.now());
    const newcomer = await sessionOf("新同事", password);
    const refused = await call(newcomer, "GET", "taihe/audit-log");
    expect(refused.status).toBe(403);
    expect(z.parse(Problem, await refused.json()).code).toBe("password_change_required");
  });
});

describe("an admin manages the staff", () => {
  it("lists the accounts, adds one with a one-time password, changes a role; only an admin may", async () => {
    const admin = await sessionOf("王芳");
    const listed = z.parse(StaffAccountList, await (await call(admin, "GET", "taihe/staff")).json());
    expect(listed.items.filter((account) => account.id.startsWith("demo-")).map(({ name, role }) => [name, role])).toEqual([
      ["王芳", "admin"],
      ["李娜", "editor"],
      ["张伟", "coordinator"],
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/password|argon2/);
    const added = await call(admin, "POST", "taihe/staff", { name: "吴磊", role: "coordinator" });
    expect(added.status).toBe(201);
    const { account, password } = z.parse(StaffCredentials, await added.json());
    expect(account).toMatchObject({ name: "吴磊", role: "coordinator", mustChangePassword: true, disabledAt: null });
    expect((await call(admin, "POST", "taihe/staff", { name: "吴磊", role: "editor" })).status).toBe(409);
    const changed = await call(admin, "PATCH", `taihe/staff/${account.id}`, { role: "editor" });
    expect((await changed.json()).role).toBe("editor");
    await sessionOf("吴磊", password);
    for (const name of ["李娜", "张伟"]) expect((await call(await sessionOf(name), "GET", "taihe/staff")).status, name).toBe(403);
  });

  it("disables an account, whose sessions end at once; resets a forgotten password; never leaves the community without an admin", async () => {
    await addStaff(server.db, { communityId: "heping", name: "林志明", role: "admin", password: "heping-admin-test" }, testClock.now());
    await addStaff(server.db, { communityId: "heping", name: "黃美玲", role: "coordinator", password: "heping-coordinator-test" }, testClock.now());
    const admin = await sessionOf("林志明", "heping-admin-test", "heping");
    const coordinator = await sessionOf("黃美玲", "heping-coordinator-test", "heping");
    const accounts = z.parse(StaffAccountList, await (await call(admin, "GET", "heping/staff")).json()).items;
    const idOf = (name: string) => accounts.find((account) => account.name === name)!.id;

    const demoted = await call(admin, "PATCH", `heping/staff/${idOf("林志明")}`, { role: "editor" });
    expect(demoted.status).toBe(409);
    expect(z.parse(Problem, await demoted.json()).code).toBe("last_admin");
    expect((await call(admin, "DELETE", `heping/staff/${idOf("林志明")}`)).status).toBe(409);

    const reset = z.parse(StaffCredentials, await (await call(admin, "POST", `heping/staff/${idOf("黃美玲")}/password-reset`)).json());
    expect(reset.account.mustChangePassword).toBe(true);
    expect((await fetch(`${server.url}/v1/staff/session`, { headers: { Cookie: coordinator } })).status).toBe(401);
    const again = await sessionOf("黃美玲", reset.password, "heping");

    expect((await call(admin, "DELETE", `heping/staff/${idOf("黃美玲")}`)).status).toBe(204);
    expect((await fetch(`${server.url}/v1/staff/session`, { headers: { Cookie: again } })).status).toBe(401);
    const signIn = await fetch(`${server.url}/v1/staff/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: server.url },
      body: JSON.stringify({ community: "heping", name: "黃美玲", password: reset.password }),
    });
    expect(signIn.status).toBe(401);
    expect((await call(admin, "DELETE", `heping/staff/nobody`)).status).toBe(404);
  });
});
