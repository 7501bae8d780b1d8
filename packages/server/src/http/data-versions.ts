import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";

/** A community's data version as the database holds it (migration 0017), or undefined for no such community. */
export type DataVersion = string | undefined;

/**
 * Reads communities' data versions, at most one query under way per
 * community. A read that arrives while one is under way waits for the next,
 * which begins after it arrived and so sees every write finished before it:
 * hundreds of readers a second cost the database a few queries, and none is
 * answered from before a write it followed.
 */
export function dataVersions(select: (community: string) => Promise<DataVersion>): (community: string) => Promise<DataVersion> {
  const underWay = new Map<string, { done: Promise<unknown>; next?: Promise<DataVersion> }>();

  const start = (community: string) => {
    const query = select(community);
    const flight = { done: query.catch(() => {}) };
    underWay.set(community, flight);
    void flight.done.then(() => {
      if (underWay.get(community) === flight) underWay.delete(community);
    });
    return query;
  };

  return (community) => {
    const flight = underWay.get(community);
    if (!flight) return start(community);
    flight.next ??= flight.done.then(() => start(community));
    return flight.next;
  };
}

/** The data versions in `db`. */
export function dataVersionsIn(db: Kysely<Database>): (community: string) => Promise<DataVersion> {
  return dataVersions(async (community) => {
    const row = await db.selectFrom("data_versions").select("version").where("community_id", "=", community).executeTakeFirst();
    return row === undefined ? undefined : String(row.version);
  });
}
