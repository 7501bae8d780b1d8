import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as communitiesAndEvents from "./migrations/0001-communities-and-events.js";
import * as registrations from "./migrations/0002-registrations.js";
import * as privacy from "./migrations/0003-privacy.js";
import * as recurrence from "./migrations/0004-recurrence.js";
import * as calendarUids from "./migrations/0005-calendar-uids.js";
import * as management from "./migrations/0006-management.js";
import * as resourcesAndBookings from "./migrations/0007-resources-and-bookings.js";
import * as bookingBlocks from "./migrations/0008-booking-blocks.js";
import * as volunteers from "./migrations/0009-volunteers.js";
import * as partners from "./migrations/0010-partners.js";
import * as writeOrigins from "./migrations/0011-write-origins.js";
import * as auditLog from "./migrations/0012-audit-log.js";
import * as bookingOverlap from "./migrations/0013-booking-overlap.js";
import * as writeCounts from "./migrations/0014-write-counts.js";
import * as shortCodes from "./migrations/0015-short-codes.js";
import * as officialDays from "./migrations/0016-official-days.js";
import * as dataVersions from "./migrations/0017-data-versions.js";
import * as staffAccounts from "./migrations/0018-staff-accounts.js";
import * as registrationCheckIn from "./migrations/0019-registration-check-in.js";
import * as bookingDecisionReason from "./migrations/0020-booking-decision-reason.js";
import * as notices from "./migrations/0021-notices.js";
import * as shiftCancelling from "./migrations/0022-shift-cancelling.js";
import type { Database } from "./tables.js";

// Migrations are imported, not read from a folder, so they ship inside the bundle.
const migrations: Record<string, Migration> = {
  "0001-communities-and-events": communitiesAndEvents,
  "0002-registrations": registrations,
  "0003-privacy": privacy,
  "0004-recurrence": recurrence,
  "0005-calendar-uids": calendarUids,
  "0006-management": management,
  "0007-resources-and-bookings": resourcesAndBookings,
  "0008-booking-blocks": bookingBlocks,
  "0009-volunteers": volunteers,
  "0010-partners": partners,
  "0011-write-origins": writeOrigins,
  "0012-audit-log": auditLog,
  "0013-booking-overlap": bookingOverlap,
  "0014-write-counts": writeCounts,
  "0015-short-codes": shortCodes,
  "0016-official-days": officialDays,
  "0017-data-versions": dataVersions,
  "0018-staff-accounts": staffAccounts,
  "0019-registration-check-in": registrationCheckIn,
  "0020-booking-decision-reason": bookingDecisionReason,
  "0021-notices": notices,
  "0022-shift-cancelling": shiftCancelling,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database up to the latest schema; returns the names applied now. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName);
}
