import { type Opportunity, type Shift, daysAfter, maskName } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database, CommunityRow } from "../database/tables.js";
import { boundaryInstant } from "../events/list-events.js";
import { ProblemError } from "../http/problem.js";
import { type ShiftTally, opportunityFromRow, shiftFromRow, teamFromRow } from "./volunteer-rows.js";

/** What the list shows without a `to`, and the most it shows at once. */
const DEFAULT_DAYS = 56;
const MAX_DAYS = 92;

export interface OpportunityFilter {
  from?: string;
  to?: string;
  team?: string;
  skill?: string;
  /** One opportunity, with every shift still to come. */
  opportunityId?: string;
}

/** Waitlist counts and the masked names of confirmed volunteers who chose to be shown, per shift. */
async function tallies(db: Kysely<Database>, communityId: string, shiftIds: string[]): Promise<Map<string, ShiftTally>> {
  const tally = new Map<string, ShiftTally>(shiftIds.map((id) => [id, { waitlisted: 0, volunteers: [] }]));
  if (!shiftIds.length) return tally;
  const signups = await db
    .selectFrom("signups")
    .select(["shift_id", "status", "show_name", "name"])
    .where("community_id", "=", communityId)
    .where("shift_id", "in", shiftIds)
    .where("status", "in", ["confirmed", "waitlisted"])
    .orderBy("seq")
    .execute();
  for (const signup of signups) {
    const shift = tally.get(signup.shift_id)!;
    if (signup.status === "waitlisted") shift.waitlisted++;
    else if (signup.show_name) shift.volunteers.push(maskName(signup.name));
  }
  return tally;
}

/**
 * Opportunities with their shifts that end after `from` and start before
 * `to` (by default from now, eight weeks), by team and skill, in the order
 * of their first shift. Counts only: who signed up is never here, but for the
 * masked names of those who chose to be shown.
 */
export function listOpportunities(db: Kysely<Database>, community: CommunityRow, filter: OpportunityFilter, now: Date): Promise<Opportunity[]> {
  return opportunitiesFrom(db, community, filter, filter.from ? boundaryInstant(filter.from, community.timezone) : now.toISOString());
}

/** listOpportunities with `from` as an instant already. */
async function opportunitiesFrom(db: Kysely<Database>, community: CommunityRow, filter: OpportunityFilter, from: string): Promise<Opportunity[]> {
  const to = filter.to
    ? boundaryInstant(filter.to, community.timezone)
    : filter.opportunityId
      ? undefined
      : daysAfter(new Date(from), DEFAULT_DAYS).toISOString();
  if (to && (to <= from || new Date(to) > daysAfter(new Date(from), MAX_DAYS))) {
    throw new ProblemError(400, "invalid_parameter", "Invalid query parameter", "Check to", [
      { field: "to", code: "invalid_range", message: `to must come after from, at most ${MAX_DAYS} days` },
    ]);
  }

  let shifts = db
    .selectFrom("shifts")
    .innerJoin("opportunities", (join) =>
      join.onRef("opportunities.community_id", "=", "shifts.community_id").onRef("opportunities.id", "=", "shifts.opportunity_id"),
    )
    .selectAll("shifts")
    .where("shifts.community_id", "=", community.id)
    .where("shifts.cancelled_at", "is", null)
    .where("shifts.end_at", ">", from);
  if (to) shifts = shifts.where("shifts.start_at", "<", to);
  if (filter.team) shifts = shifts.where("opportunities.team_id", "=", filter.team);
  if (filter.opportunityId) shifts = shifts.where("shifts.opportunity_id", "=", filter.opportunityId);
  const shiftRows = await shifts.orderBy("shifts.start_at").orderBy("shifts.id").execute();

  let opportunities = db.selectFrom("opportunities").selectAll().where("community_id", "=", community.id);
  if (filter.opportunityId) opportunities = opportunities.where("id", "=", filter.opportunityId);
  else opportunities = opportunities.where("id", "in", shiftRows.length ? [...new Set(shiftRows.map((row) => row.opportunity_id))] : [""]);
  const opportunityRows = await opportunities.execute();
  const teams = new Map((await db.selectFrom("teams").selectAll().where("community_id", "=", community.id).execute()).map((row) => [row.id, teamFromRow(row)]));
  const tally = await tallies(
    db,
    community.id,
    shiftRows.map((row) => row.id),
  );

  const shiftsOf = new Map<string, Shift[]>();
  for (const row of shiftRows) {
    const list = shiftsOf.get(row.opportunity_id) ?? [];
    list.push(shiftFromRow(row, community.timezone, tally.get(row.id)));
    shiftsOf.set(row.opportunity_id, list);
  }
  return opportunityRows
    .map((row) => {
      const own = shiftsOf.get(row.id) ?? [];
      const opportunitySkills = JSON.parse(row.skills) as string[];
      // A skill asked for matches the opportunity's, or the shifts that need it.
      const shown = filter.skill && !opportunitySkills.includes(filter.skill) ? own.filter((shift) => shift.skills.includes(filter.skill!)) : own;
      return opportunityFromRow(row, teams.get(row.team_id)!, shown, community.timezone);
    })
    .filter((opportunity) => filter.opportunityId || opportunity.shifts.length)
    .sort((a, b) => Date.parse(a.shifts[0]?.start ?? "") - Date.parse(b.shifts[0]?.start ?? "") || a.id.localeCompare(b.id));
}

/** One shift, past ones included, with its opportunity; undefined when there is none. */
export async function findShift(
  db: Kysely<Database>,
  community: CommunityRow,
  shiftId: string,
): Promise<{ opportunity: Opportunity; shift: Shift } | undefined> {
  const row = await db
    .selectFrom("shifts")
    .select(["opportunity_id", "start_at"])
    .where("community_id", "=", community.id)
    .where("id", "=", shiftId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [opportunity] = await opportunitiesFrom(db, community, { opportunityId: row.opportunity_id }, row.start_at);
  const shift = opportunity?.shifts.find((candidate) => candidate.id === shiftId);
  return opportunity && shift ? { opportunity, shift } : undefined;
}
