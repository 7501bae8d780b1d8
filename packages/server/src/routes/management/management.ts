import type { Hono, MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../../database/tables.js";
import type { ApiEnv } from "../../http/request-time.js";
import type { ManagementArea } from "../../management/require-manager.js";
import type { CommunityEnv } from "../communities.js";

/** What every part of the management API is built with. */
export interface Management {
  routes: Hono<CommunityEnv>;
  db: Kysely<Database>;
  /** The community's API key, or a session of its staff whose role covers `area`, required. */
  allow: (area: ManagementArea) => MiddlewareHandler<ApiEnv>;
  /** The community named in the path, found or a 404. */
  community: MiddlewareHandler<CommunityEnv>;
  /** Headers of answers no cache may keep. */
  noStore: Record<string, string>;
  /** Headers of answers with personal data: kept by no cache, and never shared across keys. */
  personal: Record<string, string>;
}
