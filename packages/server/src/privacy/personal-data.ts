import { type Erasure, type PersonalData, normalizePhone } from "@community-kit/schema";
import type { Kysely } from "kysely";
import { cancelBooking } from "../bookings/book.js";
import type { Database } from "../database/tables.js";
import { cancelRegistration } from "../registrations/cancel.js";
import { cancelSignup } from "../volunteers/sign-up.js";
import { ERASED } from "./purge.js";

/** For a person's request to see what is kept about them (the export). */
export async function personalData(db: Kysely<Database>, communityId: string, phone: string): Promise<PersonalData> {
  const normalized = normalizePhone(phone);
  const [registrations, bookings, signups] = await Promise.all([
    db
      .selectFrom("registrations")
      .innerJoin("events", (join) => join.onRef("events.community_id", "=", "registrations.community_id").onRef("events.id", "=", "registrations.event_id"))
      .select([
        "registrations.event_id as eventId",
        "events.title",
        "events.start_at as start",
        "registrations.name",
        "registrations.party_size as partySize",
        "registrations.status",
        "registrations.created_at as registeredAt",
        "registrations.email",
      ])
      .where("registrations.community_id", "=", communityId)
      .where("registrations.phone", "=", normalized)
      .orderBy("events.start_at")
      .execute(),
    db
      .selectFrom("bookings")
      .select(["resource_id as resourceId", "start_at as start", "end_at as end", "name", "organisation", "purpose", "status", "email"])
      .where("community_id", "=", communityId)
      .where("kind", "=", "booking")
      .where("phone", "=", normalized)
      .orderBy("start_at")
      .execute(),
    db
      .selectFrom("signups")
      .innerJoin("shifts", (join) => join.onRef("shifts.community_id", "=", "signups.community_id").onRef("shifts.id", "=", "signups.shift_id"))
      .innerJoin("opportunities", (join) =>
        join.onRef("opportunities.community_id", "=", "shifts.community_id").onRef("opportunities.id", "=", "shifts.opportunity_id"),
      )
      .select([
        "signups.shift_id as shiftId",
        "opportunities.title",
        "shifts.start_at as start",
        "signups.name",
        "signups.skills",
        "signups.status",
        "signups.email",
      ])
      .where("signups.community_id", "=", communityId)
      .where("signups.phone", "=", normalized)
      .orderBy("shifts.start_at")
      .execute(),
  ]);
  // An address is there only where the person gave one to be told.
  const withEmail = <Row extends { email: string | null }>({ email, ...row }: Row) => ({ ...row, ...(email ? { email } : {}) });
  return {
    phone: normalized,
    registrations: registrations.map(withEmail),
    bookings: bookings.map(withEmail),
    signups: signups.map((signup) => withEmail({ ...signup, skills: JSON.parse(signup.skills) as string[] })),
  };
}

/**
 * Erases one person's data on their request: what is still to come is
 * cancelled first (their places pass to those waiting, as with any cancel),
 * then their name, phone, group and skills are erased from every record
 * (ERASED, as the retention purge does). Counts, statuses and hours stay.
 */
export async function erasePersonalData(db: Kysely<Database>, communityId: string, phone: string, now: Date): Promise<Erasure> {
  const normalized = normalizePhone(phone);
  const instant = now.toISOString();
  let cancelled = 0;
  const upcomingRegistrations = await db
    .selectFrom("registrations")
    .innerJoin("events", (join) => join.onRef("events.community_id", "=", "registrations.community_id").onRef("events.id", "=", "registrations.event_id"))
    .select(["registrations.id", "registrations.event_id as eventId"])
    .where("registrations.community_id", "=", communityId)
    .where("registrations.phone", "=", normalized)
    .where("registrations.status", "!=", "cancelled")
    .where("events.end_at", ">", instant)
    .execute();
  for (const registration of upcomingRegistrations) {
    await cancelRegistration(db, { communityId, eventId: registration.eventId, registrationId: registration.id, cancelToken: undefined, byStaff: true, now });
    cancelled++;
  }
  const upcomingBookings = await db
    .selectFrom("bookings")
    .select("id")
    .where("community_id", "=", communityId)
    .where("phone", "=", normalized)
    .where("status", "in", ["confirmed", "pending"])
    .where("end_at", ">", instant)
    .execute();
  for (const booking of upcomingBookings) {
    await cancelBooking(db, { communityId, bookingId: booking.id, cancelToken: undefined, byStaff: true, now });
    cancelled++;
  }
  const upcomingSignups = await db
    .selectFrom("signups")
    .innerJoin("shifts", (join) => join.onRef("shifts.community_id", "=", "signups.community_id").onRef("shifts.id", "=", "signups.shift_id"))
    .select("signups.id")
    .where("signups.community_id", "=", communityId)
    .where("signups.phone", "=", normalized)
    .where("signups.status", "!=", "cancelled")
    .where("shifts.end_at", ">", instant)
    .execute();
  for (const signup of upcomingSignups) {
    await cancelSignup(db, { communityId, signupId: signup.id, cancelToken: undefined, byStaff: true, now });
    cancelled++;
  }

  // The notices to the person go with them: even masked, the number was theirs.
  const theirs = (table: "registrations" | "bookings" | "signups") =>
    db.selectFrom(table).select("id").where("community_id", "=", communityId).where("phone", "=", normalized);
  await db
    .deleteFrom("notices")
    .where("community_id", "=", communityId)
    .where((where) =>
      where.or([
        where.and([where("subject", "=", "registration"), where("subject_id", "in", theirs("registrations"))]),
        where.and([where("subject", "=", "booking"), where("subject_id", "in", theirs("bookings"))]),
        where.and([where("subject", "=", "signup"), where("subject_id", "in", theirs("signups"))]),
      ]),
    )
    .execute();
  const erased = await Promise.all([
    db.updateTable("registrations").set(ERASED.registrations).where("community_id", "=", communityId).where("phone", "=", normalized).executeTakeFirst(),
    db.updateTable("bookings").set(ERASED.bookings).where("community_id", "=", communityId).where("phone", "=", normalized).executeTakeFirst(),
    db.updateTable("signups").set(ERASED.signups).where("community_id", "=", communityId).where("phone", "=", normalized).executeTakeFirst(),
  ]);
  return { cancelled, erased: erased.reduce((sum, result) => sum + Number(result.numUpdatedRows), 0) };
}
