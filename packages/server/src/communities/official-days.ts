import type { OfficialDay } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { writeTransaction } from "../database/write-transaction.js";
import { invalidFields } from "../http/problem.js";

/** The community's official days from the year `from` to the year `to` (both included; no end without it), in date order. */
export async function officialDays(db: Kysely<Database>, communityId: string, years: { from: number; to?: number }): Promise<OfficialDay[]> {
  let query = db
    .selectFrom("official_days")
    .select(["date", "kind", "name"])
    .where("community_id", "=", communityId)
    .where("date", ">=", `${years.from}-01-01`);
  if (years.to !== undefined) query = query.where("date", "<=", `${years.to}-12-31`);
  return query.orderBy("date").execute();
}

/**
 * Sets `year`'s schedule in place of what was set for it, in one transaction;
 * none (an empty list) gives the year back to the schedule the widgets carry.
 * A day of another year is a 400 naming it.
 */
export async function setOfficialDays(db: Kysely<Database>, communityId: string, year: number, days: OfficialDay[]): Promise<OfficialDay[]> {
  const astray = days.flatMap((day, index) =>
    day.date.startsWith(`${year}-`) ? [] : [{ field: `days.${index}.date`, code: "wrong_year", message: `${day.date} is not in ${year}` }],
  );
  if (astray.length) throw invalidFields(astray);
  await writeTransaction(db, communityId, async (transaction) => {
    await transaction
      .deleteFrom("official_days")
      .where("community_id", "=", communityId)
      .where("date", ">=", `${year}-01-01`)
      .where("date", "<=", `${year}-12-31`)
      .execute();
    if (days.length)
      await transaction
        .insertInto("official_days")
        .values(days.map((day) => ({ community_id: communityId, ...day })))
        .execute();
  });
  return officialDays(db, communityId, { from: year, to: year });
}
