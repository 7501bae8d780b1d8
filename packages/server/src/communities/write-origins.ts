import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError, invalidFields } from "../http/problem.js";
import { findCommunity } from "../routes/communities.js";

/** The web origins a community takes residents' writes from. */
export async function writeOrigins(db: Kysely<Database>, communityId: string): Promise<string[]> {
  return JSON.parse((await findCommunity(db, communityId)).write_origins) as string[];
}

/** An origin as browsers send it (scheme, host and port, no path), or undefined for anything else. */
function originOf(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return ["http:", "https:"].includes(url.protocol) && url.origin === text.trim().replace(/\/$/, "") ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

async function storeOrigins(db: Kysely<Database>, communityId: string, origins: string[]): Promise<string[]> {
  await db
    .updateTable("communities")
    .set({ write_origins: JSON.stringify(origins) })
    .where("id", "=", communityId)
    .execute();
  return origins;
}

/** Adds (or removes) an origin, written as browsers send it. */
export async function setWriteOrigin(db: Kysely<Database>, communityId: string, origin: string, allowed: boolean): Promise<string[]> {
  const valid = originOf(origin);
  if (!valid) throw new ProblemError(400, "invalid_parameter", "Invalid origin", `"${origin}" is not a web origin such as https://www.example.gov.cn`);
  const current = await writeOrigins(db, communityId);
  return storeOrigins(db, communityId, allowed ? [...new Set([...current, valid])] : current.filter((candidate) => candidate !== valid));
}

/** Replaces the origins a community takes residents' writes from; each must be a web origin (https://www.example.gov.cn). */
export async function setWriteOrigins(db: Kysely<Database>, communityId: string, origins: readonly string[]): Promise<string[]> {
  const errors = origins.flatMap((origin, index) =>
    originOf(origin)
      ? []
      : [{ field: `origins.${index}`, code: "invalid_origin", message: `"${origin}" is not a web origin such as https://www.example.gov.cn` }],
  );
  if (errors.length) throw invalidFields(errors);
  return storeOrigins(db, communityId, [...new Set(origins.map((origin) => originOf(origin)!))]);
}
