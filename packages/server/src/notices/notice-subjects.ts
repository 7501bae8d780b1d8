import { type Kysely, sql } from "kysely";
import type { Database, NoticeSubject } from "../database/tables.js";

/** What a notice says of its registration, booking or sign-up, and how the resident is reached. */
export interface SubjectOfNotice {
  notify: boolean;
  phone: string;
  email: string | null;
  locale: string | null;
  /** The event's title, the room's name, or the opportunity's title. */
  title: string;
  startAt: string;
  endAt: string;
  timezone: string;
  place: string;
  /** Why staff turned a booking down or the centre cancelled it, or called a shift off. */
  reason: string | null;
}

/** Reads a registration, booking or sign-up with what it is for; undefined when there is none. */
export async function subjectOfNotice(db: Kysely<Database>, communityId: string, subject: NoticeSubject, id: string): Promise<SubjectOfNotice | undefined> {
  const row = await selectSubject(db, communityId, subject, id).executeTakeFirst();
  return row && { ...row, notify: row.notify === 1, reason: row.reason ?? null };
}

function selectSubject(db: Kysely<Database>, communityId: string, subject: NoticeSubject, id: string) {
  if (subject === "registration") {
    return db
      .selectFrom("registrations")
      .innerJoin("events", (join) => join.onRef("events.community_id", "=", "registrations.community_id").onRef("events.id", "=", "registrations.event_id"))
      .select(["registrations.notify", "registrations.phone", "registrations.email", "registrations.locale", "events.title", "events.start_at as startAt"])
      .select(["events.end_at as endAt", "events.timezone", "events.location_name as place"])
      .select(sql<string | null>`null`.as("reason"))
      .where("registrations.community_id", "=", communityId)
      .where("registrations.id", "=", id);
  }
  if (subject === "booking") {
    return db
      .selectFrom("bookings")
      .innerJoin("resources", (join) => join.onRef("resources.community_id", "=", "bookings.community_id").onRef("resources.id", "=", "bookings.resource_id"))
      .select(["bookings.notify", "bookings.phone", "bookings.email", "bookings.locale", "resources.name as title", "bookings.start_at as startAt"])
      .select(["bookings.end_at as endAt", "resources.timezone", "resources.location_name as place", "bookings.decision_reason as reason"])
      .where("bookings.community_id", "=", communityId)
      .where("bookings.id", "=", id);
  }
  return db
    .selectFrom("signups")
    .innerJoin("shifts", (join) => join.onRef("shifts.community_id", "=", "signups.community_id").onRef("shifts.id", "=", "signups.shift_id"))
    .innerJoin("opportunities", (join) =>
      join.onRef("opportunities.community_id", "=", "shifts.community_id").onRef("opportunities.id", "=", "shifts.opportunity_id"),
    )
    .innerJoin("communities", "communities.id", "signups.community_id")
    .select(["signups.notify", "signups.phone", "signups.email", "signups.locale", "opportunities.title", "shifts.start_at as startAt"])
    .select(["shifts.end_at as endAt", "communities.timezone"])
    .select((select) => select.fn.coalesce("shifts.location_name", "opportunities.location_name").as("place"))
    .select("shifts.cancel_reason as reason")
    .where("signups.community_id", "=", communityId)
    .where("signups.id", "=", id);
}
