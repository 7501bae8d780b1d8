import { dayOf, startOfDayIn } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { rowFromResource } from "../resources/resource-row.js";
import { demoProgrammes } from "./demo-communities.js";
import { demoOfficialDays } from "./demo-official-days.js";
import { demoResources } from "./demo-resources.js";
import { expandProgramme, monthsAround } from "./expand-programme.js";
import { seedVolunteering } from "./seed-volunteers.js";
import { demoPartners } from "./demo-partners.js";
import { partnerRow } from "../partners/partner-row.js";
import { seedDemoStaff } from "./demo-staff.js";

export interface SeedResult {
  communities: number;
  events: number;
  resources: number;
  shifts: number;
  partners: number;
}

/**
 * Seeds the demo communities with events over last month (what is over), this month and the next two,
 * their rooms and equipment, their volunteer teams with six weeks of shifts and their partners,
 * counted from `today` in each community's zone, and the mainland ones with an
 * example of a year's official holidays. Rows that exist are left as
 * they are, so seeding twice changes nothing.
 */
export async function seedDemo(db: Kysely<Database>, now: Date): Promise<SeedResult> {
  const result: SeedResult = { communities: 0, events: 0, resources: 0, shifts: 0, partners: 0 };
  await db.transaction().execute(async (transaction) => {
    for (const programme of demoProgrammes) {
      const { community, categories } = programme;
      const inserted = await transaction
        .insertInto("communities")
        .values(community)
        .onConflict((conflict) => conflict.column("id").doNothing())
        .executeTakeFirst();
      result.communities += Number(inserted.numInsertedOrUpdatedRows ?? 0);
      await transaction
        .insertInto("categories")
        .values(categories.map((category, position) => ({ ...category, community_id: community.id, position })))
        .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
        .execute();

      if (community.locale === "zh-CN") {
        await transaction
          .insertInto("official_days")
          .values(demoOfficialDays.map((day) => ({ community_id: community.id, ...day })))
          .onConflict((conflict) => conflict.columns(["community_id", "date"]).doNothing())
          .execute();
      }

      const today = dayOf(now, community.timezone);
      const { first, last } = monthsAround(today, 2);
      const updatedAt = startOfDayIn(today, community.timezone).toISOString();
      for (const event of expandProgramme(programme, first, last, updatedAt)) {
        const insertedEvent = await transaction
          .insertInto("events")
          .values(event)
          .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
          .executeTakeFirst();
        result.events += Number(insertedEvent.numInsertedOrUpdatedRows ?? 0);
      }
      for (const [position, resource] of (demoResources[community.id] ?? []).entries()) {
        const insertedResource = await transaction
          .insertInto("resources")
          .values(rowFromResource(community.id, community.timezone, resource, position, now))
          .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
          .executeTakeFirst();
        result.resources += Number(insertedResource.numInsertedOrUpdatedRows ?? 0);
      }
      result.shifts += await seedVolunteering(transaction, community, now);
      for (const [position, partner] of (demoPartners[community.id] ?? []).entries()) {
        const insertedPartner = await transaction
          .insertInto("partners")
          .values(partnerRow(community.id, partner, position, now))
          .onConflict((conflict) => conflict.columns(["community_id", "id"]).doNothing())
          .executeTakeFirst();
        result.partners += Number(insertedPartner.numInsertedOrUpdatedRows ?? 0);
      }
    }
    await seedDemoStaff(transaction, now);
  });
  return result;
}
