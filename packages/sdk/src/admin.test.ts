import { createApiKey, type DemoServer, daysFromNow, startDemoServer, weekdayAhead } from "@community-kit/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminClient } from "./admin.js";
import { CommunityApiError, createClient } from "./index.js";
import { createBookingClient } from "./bookings.js";
import { createVolunteerClient } from "./volunteers.js";

let server: DemoServer;
let apiKey: string;
beforeAll(async () => {
  server = await startDemoServer();
  apiKey = await createApiKey(server.db, "taihe", "sdk tests");
});
afterAll(async () => {
  await server?.stop();
});

describe("client.admin", () => {
  it("sets a year's official days, which the community then carries to every widget", async () => {
    const client = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false });
    const year = daysFromNow(400).getUTCFullYear();
    const days = [
      { date: `${year}-10-01`, kind: "rest" as const, name: "国庆节" },
      { date: `${year}-10-10`, kind: "work" as const, name: "国庆节" },
    ];
    expect(await client.admin.officialDays.set(year, days)).toEqual(days);
    expect(await client.admin.officialDays.get(year)).toEqual(days);
    const community = await createClient({ baseUrl: server.url, community: "taihe", cache: false }).community();
    expect(community.officialDays?.filter((day) => day.date.startsWith(`${year}-`))).toEqual(days);
  });

  it("creates a series, registers for an occurrence, lists and exports who registered, then deletes it", async () => {
    const client = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false });
    const series = await client.admin.events.create({
      id: "paper-cutting",
      title: "剪纸课",
      start: "2031-05-06T14:30:00+08:00",
      end: "2031-05-06T16:00:00+08:00",
      location: { name: "书画活动室" },
      category: "class",
      capacity: 8,
      registration: { open: true, maxPartySize: 2 },
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=6" },
    });
    expect(series.recurrence).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=6" });

    const [first] = await client.events.listAll({ from: "2031-05-01", to: "2031-06-01", q: "剪纸课" });
    expect(first!.id).toBe("paper-cutting-20310506t1430");
    await client.events.register(first!.id, { name: "刘奶奶", phone: "13811112222", partySize: 2, consent: true });

    const registrations = await client.admin.registrations.list(first!.id);
    expect(registrations.map((registration) => [registration.name, registration.phone, registration.partySize, registration.status])).toEqual([
      ["刘奶奶", "13811112222", 2, "confirmed"],
    ]);
    expect(await client.admin.registrations.exportCsv(first!.id)).toContain("刘奶奶,13811112222,2,已确认 confirmed");

    expect((await client.admin.events.update(first!.id, { title: "剪纸课（母亲节特别场）" })).title).toBe("剪纸课（母亲节特别场）");
    expect((await client.admin.events.cancel("paper-cutting")).status).toBe("cancelled");
    await client.admin.events.delete("paper-cutting");
    await expect(client.events.get(first!.id)).rejects.toMatchObject({ code: "event_not_found" });
  });

  it("throws the server's problem as a typed error: a wrong key, another community's, a bad field", async () => {
    const wrong = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey: "ck_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", cache: false });
    await expect(wrong.admin.registrations.list("x")).rejects.toMatchObject({ name: "CommunityApiError", status: 401, code: "unauthorized" });
    const elsewhere = createAdminClient({ baseUrl: server.url, community: "heping", apiKey, cache: false });
    await expect(elsewhere.admin.registrations.exportCsv("x")).rejects.toMatchObject({ status: 403, code: "forbidden" });
    const client = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false });
    const error = await client.admin.events
      .create({ title: "", start: "2031-05-06T14:30:00+08:00", end: "2031-05-06T16:00:00+08:00", location: { name: "x" }, category: "class" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommunityApiError);
    expect((error as CommunityApiError).fieldErrors.title).toBeDefined();
  });

  it("lists bookings awaiting approval and approves one", async () => {
    const client = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false });
    const date = weekdayAhead(6, 8);
    const response = await fetch(`${server.url}/v1/communities/taihe/bookings`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": `sdk-admin-${date}` },
      body: JSON.stringify({
        resourceId: "multi-purpose-room",
        start: `${date}T09:00:00+08:00`,
        end: `${date}T11:00:00+08:00`,
        purpose: "健康讲座",
        name: "钱医生",
        phone: "13500001111",
        consent: true,
      }),
    });
    const { bookingId } = await response.json();
    const pending = await client.admin.bookings.list({ status: "pending", from: date });
    expect(pending.map((booking) => [booking.id, booking.name])).toContainEqual([bookingId, "钱医生"]);
    expect((await client.admin.bookings.approve(bookingId)).status).toBe("confirmed");
  });

  it("stays out of the public client", () => {
    expect("admin" in createClient({ baseUrl: server.url, community: "taihe", cache: false })).toBe(false);
  });

  it("creates a team, an opportunity and a shift, sees who signed up, checks them in and reads the hours", async () => {
    const client = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false });
    await client.admin.volunteers.createTeam({ id: "library-helpers", name: "图书角志愿服务队", description: "周末整理社区图书角。" });
    const opportunity = await client.admin.volunteers.createOpportunity({
      id: "book-corner",
      teamId: "library-helpers",
      title: "整理图书角",
      location: { name: "图书阅览室" },
    });
    expect(opportunity.team.name).toBe("图书角志愿服务队");
    const start = daysFromNow(6);
    const shift = await client.admin.volunteers.createShift("book-corner", {
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 1,
    });

    const volunteers = createVolunteerClient({ baseUrl: server.url, community: "taihe", cache: false });
    const signup = await volunteers.shifts.signUp(shift.id, { name: "赵丽华", phone: "13311112222", consent: true });
    const waiting = await volunteers.shifts.signUp(shift.id, { name: "钱志明", phone: "13311113333", consent: true });
    expect(await client.admin.volunteers.signups(shift.id)).toEqual([
      expect.objectContaining({ name: "赵丽华", phone: "13311112222", status: "confirmed" }),
      expect.objectContaining({ name: "钱志明", status: "waitlisted", position: 1 }),
    ]);
    expect(await client.admin.volunteers.confirm(waiting.signupId)).toMatchObject({ name: "钱志明", status: "confirmed" });
    expect(await client.admin.volunteers.checkIn(signup.signupId)).toMatchObject({ attended: true });
    const error = await client.admin.volunteers.markAttendance(signup.signupId, false).catch((caught: unknown) => caught);
    expect((error as CommunityApiError).code).toBe("shift_not_started");

    const day = shift.start.slice(0, 10);
    expect((await client.admin.volunteers.hours({ from: day, to: day, team: "library-helpers" })).volunteers).toEqual([
      { name: "赵丽华", phone: "13311112222", shifts: 1, hours: 2 },
    ]);
    expect(await client.admin.volunteers.exportHoursCsv({ from: day, to: day, team: "library-helpers" })).toContain(
      "赵丽华,13311112222,整理图书角,图书角志愿服务队",
    );
  });

  it("answers a person's request for their data and its erasure, lists and revokes keys, and reads the audit log", async () => {
    const client = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false });
    const start = daysFromNow(5);
    const shift = await client.admin.volunteers.createShift("book-corner", {
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      capacity: 3,
    });
    await createVolunteerClient({ baseUrl: server.url, community: "taihe", cache: false }).shifts.signUp(shift.id, {
      name: "孙桂兰",
      phone: "13644445555",
      consent: true,
    });
    const held = await client.admin.personalData.get("136 4444 5555");
    expect(held.phone).toBe("13644445555");
    expect(held.signups).toEqual([expect.objectContaining({ shiftId: shift.id, name: "孙桂兰" })]);
    expect(await client.admin.personalData.erase("13644445555")).toEqual({ cancelled: 1, erased: 1 });
    expect((await client.admin.personalData.get("13644445555")).signups).toEqual([]);

    const spare = await createApiKey(server.db, "taihe", "spare laptop");
    const spareId = spare.split("_")[1]!;
    expect((await client.admin.keys.list()).map((key) => key.label)).toEqual(expect.arrayContaining(["sdk tests", "spare laptop"]));
    await client.admin.keys.revoke(spareId);
    expect((await client.admin.keys.list()).find((key) => key.id === spareId)?.revokedAt).toEqual(expect.any(String));
    const log = await client.admin.auditLog({ limit: 3 });
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ keyLabel: "sdk tests", method: "GET", path: "/v1/communities/taihe/api-keys" });
    const first = await client.admin.auditLogPage({ limit: 2 });
    const second = await client.admin.auditLogPage({ limit: 2, cursor: first.nextCursor! });
    // The first page starts with the read of the log above; the second goes on where it ended.
    expect([...first.items, ...second.items].map((entry) => `${entry.method} ${entry.path.split("/").at(-1)}`)).toEqual([
      "GET audit-log",
      "GET api-keys",
      `DELETE ${spareId}`,
      "GET api-keys",
    ]);
  });

  it("sets where notices go, lists a resident's notice with its delivery, and sends it again", async () => {
    const client = createAdminClient({ baseUrl: server.url, community: "taihe", apiKey, cache: false });
    // A gateway that is down: the notice waits to be tried again.
    const channels = await client.admin.notices.setChannels({
      webhook: { url: "http://127.0.0.1:9/notices", via: "sms", secret: "the-secret-both-ends-of-the-webhook-share" },
      email: null,
    });
    expect(channels).toEqual({ webhook: { url: "http://127.0.0.1:9/notices", via: "sms" }, email: null });
    expect(await client.admin.notices.channels()).toEqual(channels);
    const booking = await createBookingClient({ baseUrl: server.url, community: "taihe", cache: false }).bookings.create({
      resourceId: "chess-room",
      start: `${weekdayAhead(2, 9)}T15:00:00+08:00`,
      end: `${weekdayAhead(2, 9)}T16:00:00+08:00`,
      purpose: "象棋比赛",
      name: "孙大爷",
      phone: "13500002222",
      consent: true,
      notify: true,
    });
    const { items, nextCursor } = await client.admin.notices.list({ status: "pending" });
    expect([items.map((notice) => [notice.subjectId, notice.cause, notice.recipient]), nextCursor]).toEqual([
      [[booking.bookingId, "confirmed", "135****2222"]],
      null,
    ]);
    expect((await client.admin.notices.resend(items[0]!.id)).status).toBe("pending");
    await client.admin.notices.setChannels({ webhook: null, email: null });
  });
});
