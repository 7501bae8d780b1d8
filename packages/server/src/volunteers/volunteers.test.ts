import { Opportunity, Page, Problem, SignupResult } from "@community-kit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { type DemoServer, addShift, startDemoServer, testClock } from "../test-support/demo-server.js";

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

const OpportunityPage = Page(Opportunity);
const base = () => `${server.url}/v1/communities/taihe`;

let keys = 0;
function signUp(shiftId: string, body: Record<string, unknown>, key = `signup-${++keys}`) {
  return fetch(`${base()}/shifts/${shiftId}/signups`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key },
    body: JSON.stringify(body),
  });
}

let phones = 0;
const volunteer = (extra: Record<string, unknown> = {}) => ({ name: "张秀英", phone: `1370000${String(++phones).padStart(4, "0")}`, consent: true, ...extra });

async function shiftOf(shiftId: string) {
  const opportunity = z.parse(Opportunity, await (await fetch(`${base()}/opportunities/${shiftId.replace(/-test-.*/, "")}`)).json());
  return opportunity.shifts.find((shift) => shift.id === shiftId)!;
}

function cancel(signup: SignupResult, token = signup.cancelToken) {
  return fetch(`${base()}/signups/${signup.signupId}`, { method: "DELETE", headers: { "Cancel-Token": token } });
}

describe("GET …/opportunities", () => {
  it("lists the opportunities with a shift in the range, each with its team, shifts and counts, and nobody's name or phone", async () => {
    const shiftId = await addShift(server.db, { capacity: 8 });
    expect((await signUp(shiftId, volunteer({ name: "李桂兰", showName: true }))).status).toBe(201);
    expect((await signUp(shiftId, volunteer({ name: "王建国" }))).status).toBe(201);
    const response = await fetch(`${base()}/opportunities`);
    expect(response.headers.get("Cache-Control")).toBe("no-cache");
    const text = await response.text();
    const page = z.parse(OpportunityPage, JSON.parse(text));
    const cleanUp = page.items.find((opportunity) => opportunity.id === "clean-up-day")!;
    expect(cleanUp.team.name).toBe("环境卫生志愿服务队");
    expect(cleanUp.shifts.find((shift) => shift.id === shiftId)).toMatchObject({ capacity: 8, filled: 2, waitlisted: 0, volunteers: ["李**"] });
    expect(text).not.toContain("王建国");
    expect(text).not.toContain("1370000");
  });

  it("filters by team and by skill, and refuses a range it cannot read", async () => {
    await addShift(server.db, { opportunityId: "home-lessons", skills: ["教学"], daysAhead: 12 });
    await addShift(server.db, { opportunityId: "elder-visits", daysAhead: 12 });
    const byTeam = z.parse(OpportunityPage, await (await fetch(`${base()}/opportunities?team=elder-care`)).json());
    expect(new Set(byTeam.items.map((opportunity) => opportunity.team.id))).toEqual(new Set(["elder-care"]));
    const bySkill = z.parse(OpportunityPage, await (await fetch(`${base()}/opportunities?skill=${encodeURIComponent("教学")}`)).json());
    expect(bySkill.items.map((opportunity) => opportunity.id)).toEqual(["home-lessons"]);

    const backwards = await fetch(`${base()}/opportunities?from=2026-12-10&to=2026-12-01`);
    expect(backwards.status).toBe(400);
    expect(z.parse(Problem, await backwards.json()).errors![0]!.field).toBe("to");
    expect((await fetch(`${base()}/opportunities?from=yesterday`)).status).toBe(400);
  });

  it("gives one opportunity with every shift to come, or 404", async () => {
    const shiftId = await addShift(server.db, { opportunityId: "anti-fraud", daysAhead: 80 });
    const opportunity = z.parse(Opportunity, await (await fetch(`${base()}/opportunities/anti-fraud`)).json());
    expect(opportunity.shifts.map((shift) => shift.id)).toContain(shiftId);
    expect(opportunity.skills).toEqual(["宣讲", "手机操作"]);
    const missing = await fetch(`${base()}/opportunities/moon-landing`);
    expect(missing.status).toBe(404);
    expect(z.parse(Problem, await missing.json()).code).toBe("opportunity_not_found");
  });
});

describe("POST …/shifts/{id}/signups", () => {
  it("confirms while places last, then waitlists in order; a cancel promotes the first waiting", async () => {
    const shiftId = await addShift(server.db, { capacity: 2 });
    const results = [];
    for (let index = 0; index < 4; index++) {
      const response = await signUp(shiftId, volunteer());
      expect(response.status).toBe(201);
      results.push(z.parse(SignupResult, await response.json()));
    }
    expect(results.map((result) => [result.status, "position" in result ? result.position : undefined])).toEqual([
      ["confirmed", undefined],
      ["confirmed", undefined],
      ["waitlisted", 1],
      ["waitlisted", 2],
    ]);
    expect(await shiftOf(shiftId)).toMatchObject({ filled: 2, waitlisted: 2 });

    expect((await cancel(results[0]!, "wrong")).status).toBe(403);
    expect((await cancel(results[0]!)).status).toBe(204);
    expect(await shiftOf(shiftId)).toMatchObject({ filled: 2, waitlisted: 1 });
    // Whoever holds a token can see where their sign-up stands now: promoted, or moved up the list.
    const check = async (signup: SignupResult, token = signup.cancelToken) =>
      fetch(`${base()}/signups/${signup.signupId}`, { headers: { "Cancel-Token": token } }).then(async (response) => [response.status, await response.json()]);
    expect(await check(results[2]!)).toEqual([200, { signupId: results[2]!.signupId, shiftId, status: "confirmed" }]);
    expect(await check(results[3]!)).toEqual([200, { signupId: results[3]!.signupId, shiftId, status: "waitlisted", position: 1 }]);
    expect((await check(results[3]!, "wrong"))[0]).toBe(403);
    expect(await check(results[0]!)).toEqual([200, expect.objectContaining({ status: "cancelled" })]);
    // Cancelling twice changes nothing; a waitlisted cancel frees nothing.
    expect((await cancel(results[0]!)).status).toBe(204);
    expect((await cancel(results[3]!)).status).toBe(204);
    expect((await cancel(results[1]!)).status).toBe(204);
    expect(await shiftOf(shiftId)).toMatchObject({ filled: 1, waitlisted: 0 });
  });

  it("confirms exactly 5 of 30 simultaneous sign-ups for 5 places, replays included, and waitlists the rest in order", async () => {
    const shiftId = await addShift(server.db, { capacity: 5 });
    const bodies = Array.from({ length: 30 }, () => volunteer());
    const sends = bodies.flatMap((body, index) => {
      const once = signUp(shiftId, body, `race-${shiftId}-${index}`);
      // Every third volunteer's request is sent twice with the same key, as a flaky network would.
      return index % 3 === 0 ? [once, signUp(shiftId, body, `race-${shiftId}-${index}`)] : [once];
    });
    const responses = await Promise.all(sends);
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const results = await Promise.all(responses.map(async (response) => z.parse(SignupResult, await response.json())));
    const distinct = new Map(results.map((result) => [result.signupId, result]));
    expect(distinct.size).toBe(30);
    expect([...distinct.values()].filter((result) => result.status === "confirmed")).toHaveLength(5);
    expect(
      [...distinct.values()]
        .map((result) => ("position" in result ? result.position : undefined))
        .filter(Boolean)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(await shiftOf(shiftId)).toMatchObject({ filled: 5, waitlisted: 25 });
  });

  it("refuses a second shift at an overlapping time for the same phone, naming the shift it holds", async () => {
    const first = await addShift(server.db, { daysAhead: 20, hour: 1, hours: 2 });
    const overlapping = await addShift(server.db, { opportunityId: "elder-visits", daysAhead: 20, hour: 2, hours: 2, minimumAge: 18 });
    const later = await addShift(server.db, { opportunityId: "anti-fraud", daysAhead: 20, hour: 3, hours: 2 });
    const body = volunteer();
    expect((await signUp(first, body)).status).toBe(201);

    const refused = await signUp(overlapping, { ...body, meetsMinimumAge: true });
    expect(refused.status).toBe(409);
    const problem = z.parse(Problem, await refused.json());
    expect(problem).toMatchObject({ code: "overlapping_signup", conflict: { shiftId: first, title: "清洁社区卫生" } });
    expect(problem.errors).toEqual([expect.objectContaining({ field: "phone", code: "overlapping_signup" })]);
    expect(problem.conflict!.start).toMatch(/\+08:00$/);
    const again = await signUp(first, body);
    expect(z.parse(Problem, await again.json()).code).toBe("duplicate_signup");
    // Back to back is not overlapping.
    expect((await signUp(later, body)).status).toBe(201);
  });

  it("replays the first answer for the same key, and refuses the key with another request", async () => {
    const shiftId = await addShift(server.db, { capacity: 3 });
    const body = volunteer();
    const first = await signUp(shiftId, body, "replay-me");
    const second = await signUp(shiftId, body, "replay-me");
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    expect((await signUp(shiftId, volunteer(), "replay-me")).status).toBe(422);
    expect(await shiftOf(shiftId)).toMatchObject({ filled: 1 });
  });

  it("names each field at fault in a 400 and writes nothing", async () => {
    const shiftId = await addShift(server.db, { opportunityId: "elder-visits", capacity: 3, minimumAge: 18, daysAhead: 14 });
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ name: " ", phone: "12345", consent: false }, ["consent", "name", "phone"]],
      [{ ...volunteer(), skills: Array.from({ length: 21 }, (_, index) => `技能${index}`) }, ["skills"]],
      [{ ...volunteer(), name: "王".repeat(51) }, ["name"]],
      [volunteer(), ["meetsMinimumAge"]],
      [{ ...volunteer(), meetsMinimumAge: false }, ["meetsMinimumAge"]],
    ];
    for (const [body, fields] of cases) {
      const response = await signUp(shiftId, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(new Set(z.parse(Problem, await response.json()).errors!.map((error) => error.field))).toEqual(new Set(fields));
    }
    const noKey = await fetch(`${base()}/shifts/${shiftId}/signups`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(volunteer()),
    });
    expect(z.parse(Problem, await noKey.json()).code).toBe("idempotency_key_missing");
    expect((await signUp("no-such-shift", volunteer())).status).toBe(404);
    expect(await shiftOf(shiftId)).toMatchObject({ filled: 0, waitlisted: 0 });
    expect(
      Number(
        (
          await server.db
            .selectFrom("signups")
            .select((e) => e.fn.countAll<number>().as("n"))
            .where("shift_id", "=", shiftId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0);
  });

  it("closes sign-ups once a shift has started", async () => {
    const shiftId = await addShift(server.db, { start: new Date(testClock.now().getTime() - 60_000) });
    const response = await signUp(shiftId, volunteer());
    expect(response.status).toBe(409);
    expect(z.parse(Problem, await response.json()).code).toBe("shift_started");
  });
});

describe("GET …/shifts/{id}.ics", () => {
  it("gives the shift for the volunteer's calendar, in the community's zone, with reminders the day before and two hours before", async () => {
    const shiftId = await addShift(server.db, { opportunityId: "elder-visits", daysAhead: 15, minimumAge: 18 });
    const response = await fetch(`${base()}/shifts/${shiftId}.ics`);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    const { default: ICAL } = await import("ical.js");
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid")).toBe("Asia/Shanghai");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("暖冬走访独居老人 · 关爱老人志愿服务队");
    expect(event.location).toBe("党群服务中心门前, 太和路 88 号");
    const shift = await shiftOf(shiftId);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(shift.start).toISOString());
    const triggers = calendar
      .getFirstSubcomponent("vevent")!
      .getAllSubcomponents("valarm")
      .map((alarm) => String(alarm.getFirstPropertyValue("trigger")));
    expect(triggers).toEqual(["-P1D", "-PT2H"]);
    expect((await fetch(`${base()}/shifts/no-such-shift.ics`)).status).toBe(404);
  });
});
