import { type DemoServer, startDemoServer } from "@community-kit/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminClient } from "./admin.js";
import { CommunityApiError } from "./index.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A fetch that keeps the session cookie, as a browser does for the console at the server's own origin. */
function browserLikeFetch(): typeof fetch {
  let cookie: string | undefined;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set("Cookie", cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get("set-cookie");
    if (set) cookie = /Max-Age=0/.test(set) ? undefined : set.split(";")[0];
    return response;
  };
}

const consoleClient = () => createAdminClient({ baseUrl: server.url, community: "taihe", cache: false, fetch: browserLikeFetch() });

describe("client.session, without a key: as the staff console", () => {
  it("signs in, says who, manages what the role covers, and signs out", async () => {
    const client = consoleClient();
    expect(await client.session.current()).toBeUndefined();
    expect(await client.session.signIn("王芳", "taihe-admin-demo")).toEqual({ community: "taihe", name: "王芳", role: "admin", mustChangePassword: false });
    expect((await client.session.current())?.role).toBe("admin");
    const names = (await client.admin.staff.list()).map((account) => account.name);
    expect(names).toEqual(expect.arrayContaining(["王芳", "李娜", "张伟"]));
    await client.session.signOut();
    expect(await client.session.current()).toBeUndefined();
    await expect(client.admin.staff.list()).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("makes an account whose one-time password must be changed before anything else; a wrong password is invalid_credentials", async () => {
    const admin = consoleClient();
    await admin.session.signIn("王芳", "taihe-admin-demo");
    const { account, password } = await admin.admin.staff.add({ name: "郑红", role: "coordinator" });
    expect(account.mustChangePassword).toBe(true);

    const newcomer = consoleClient();
    const wrong = await newcomer.session.signIn("郑红", "not it").catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(CommunityApiError);
    expect((wrong as CommunityApiError).code).toBe("invalid_credentials");
    await newcomer.session.signIn("郑红", password);
    await expect(newcomer.admin.bookings.list()).rejects.toMatchObject({ code: "password_change_required" });
    expect((await newcomer.session.changePassword(password, "a new password of mine")).mustChangePassword).toBe(false);
    expect(Array.isArray(await newcomer.admin.bookings.list())).toBe(true);
    await expect(newcomer.admin.staff.list()).rejects.toMatchObject({ code: "forbidden" });

    await admin.admin.staff.disable(account.id);
    expect(await newcomer.session.current()).toBeUndefined();
  });
});
