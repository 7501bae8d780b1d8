import type { PrivacyPolicy } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { invalidFields } from "../http/problem.js";

export { writeOrigins } from "./write-origins.js";

/** An origin as browsers send it (scheme, host, port), or undefined for anything else. */
function originOf(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return ["http:", "https:"].includes(url.protocol) && url.origin === text.trim().replace(/\/$/, "") ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the origins a community takes residents' writes from; each must be a web origin (https://www.example.gov.cn). */
export async function setWriteOrigins(db: Kysely<Database>, communityId: string, origins: readonly string[]): Promise<string[]> {
  const errors = origins.flatMap((origin, index) =>
    originOf(origin)
      ? []
      : [{ field: `origins.${index}`, code: "invalid_origin", message: `"${origin}" is not a web origin such as https://www.example.gov.cn` }],
  );
  if (errors.length) throw invalidFields(errors);
  const next = [...new Set(origins.map((origin) => originOf(origin)!))];
  await db
    .updateTable("communities")
    .set({ write_origins: JSON.stringify(next) })
    .where("id", "=", communityId)
    .execute();
  return next;
}

/** The privacy notice residents' forms show, and how long their names and phones are kept. */
export async function setPrivacyPolicy(db: Kysely<Database>, communityId: string, policy: PrivacyPolicy): Promise<PrivacyPolicy> {
  await db
    .updateTable("communities")
    .set({ privacy_controller: policy.controller, privacy_contact: policy.contact, retention_days: policy.retentionDays })
    .where("id", "=", communityId)
    .execute();
  return policy;
}
