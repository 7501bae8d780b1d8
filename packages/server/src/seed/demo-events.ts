import { type Community, dayOf, daysAfter, type Event, type Opportunity, type Partner, type Resource, startOfDayIn, systemClock } from "@community-kit/schema";
import type { OpportunityRow, ShiftRow } from "../database/tables.js";
import { demoShiftRows, opportunityFromRow, rowFromDemoOpportunity, shiftFromRow } from "../volunteers/volunteer-rows.js";
import { demoPartners } from "./demo-partners.js";
import { demoVolunteering } from "./demo-volunteers.js";
import { eventFromRow } from "../events/event-row.js";
import { communityFromRow } from "../communities/community-row.js";
import { demoProgrammes } from "./demo-communities.js";
import { demoResources } from "./demo-resources.js";
import { expandProgramme, monthsAround } from "./expand-programme.js";

/**
 * A demo community and its events as the API would return them at `now`,
 * seeded on `seedDay`, without a database: for Storybook and the benchmarks.
 * Browser-safe.
 */
export function demoCommunityEvents(communityId: string, now = systemClock.now(), seedDay = now): { community: Community; events: Event[] } {
  const programme = demoProgrammes.find((candidate) => candidate.community.id === communityId);
  if (!programme) throw new Error(`No demo community "${communityId}"`);
  const today = dayOf(seedDay, programme.community.timezone);
  const { first, last } = monthsAround(today, 2);
  const updatedAt = startOfDayIn(today, programme.community.timezone).toISOString();
  const rows = expandProgramme(programme, first, last, updatedAt);
  return {
    community: communityFromRow(programme.community, programme.categories),
    // In start order, as the API lists them (ties in insertion order, as the API breaks them).
    events: rows
      .map((row, index) => eventFromRow({ ...row, seq: index, waitlisted: 0 } as Parameters<typeof eventFromRow>[0], now))
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  };
}

/** A demo community's rooms and equipment as the API would return them, without a database: for Storybook. */
export function demoCommunityResources(communityId: string): Resource[] {
  const programme = demoProgrammes.find((candidate) => candidate.community.id === communityId);
  if (!programme) throw new Error(`No demo community "${communityId}"`);
  return (demoResources[communityId] ?? []).map((resource) => ({ ...resource, photos: [], timezone: programme.community.timezone }));
}

/**
 * A demo community's volunteer opportunities with the shifts of the next six
 * weeks, as the API would return them with nobody signed up, without a
 * database: for Storybook.
 */
export function demoCommunityOpportunities(communityId: string, now = systemClock.now()): Opportunity[] {
  const programme = demoProgrammes.find((candidate) => candidate.community.id === communityId);
  const demo = demoVolunteering[communityId];
  if (!programme || !demo) throw new Error(`No demo community "${communityId}"`);
  const { timezone } = programme.community;
  const last = dayOf(daysAfter(now, 42), timezone);
  return demo.opportunities.map((opportunity) => {
    const shifts = demoShiftRows(communityId, timezone, opportunity, dayOf(now, timezone), last)
      .filter((row) => row.start_at > now.toISOString())
      .map((row) => shiftFromRow({ ...row, filled: 0 } as ShiftRow, timezone));
    const row = rowFromDemoOpportunity(communityId, opportunity, now.toISOString()) as OpportunityRow;
    return opportunityFromRow(row, demo.teams.find((team) => team.id === opportunity.teamId)!, shifts, timezone);
  });
}

/** A demo community's partner units as the API would return them, without a database: for Storybook. */
export function demoCommunityPartners(communityId: string, now = systemClock.now()): Partner[] {
  return (demoPartners[communityId] ?? []).map((partner) => ({ ...partner, updatedAt: now.toISOString() }) as Partner);
}
