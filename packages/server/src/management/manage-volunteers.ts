import { differenceInMinutes } from "date-fns";
import { noticeChange, noticeChanges } from "../notices/write-notice.js";
import {
  type TeamList,
  type AttendanceRequest,
  type ManagedSignup,
  type Opportunity,
  type OpportunityWrite,
  type Shift,
  type ShiftCancelled,
  type ShiftWrite,
  type Team,
  type VolunteerHours,
  type VolunteerHoursQuery,
  formatInstantIn,
  startOfDayIn,
} from "@community-kit/schema";
import { type Kysely, sql } from "kysely";
import type * as z from "zod/mini";
import type { Database, CommunityRow, SignupRow } from "../database/tables.js";
import { writeTransaction } from "../database/write-transaction.js";
import { ProblemError, invalidFields, invalidParameters } from "../http/problem.js";
import { dayAfterRange } from "../resources/availability.js";
import { findShift, listOpportunities } from "../volunteers/list-opportunities.js";
import { takePlace } from "../volunteers/sign-up.js";
import { shiftIdOf } from "../volunteers/volunteer-rows.js";

const exists = (what: "team" | "opportunity" | "shift", id: string) =>
  new ProblemError(409, `${what}_exists`, "Already exists", `There is already a ${what} "${id}"`);

export async function createTeam(db: Kysely<Database>, community: CommunityRow, team: z.output<typeof Team>): Promise<Team> {
  const inserted = await db
    .insertInto("teams")
    .values({ community_id: community.id, ...team })
    .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
    .executeTakeFirst();
  if (!Number(inserted.numInsertedOrUpdatedRows ?? 0)) throw exists("team", team.id);
  return team;
}

export async function createOpportunity(
  db: Kysely<Database>,
  community: CommunityRow,
  write: z.output<typeof OpportunityWrite>,
  now: Date,
): Promise<Opportunity> {
  const team = await db.selectFrom("teams").select("id").where("community_id", "=", community.id).where("id", "=", write.teamId).executeTakeFirst();
  if (!team) throw invalidFields([{ field: "teamId", code: "unknown_team", message: `There is no team "${write.teamId}"` }]);
  const inserted = await db
    .insertInto("opportunities")
    .values({
      community_id: community.id,
      id: write.id,
      team_id: write.teamId,
      title: write.title,
      description: write.description ?? "",
      location_name: write.location.name,
      location_address: write.location.address ?? null,
      lat: write.location.lat ?? null,
      lng: write.location.lng ?? null,
      skills: JSON.stringify(write.skills ?? []),
      audience: write.audience ?? null,
      updated_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
    .executeTakeFirst();
  if (!Number(inserted.numInsertedOrUpdatedRows ?? 0)) throw exists("opportunity", write.id);
  return (await listOpportunities(db, community, { opportunityId: write.id }, now))[0]!;
}

/** Adds a shift; its id is the opportunity's and its local start (clean-up-day-20261128t0830). */
export async function createShift(db: Kysely<Database>, community: CommunityRow, opportunityId: string, write: z.output<typeof ShiftWrite>): Promise<Shift> {
  const start = new Date(write.start);
  const end = new Date(write.end);
  if (end <= start) throw invalidFields([{ field: "end", code: "end_before_start", message: "The end must come after the start" }]);
  const opportunity = await db
    .selectFrom("opportunities")
    .select("id")
    .where("community_id", "=", community.id)
    .where("id", "=", opportunityId)
    .executeTakeFirst();
  if (!opportunity)
    throw new ProblemError(404, "opportunity_not_found", "Opportunity not found", `There is no opportunity "${opportunityId}" in ${community.id}`);
  const local = formatInstantIn(start, community.timezone);
  const id = shiftIdOf(opportunityId, local.slice(0, 10), local.slice(11, 16));
  const inserted = await db
    .insertInto("shifts")
    .values({
      community_id: community.id,
      id,
      opportunity_id: opportunityId,
      start_at: start.toISOString(),
      end_at: end.toISOString(),
      location_name: write.location?.name ?? null,
      location_address: write.location?.address ?? null,
      capacity: write.capacity,
      minimum_age: write.minimumAge ?? null,
      skills: JSON.stringify(write.skills ?? []),
    })
    .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
    .executeTakeFirst();
  if (!Number(inserted.numInsertedOrUpdatedRows ?? 0)) throw exists("shift", id);
  return (await findShift(db, community, id))!.shift;
}

function managedSignup(row: SignupRow, position?: number): ManagedSignup {
  return {
    signupId: row.id,
    shiftId: row.shift_id,
    name: row.name,
    phone: row.phone,
    skills: JSON.parse(row.skills) as string[],
    showName: row.show_name === 1,
    status: row.status,
    ...(position ? { position } : {}),
    createdAt: row.created_at,
    ...(row.cancelled_at ? { cancelledAt: row.cancelled_at } : {}),
    ...(row.checked_in_at ? { checkedInAt: row.checked_in_at } : {}),
    ...(row.attended !== null ? { attended: row.attended === 1 } : {}),
  };
}

/** Everyone who signed up for a shift, in the order they did, with their waitlist places. */
export async function listSignups(db: Kysely<Database>, community: CommunityRow, shiftId: string): Promise<ManagedSignup[]> {
  if (!(await findShift(db, community, shiftId)))
    throw new ProblemError(404, "shift_not_found", "Shift not found", `There is no shift "${shiftId}" in ${community.id}`);
  const rows = await db.selectFrom("signups").selectAll().where("community_id", "=", community.id).where("shift_id", "=", shiftId).orderBy("seq").execute();
  let waiting = 0;
  return rows.map((row) => managedSignup(row, row.status === "waitlisted" ? ++waiting : undefined));
}

async function confirmedSignup(db: Kysely<Database>, community: CommunityRow, signupId: string) {
  const row = await db
    .selectFrom("signups")
    .innerJoin("shifts", (join) => join.onRef("shifts.community_id", "=", "signups.community_id").onRef("shifts.id", "=", "signups.shift_id"))
    .selectAll("signups")
    .select(["shifts.start_at as shift_start"])
    .where("signups.community_id", "=", community.id)
    .where("signups.id", "=", signupId)
    .executeTakeFirst();
  if (!row) throw new ProblemError(404, "signup_not_found", "Sign-up not found", `There is no sign-up "${signupId}"`);
  if (row.status !== "confirmed")
    throw new ProblemError(409, "signup_not_confirmed", "Not confirmed", `This sign-up is ${row.status}; only confirmed volunteers check in and are marked`);
  return row;
}

/**
 * Staff take a waiting volunteer on, out of turn: into a free place, else into a place added for
 * them (the shift's capacity grows by one), as when a coordinator finds more work to hand out.
 * The place is taken by the same conditional update as a sign-up's.
 */
export async function confirmSignup(db: Kysely<Database>, community: CommunityRow, signupId: string, now: Date): Promise<ManagedSignup> {
  const shiftId = await writeTransaction(db, community.id, async (transaction) => {
    const row = await transaction.selectFrom("signups").selectAll().where("community_id", "=", community.id).where("id", "=", signupId).executeTakeFirst();
    if (!row) throw new ProblemError(404, "signup_not_found", "Sign-up not found", `There is no sign-up "${signupId}"`);
    if (row.status !== "waitlisted") throw new ProblemError(409, "signup_not_waitlisted", "Not waiting", "Only a sign-up on the waitlist is confirmed");
    if (!(await takePlace(transaction, community.id, row.shift_id))) {
      await transaction
        .updateTable("shifts")
        .set({ capacity: sql`filled + 1` })
        .where("community_id", "=", community.id)
        .where("id", "=", row.shift_id)
        .execute();
      if (!(await takePlace(transaction, community.id, row.shift_id))) throw new Error(`no place for ${signupId} after adding one`);
    }
    await transaction.updateTable("signups").set({ status: "confirmed" }).where("seq", "=", row.seq).execute();
    await noticeChange(transaction, { communityId: community.id, subject: "signup", subjectId: signupId, cause: "promoted", now });
    return row.shift_id;
  });
  return (await listSignups(db, community, shiftId)).find((signup) => signup.signupId === signupId)!;
}

/**
 * The centre calls a shift off, before it starts, with the reason its volunteers read: it leaves
 * the listings, takes no sign-ups, and every confirmed and waiting sign-up ends, each volunteer who
 * asked to be told told in the same transaction.
 */
export async function cancelShift(db: Kysely<Database>, community: CommunityRow, shiftId: string, reason: string, now: Date): Promise<ShiftCancelled> {
  return writeTransaction(db, community.id, async (transaction) => {
    const shift = await transaction
      .selectFrom("shifts")
      .select(["start_at"])
      .where("community_id", "=", community.id)
      .where("id", "=", shiftId)
      .where("cancelled_at", "is", null)
      .executeTakeFirst();
    if (!shift) throw new ProblemError(404, "shift_not_found", "Shift not found", `There is no shift "${shiftId}" in ${community.id} to call off`);
    if (shift.start_at <= now.toISOString()) throw new ProblemError(409, "shift_started", "Shift has started", "A shift that has begun is not called off");
    await transaction
      .updateTable("shifts")
      .set({ cancelled_at: now.toISOString(), cancel_reason: reason, filled: 0 })
      .where("community_id", "=", community.id)
      .where("id", "=", shiftId)
      .execute();
    const ended = await transaction
      .updateTable("signups")
      .set({ status: "cancelled", cancelled_at: now.toISOString() })
      .where("community_id", "=", community.id)
      .where("shift_id", "=", shiftId)
      .where("status", "in", ["confirmed", "waitlisted"])
      .returning("id")
      .execute();
    await noticeChanges(
      transaction,
      ended.map(({ id }) => ({ communityId: community.id, subject: "signup" as const, subjectId: id, cause: "cancelled" as const, now })),
    );
    return { shiftId, signupsCancelled: ended.length };
  });
}

/** A volunteer arrived: checked in now, and so attended. Checking in twice keeps the first time. */
export async function checkIn(db: Kysely<Database>, community: CommunityRow, signupId: string, now: Date): Promise<ManagedSignup> {
  const row = await confirmedSignup(db, community, signupId);
  const checkedInAt = row.checked_in_at ?? now.toISOString();
  await db.updateTable("signups").set({ checked_in_at: checkedInAt, attended: 1 }).where("seq", "=", row.seq).execute();
  return managedSignup({ ...row, checked_in_at: checkedInAt, attended: 1 });
}

/** After a shift has started, whether a confirmed volunteer came. */
export async function markAttendance(
  db: Kysely<Database>,
  community: CommunityRow,
  signupId: string,
  { attended }: z.output<typeof AttendanceRequest>,
  now: Date,
): Promise<ManagedSignup> {
  const row = await confirmedSignup(db, community, signupId);
  if (row.shift_start > now.toISOString())
    throw new ProblemError(409, "shift_not_started", "Shift not started", "Attendance is marked once the shift has started");
  await db
    .updateTable("signups")
    .set({ attended: attended ? 1 : 0 })
    .where("seq", "=", row.seq)
    .execute();
  return managedSignup({ ...row, attended: attended ? 1 : 0 });
}

/** One attended shift of one volunteer: a line of the hours report and of its CSV. */
export interface ServedShift {
  name: string;
  phone: string;
  opportunity: string;
  team: Team;
  start: string;
  end: string;
  hours: number;
  checkedInAt?: string;
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/** Every attended shift that started in the days `from` to `to` (inclusive, in the community's zone), in time order. */
export async function servedShifts(db: Kysely<Database>, community: CommunityRow, query: VolunteerHoursQuery): Promise<ServedShift[]> {
  if (query.to < query.from) throw invalidParameters([{ field: "to", code: "invalid_range", message: "to must not come before from" }]);
  let select = db
    .selectFrom("signups")
    .innerJoin("shifts", (join) => join.onRef("shifts.community_id", "=", "signups.community_id").onRef("shifts.id", "=", "signups.shift_id"))
    .innerJoin("opportunities", (join) =>
      join.onRef("opportunities.community_id", "=", "shifts.community_id").onRef("opportunities.id", "=", "shifts.opportunity_id"),
    )
    .innerJoin("teams", (join) => join.onRef("teams.community_id", "=", "opportunities.community_id").onRef("teams.id", "=", "opportunities.team_id"))
    .select([
      "signups.name",
      "signups.phone",
      "signups.checked_in_at",
      "shifts.start_at",
      "shifts.end_at",
      "opportunities.title",
      "teams.id as team_id",
      "teams.name as team_name",
      "teams.description as team_description",
    ])
    .where("signups.community_id", "=", community.id)
    .where("signups.status", "=", "confirmed")
    .where("signups.attended", "=", 1)
    .where("shifts.start_at", ">=", startOfDayIn(query.from, community.timezone).toISOString())
    .where("shifts.start_at", "<", startOfDayIn(dayAfterRange(query.to, "to"), community.timezone).toISOString());
  if (query.team) select = select.where("teams.id", "=", query.team);
  const rows = await select.orderBy("shifts.start_at").orderBy("signups.seq").execute();
  return rows.map((row) => ({
    name: row.name,
    phone: row.phone,
    opportunity: row.title,
    team: { id: row.team_id, name: row.team_name, description: row.team_description },
    start: formatInstantIn(new Date(row.start_at), community.timezone),
    end: formatInstantIn(new Date(row.end_at), community.timezone),
    hours: roundHours(differenceInMinutes(row.end_at, row.start_at) / 60),
    ...(row.checked_in_at ? { checkedInAt: formatInstantIn(new Date(row.checked_in_at), community.timezone) } : {}),
  }));
}

/** Hours per volunteer (one person is one phone) and per team, from the attended shifts. */
export function volunteerHours(query: VolunteerHoursQuery, served: ServedShift[]): VolunteerHours {
  const volunteers = new Map<string, { name: string; phone: string; shifts: number; hours: number }>();
  const teams = new Map<string, { team: Team; shifts: number; phones: Set<string>; hours: number }>();
  for (const shift of served) {
    const volunteer = volunteers.get(shift.phone) ?? { name: shift.name, phone: shift.phone, shifts: 0, hours: 0 };
    volunteer.shifts++;
    volunteer.hours = roundHours(volunteer.hours + shift.hours);
    volunteers.set(shift.phone, volunteer);
    const team = teams.get(shift.team.id) ?? { team: shift.team, shifts: 0, phones: new Set<string>(), hours: 0 };
    team.shifts++;
    team.phones.add(shift.phone);
    team.hours = roundHours(team.hours + shift.hours);
    teams.set(shift.team.id, team);
  }
  return {
    from: query.from,
    to: query.to,
    volunteers: [...volunteers.values()].sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, "zh-CN")),
    teams: [...teams.values()].map(({ team, shifts, phones, hours }) => ({ team, shifts, volunteers: phones.size, hours })),
  };
}

/** Every team, in its order, with every opportunity of its: what shifts can be added to. */
export async function listTeams(db: Kysely<Database>, community: CommunityRow): Promise<TeamList> {
  const [teams, opportunities] = await Promise.all([
    db.selectFrom("teams").select(["id", "name", "description"]).where("community_id", "=", community.id).orderBy("position").orderBy("id").execute(),
    db.selectFrom("opportunities").select(["id", "title", "team_id"]).where("community_id", "=", community.id).orderBy("title").execute(),
  ]);
  return {
    items: teams.map((team) => ({
      ...team,
      opportunities: opportunities.filter((opportunity) => opportunity.team_id === team.id).map(({ id, title }) => ({ id, title })),
    })),
  };
}
