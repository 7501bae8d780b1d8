import { Hono } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../database/tables.js";
import { requireManager } from "../management/require-manager.js";
import { type CommunityEnv, inCommunity } from "./communities.js";
import { manageCommunitySettings } from "./management/community-settings.js";
import { manageEvents } from "./management/event-management.js";
import { manageKeys } from "./management/key-management.js";
import { manageNotices } from "./management/notice-management.js";
import { manageOfficialDays } from "./management/official-day-management.js";
import type { Management } from "./management/management.js";
import { managePartners } from "./management/partner-management.js";
import { managePersonalData } from "./management/privacy-management.js";
import { manageRegistrations } from "./management/registration-management.js";
import { manageRooms } from "./management/room-management.js";
import { manageStaff } from "./management/staff-management.js";
import { manageVolunteers } from "./management/volunteer-management.js";

/** Management under /v1, each route behind the community's API key or a session of its staff in a role that covers it. */
export function managementRoutes(db: Kysely<Database>): Hono<CommunityEnv> {
  const noStore = { "Cache-Control": "no-store" };
  const management: Management = {
    routes: new Hono<CommunityEnv>(),
    db,
    allow: requireManager(db),
    community: inCommunity(db),
    noStore,
    personal: { ...noStore, Vary: "Authorization" },
  };
  for (const part of [
    manageEvents,
    manageRegistrations,
    manageRooms,
    manageVolunteers,
    managePartners,
    manageOfficialDays,
    managePersonalData,
    manageKeys,
    manageStaff,
    manageCommunitySettings,
    manageNotices,
  ])
    part(management);
  return management.routes;
}
