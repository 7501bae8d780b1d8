import { TeamList, ManagedSignup, Opportunity, Problem, Shift, SignupResult, VolunteerHours, dayOf } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, addShift, createApiKey, daysFromNow, startDemoServer, testClock } from "../test-support/demo-server.js";

let server: DemoServer;
let key: string;
let otherKey: string;
beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "volunteer desk");
  otherKey = await createApiKey(server.db, "heping", "other desk");
});
afterAll(async () => {
  await server?.stop();
});

/** A staff request, with this community's key unless `bearer` says another (null: none). */
function staff(method: string, path: string, body?: unknown, bearer: string | null = key) {
  return fetch(`${server.url}/v1/communities/taihe${path}`, {
    method,
    headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

let keys = 0;
async function signUp(shiftId: string, name: string, phone: string, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/v1/communities/taihe/shifts/${shiftId}/signups`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `manage-${++keys}` },
    body: JSON.stringify({ name, phone, consent: true, ...extra }),
  });
  expect(response.status).toBe(201);
  return z.parse(SignupResult, await response.json());
}

/** Moves a shift into the past (sign-ups close when a shift starts, so tests sign up first). */
async function moveToPast(shiftId: string, daysAgo: number, hours = 2) {
  const start = daysFromNow(-daysAgo);
  await server.db
    .updateTable("shifts")
    .set({ start_at: start.toISOString(), end_at: new Date(start.getTime() + hours * 3_600_000).toISOString() })
    .where("id", "=", shiftId)
    .execute();
}

describe("volunteer management needs the community's key", () => {
  it("answers 401 without a key and 403 with another community's, on every route", async () => {
    const routes: Array<[string, string]> = [
      ["POST", "/teams"],
      ["POST", "/opportunities"],
      ["POST", "/opportunities/clean-up-day/shifts"],
      ["GET", "/shifts/x/signups"],
      ["POST", "/signups/x/check-in"],
      ["POST", "/signups/x/confirm"],
      ["PUT", "/signups/x/attendance"],
      ["GET", "/volunteer-hours?from=2026-11-01&to=2026-11-30"],
      ["GET", "/volunteer-hours.csv?from=2026-11-01&to=2026-11-30"],
    ];
    for (const [method, path] of routes) {
      const body = method === "GET" ? undefined : {};
      expect((await staff(method, path, body, null)).status, `${method} ${path}`).toBe(401);
      expect((await staff(method, path, body, otherKey)).status, `${method} ${path}`).toBe(403);
    }
  });
});

describe("creating teams, opportunities and shifts", () => {
  it("creates a team, an opportunity in it and a shift that residents then see, and refuses what is wrong or already there", async () => {
    expect(
      (await staff("POST", "/teams", { id: "festival-helpers", name: "节庆志愿服务队", description: "中秋、重阳等节庆活动的场地布置与引导。" })).status,
    ).toBe(201);
    expect(z.parse(Problem, await (await staff("POST", "/teams", { id: "festival-helpers", name: "又一个", description: "" })).json()).code).toBe(
      "team_exists",
    );

    const unknownTeam = await staff("POST", "/opportunities", {
      id: "lantern-riddles",
      teamId: "no-team",
      title: "元宵猜灯谜引导",
      location: { name: "文化广场" },
    });
    expect(z.parse(Problem, await unknownTeam.json()).errors).toEqual([expect.objectContaining({ field: "teamId", code: "unknown_team" })]);
    const created = await staff("POST", "/opportunities", {
      id: "lantern-riddles",
      teamId: "festival-helpers",
      title: "元宵猜灯谜引导",
      location: { name: "文化广场" },
      skills: ["引导"],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("Location")).toBe("/v1/communities/taihe/opportunities/lantern-riddles");
    expect(z.parse(Opportunity, await created.json())).toMatchObject({ team: { name: "节庆志愿服务队" }, shifts: [] });

    const start = daysFromNow(20);
    start.setUTCHours(10, 30, 0, 0);
    const backwards = await staff("POST", "/opportunities/lantern-riddles/shifts", { start: start.toISOString(), end: start.toISOString(), capacity: 6 });
    expect(z.parse(Problem, await backwards.json()).errors).toEqual([expect.objectContaining({ field: "end", code: "end_before_start" })]);
    const shiftResponse = await staff("POST", "/opportunities/lantern-riddles/shifts", {
      start: start.toISOString(),
      end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      capacity: 6,
      minimumAge: 16,
    });
    expect(shiftResponse.status).toBe(201);
    const shift = z.parse(Shift, await shiftResponse.json());
    // Its id is the opportunity and its start on Beijing's clock.
    expect(shift.id).toBe(`lantern-riddles-${shift.start.slice(0, 10).replaceAll("-", "")}t1830`);
    expect((await staff("POST", "/opportunities/lantern-riddles/shifts", { start: start.toISOString(), end: shift.end, capacity: 6 })).status).toBe(409);
    expect((await staff("POST", "/opportunities/moon/shifts", { start: start.toISOString(), end: shift.end, capacity: 6 })).status).toBe(404);

    const listed = z.parse(Opportunity, await (await fetch(`${server.url}/v1/communities/taihe/opportunities/lantern-riddles`)).json());
    expect(listed.shifts).toEqual([expect.objectContaining({ id: shift.id, capacity: 6, filled: 0, minimumAge: 16 })]);
  });
});

describe("teams and their opportunities", () => {
  it("lists every team with every opportunity of its, those without shifts too, for staff only", async () => {
    expect((await staff("POST", "/teams", { id: "new-year-helpers", name: "迎新春服务队", description: "" })).status).toBe(201);
    const teams = z.parse(TeamList, await (await staff("GET", "/teams")).json()).items;
    expect(teams.find((team) => team.id === "new-year-helpers")).toEqual({ id: "new-year-helpers", name: "迎新春服务队", description: "", opportunities: [] });
    expect(teams.find((team) => team.id === "civility")!.opportunities.map((opportunity) => opportunity.id)).toContain("sorting-guide");
    expect((await staff("GET", "/teams", undefined, null)).status).toBe(401);
  });
});

describe("who signed up, check-in and attendance", () => {
  it("lists a shift's volunteers with their phones and waitlist places, checks them in and marks who came", async () => {
    const shiftId = await addShift(server.db, { capacity: 2, daysAhead: 3 });
    const first = await signUp(shiftId, "张秀英", "13600000001", { showName: true });
    const second = await signUp(shiftId, "王建国", "13600000002");
    const third = await signUp(shiftId, "李桂兰", "13600000003");

    const list = (await (await staff("GET", `/shifts/${shiftId}/signups`)).json()) as unknown[];
    expect(list.map((item) => z.parse(ManagedSignup, item))).toEqual([
      expect.objectContaining({ name: "张秀英", phone: "13600000001", status: "confirmed", showName: true }),
      expect.objectContaining({ name: "王建国", status: "confirmed" }),
      expect.objectContaining({ name: "李桂兰", status: "waitlisted", position: 1 }),
    ]);

    const checkedIn = z.parse(ManagedSignup, await (await staff("POST", `/signups/${first.signupId}/check-in`)).json());
    expect(checkedIn).toMatchObject({ attended: true });
    expect(checkedIn.checkedInAt).toBeDefined();
    expect(z.parse(Problem, await (await staff("POST", `/signups/${third.signupId}/check-in`)).json()).code).toBe("signup_not_confirmed");
    expect(z.parse(Problem, await (await staff("PUT", `/signups/${second.signupId}/attendance`, { attended: false })).json()).code).toBe("shift_not_started");

    await moveToPast(shiftId, 1);
    expect(z.parse(ManagedSignup, await (await staff("PUT", `/signups/${second.signupId}/attendance`, { attended: false })).json()).attended).toBe(false);
    expect((await staff("PUT", `/signups/${second.signupId}/attendance`, { attended: "yes" })).status).toBe(400);
    expect((await staff("GET", "/shifts/no-such-shift/signups")).status).toBe(404);
  });
});

describe("taking a waiting volunteer on", () => {
  it("uses a free place first, else adds one to the shift, and refuses one not waiting", async () => {
    const shiftId = await addShift(server.db, { capacity: 1, daysAhead: 6 });
    const first = await signUp(shiftId, "周志强", "13600000011");
    const second = await signUp(shiftId, "吴玉梅", "13600000012");
    const third = await signUp(shiftId, "郑国庆", "13600000013");
    const shiftOf = async () =>
      z
        .parse(Opportunity, await (await fetch(`${server.url}/v1/communities/taihe/opportunities/clean-up-day`, { cache: "no-store" })).json())
        .shifts.find((shift) => shift.id === shiftId);

    // No place free: one is added for 吴玉梅, and 郑国庆 moves up to first in line.
    const taken = await staff("POST", `/signups/${second.signupId}/confirm`);
    expect(taken.status).toBe(200);
    expect(z.parse(ManagedSignup, await taken.json())).toMatchObject({ name: "吴玉梅", status: "confirmed" });
    expect(await shiftOf()).toMatchObject({ capacity: 2, filled: 2, waitlisted: 1 });
    const list = z.parse(z.array(ManagedSignup), await (await staff("GET", `/shifts/${shiftId}/signups`)).json());
    expect(list.find((signup) => signup.signupId === third.signupId)).toMatchObject({ status: "waitlisted", position: 1 });

    // A place freed by raising the capacity by hand is used, not another added.
    await server.db.updateTable("shifts").set({ capacity: 3 }).where("id", "=", shiftId).execute();
    expect(z.parse(ManagedSignup, await (await staff("POST", `/signups/${third.signupId}/confirm`)).json()).status).toBe("confirmed");
    expect(await shiftOf()).toMatchObject({ capacity: 3, filled: 3, waitlisted: 0 });

    expect(z.parse(Problem, await (await staff("POST", `/signups/${first.signupId}/confirm`)).json()).code).toBe("signup_not_waitlisted");
    expect((await staff("POST", "/signups/no-such-signup/confirm")).status).toBe(404);
  });
});

describe("hours served", () => {
  it("adds up attended shifts per volunteer and per team over a period, and exports them as CSV", async () => {
    const cleaning = await addShift(server.db, { capacity: 5, daysAhead: 4 });
    const visits = await addShift(server.db, { opportunityId: "elder-visits", capacity: 4, daysAhead: 5, minimumAge: 18 });
    const a = await signUp(cleaning, '=HYPERLINK("x")', "13500000001");
    const b = await signUp(cleaning, "陈淑珍", "13500000002");
    const d = await signUp(visits, "陈淑珍", "13500000002", { meetsMinimumAge: true });
    await moveToPast(cleaning, 3, 2);
    await moveToPast(visits, 2, 1.5);
    for (const signup of [a, b, d]) await staff("POST", `/signups/${signup.signupId}/check-in`);
    await staff("PUT", `/signups/${a.signupId}/attendance`, { attended: false });

    const today = dayOf(testClock.now(), "Asia/Shanghai");
    const weekAgo = dayOf(daysFromNow(-7), "Asia/Shanghai");
    const hours = z.parse(VolunteerHours, await (await staff("GET", `/volunteer-hours?from=${weekAgo}&to=${today}`)).json());
    expect(hours.volunteers.find((volunteer) => volunteer.phone === "13500000002")).toEqual({ name: "陈淑珍", phone: "13500000002", shifts: 2, hours: 3.5 });
    expect(hours.volunteers.some((volunteer) => volunteer.phone === "13500000001")).toBe(false);
    expect(hours.teams.find((team) => team.team.id === "elder-care")).toMatchObject({ shifts: 1, volunteers: 1, hours: 1.5 });
    const byTeam = z.parse(VolunteerHours, await (await staff("GET", `/volunteer-hours?from=${weekAgo}&to=${today}&team=environment`)).json());
    expect(byTeam.teams.map((team) => team.team.id)).toEqual(["environment"]);

    // Marked as having come after all: the formula-like name is kept as text.
    await staff("PUT", `/signups/${a.signupId}/attendance`, { attended: true });
    const csv = await (await staff("GET", `/volunteer-hours.csv?from=${weekAgo}&to=${today}`)).text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe(
      "姓名 Name,手机号码 Phone,服务项目 Project,志愿服务队 Team,服务日期 Date,开始时间 Start,结束时间 End,服务时长（小时） Hours,签到时间 Checked in",
    );
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""x"")",13500000001,清洁社区卫生,环境卫生志愿服务队,`))).toBe(true);
    expect(lines.some((line) => line.includes("陈淑珍,13500000002,暖冬走访独居老人,关爱老人志愿服务队,") && line.includes(",1.50,"))).toBe(true);

    const backwards = z.parse(Problem, await (await staff("GET", `/volunteer-hours?from=${today}&to=${weekAgo}`)).json());
    expect(backwards).toMatchObject({
      status: 400,
      code: "invalid_parameter",
      title: "Invalid query parameter",
      errors: [{ field: "to", code: "invalid_range" }],
    });
  });
});
