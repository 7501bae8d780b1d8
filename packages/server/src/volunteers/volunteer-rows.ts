import { addMinutes } from "date-fns";
import { eachPlainDay, formatInstantIn, instantOfWallTime, type Opportunity, type Shift, type Team } from "@community-kit/schema";
import type { Insertable } from "kysely";
import type { OpportunityTable, ShiftTable, TeamRow, OpportunityRow, ShiftRow } from "../database/tables.js";
import { ruleMatches } from "../seed/expand-programme.js";
import type { DemoOpportunity } from "../seed/demo-volunteers.js";

/** A shift's id: its opportunity and local start, e.g. clean-up-day-20261128t0830. */
export const shiftIdOf = (opportunityId: string, localDay: string, localTime: string) =>
  `${opportunityId}-${localDay.replaceAll("-", "")}t${localTime.replace(":", "")}`;

export const teamFromRow = (row: TeamRow): Team => ({ id: row.id, name: row.name, description: row.description });

/** Who signed up, as counts and the masked names of those who chose to be shown. */
export interface ShiftTally {
  waitlisted: number;
  volunteers: string[];
}

export function shiftFromRow(row: ShiftRow, timeZone: string, tally: ShiftTally = { waitlisted: 0, volunteers: [] }): Shift {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    start: formatInstantIn(new Date(row.start_at), timeZone),
    end: formatInstantIn(new Date(row.end_at), timeZone),
    ...(row.location_name ? { location: { name: row.location_name, ...(row.location_address ? { address: row.location_address } : {}) } } : {}),
    capacity: row.capacity,
    filled: row.filled,
    waitlisted: tally.waitlisted,
    ...(row.minimum_age !== null ? { minimumAge: row.minimum_age } : {}),
    skills: JSON.parse(row.skills) as string[],
    volunteers: tally.volunteers,
  };
}

export function opportunityFromRow(row: OpportunityRow, team: Team, shifts: Shift[], timeZone: string): Opportunity {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    team,
    location: {
      name: row.location_name,
      ...(row.location_address ? { address: row.location_address } : {}),
      ...(row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : {}),
    },
    skills: JSON.parse(row.skills) as string[],
    ...(row.audience ? { audience: row.audience as Opportunity["audience"] } : {}),
    timezone: timeZone,
    shifts,
    updatedAt: row.updated_at,
  };
}

export function rowFromDemoOpportunity(communityId: string, opportunity: DemoOpportunity, updatedAt: string): Insertable<OpportunityTable> {
  return {
    community_id: communityId,
    id: opportunity.id,
    team_id: opportunity.teamId,
    title: opportunity.title,
    description: opportunity.description,
    location_name: opportunity.location.name,
    location_address: opportunity.location.address ?? null,
    lat: opportunity.location.lat ?? null,
    lng: opportunity.location.lng ?? null,
    skills: JSON.stringify(opportunity.skills),
    audience: opportunity.audience ?? null,
    updated_at: updatedAt,
  };
}

/** The shifts a demo opportunity's rules put on the days `first` to `last`, at their local times. */
export function demoShiftRows(communityId: string, timeZone: string, opportunity: DemoOpportunity, first: string, last: string): Array<Insertable<ShiftTable>> {
  const rows: Array<Insertable<ShiftTable>> = [];
  for (const day of eachPlainDay(first, last)) {
    for (const shift of opportunity.shifts) {
      if (!ruleMatches(shift.rule, day)) continue;
      const [year, month, date] = day.split("-").map(Number) as [number, number, number];
      const [hour, minute] = shift.start.split(":").map(Number) as [number, number];
      const start = instantOfWallTime({ year, month, day: date, hour, minute }, timeZone);
      rows.push({
        community_id: communityId,
        id: shiftIdOf(opportunity.id, day, shift.start),
        opportunity_id: opportunity.id,
        start_at: start.toISOString(),
        end_at: addMinutes(start, shift.minutes).toISOString(),
        location_name: null,
        location_address: null,
        capacity: shift.capacity,
        minimum_age: shift.minimumAge ?? null,
        skills: JSON.stringify(shift.skills ?? []),
      });
    }
  }
  return rows;
}
