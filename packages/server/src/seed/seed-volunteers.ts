import { randomUUID } from "node:crypto";
import { dayOf, daysAfter } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { hashSecret, newSecret } from "../http/secrets.js";
import { demoShiftRows, rowFromDemoOpportunity } from "../volunteers/volunteer-rows.js";
import { demoVolunteering } from "./demo-volunteers.js";

/** Weeks of shifts the demo has ahead. */
const WEEKS_AHEAD = 6;

/** Neighbours already signed up for the first shifts, so that the demo's bars are not all empty. */
const DEMO_VOLUNTEERS = [
  { name: "张秀英", showName: true },
  { name: "王建国", showName: false },
  { name: "李桂兰", showName: true },
  { name: "刘志强", showName: false },
  { name: "陈淑珍", showName: false },
];

/**
 * Seeds a demo community's volunteer teams, opportunities and the shifts of
 * the next six weeks, with a few sign-ups on the first shift of each; rows
 * that exist are left as they are. Returns how many shifts were added.
 */
export async function seedVolunteering(db: Kysely<Database>, community: { id: string; timezone: string }, now: Date): Promise<number> {
  const demo = demoVolunteering[community.id];
  if (!demo) return 0;
  await db
    .insertInto("teams")
    .values(demo.teams.map((team, position) => ({ community_id: community.id, ...team, position })))
    .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
    .execute();
  const today = dayOf(now, community.timezone);
  const last = dayOf(daysAfter(now, WEEKS_AHEAD * 7), community.timezone);
  let added = 0;
  for (const opportunity of demo.opportunities) {
    await db
      .insertInto("opportunities")
      .values(rowFromDemoOpportunity(community.id, opportunity, now.toISOString()))
      .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
      .execute();
    const shifts = demoShiftRows(community.id, community.timezone, opportunity, today, last).filter((shift) => shift.start_at > now.toISOString());
    for (const [index, shift] of shifts.entries()) {
      const inserted = await db
        .insertInto("shifts")
        .values(shift)
        .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
        .executeTakeFirst();
      if (!Number(inserted.numInsertedOrUpdatedRows ?? 0)) continue;
      added++;
      if (index === 0 && community.id === "taihe")
        await signUpNeighbours(db, community.id, shift.id, Math.min(shift.capacity - 1, DEMO_VOLUNTEERS.length), now);
    }
  }
  return added;
}

async function signUpNeighbours(db: Kysely<Database>, communityId: string, shiftId: string, count: number, now: Date): Promise<void> {
  for (const [index, volunteer] of DEMO_VOLUNTEERS.slice(0, count).entries()) {
    await db
      .insertInto("signups")
      .values({
        id: randomUUID(),
        community_id: communityId,
        shift_id: shiftId,
        name: volunteer.name,
        phone: `1390000${String(index).padStart(4, "0")}`,
        skills: "[]",
        show_name: volunteer.showName ? 1 : 0,
        status: "confirmed",
        cancel_token_hash: hashSecret(newSecret()),
        created_at: now.toISOString(),
      })
      .execute();
  }
  await db.updateTable("shifts").set({ filled: count }).where("community_id", "=", communityId).where("id", "=", shiftId).execute();
}
