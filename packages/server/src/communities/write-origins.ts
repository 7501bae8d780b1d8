import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { ProblemError } from "../http/problem.js";
import { findCommunity } from "../routes/communities.js";

/** The web origins a community takes residents' writes from. */
export async function writeOrigins(db: Kysely<Database>, communityId: string): Promise<string[]> {
  return JSON.parse((await findCommunity(db, communityId)).write_origins) as string[];
}

/** Adds (or removes) an origin, written as browsers send it: scheme, host and port, no path. */
export async function setWriteOrigin(db: Kysely<Database>, communityId: string, origin: string, allowed: boolean): Promise<string[]> {
  const invalid = new ProblemError(400, "invalid_parameter", "Invalid origin", `"${origin}" is not a web origin such as https://www.example.gov.cn`);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw invalid;
  }
  if (!["http:", "https:"].includes(url.protocol) || url.origin !== origin.replace(/\/$/, "")) throw invalid;
  const current = await writeOrigins(db, communityId);
  const next = allowed ? [...new Set([...current, url.origin])] : current.filter((candidate) => candidate !== url.origin);
  await db
    .updateTable("communities")
    .set({ write_origins: JSON.stringify(next) })
    .where("id", "=", communityId)
    .execute();
  return next;
}
