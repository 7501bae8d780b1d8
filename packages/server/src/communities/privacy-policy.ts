import type { PrivacyPolicy } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";

/** The privacy notice residents' forms show, and how long their names and phones are kept. */
export async function setPrivacyPolicy(db: Kysely<Database>, communityId: string, policy: PrivacyPolicy): Promise<PrivacyPolicy> {
  await db
    .updateTable("communities")
    .set({ privacy_controller: policy.controller, privacy_contact: policy.contact, retention_days: policy.retentionDays })
    .where("id", "=", communityId)
    .execute();
  return policy;
}
