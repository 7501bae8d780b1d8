import { type NoticeCause, addPlainDays, dayOf, instantOfWallTime } from "@community-kit/schema";
import type { Kysely } from "kysely";
import type { Database, NoticeSubject } from "../database/tables.js";
import { noticeChanges } from "./write-notice.js";

/** The day before, residents are reminded at this hour of the place's own clock: not at dawn for a 06:30 tai chi. */
export const REMINDER_HOUR = 10;
const HOURS_BEFORE_MS = 2 * 3_600_000;
/** Far enough ahead to hold every day-before moment: 10:00 the day before a 23:59 start is 38 hours ahead. */
const LOOK_AHEAD_MS = 48 * 3_600_000;

/** When the reminders of something starting at `start` are due: REMINDER_HOUR the day before on the place's clock, and two hours before. */
export function reminderMoments(start: Date, timeZone: string): { dayBefore: Date; hoursBefore: Date } {
  const [year, month, day] = addPlainDays(dayOf(start, timeZone), -1).split("-").map(Number) as [number, number, number];
  return { dayBefore: instantOfWallTime({ year, month, day, hour: REMINDER_HOUR }, timeZone), hoursBefore: new Date(start.getTime() - HOURS_BEFORE_MS) };
}

/**
 * The reminder due at `now`, if any: the day before's until two hours before, then the two hours'
 * until it starts. What was asked for after a reminder's moment does not get that one: a room
 * booked tonight for tomorrow morning needs no "tomorrow" from us.
 */
export function dueReminder(start: Date, timeZone: string, createdAt: Date, now: Date): NoticeCause | undefined {
  const { dayBefore, hoursBefore } = reminderMoments(start, timeZone);
  if (now >= start) return undefined;
  if (now >= hoursBefore) return createdAt < hoursBefore ? "reminder-hours" : undefined;
  if (now >= dayBefore) return createdAt < dayBefore ? "reminder-day" : undefined;
  return undefined;
}

interface Upcoming {
  communityId: string;
  subject: NoticeSubject;
  id: string;
  start: string;
  timezone: string;
  createdAt: string;
}

/** What residents who asked to be told have coming up within LOOK_AHEAD_MS, in communities that send notices. */
async function upcoming(db: Kysely<Database>, now: Date): Promise<Upcoming[]> {
  const from = now.toISOString();
  const to = new Date(now.getTime() + LOOK_AHEAD_MS).toISOString();
  const [registrations, bookings, signups] = await Promise.all([
    db
      .selectFrom("registrations")
      .innerJoin("events", (join) => join.onRef("events.community_id", "=", "registrations.community_id").onRef("events.id", "=", "registrations.event_id"))
      .innerJoin("communities", "communities.id", "registrations.community_id")
      .select([
        "registrations.community_id as communityId",
        "registrations.id",
        "events.start_at as start",
        "events.timezone",
        "registrations.created_at as createdAt",
      ])
      .where("communities.notice_channels", "is not", null)
      .where("registrations.notify", "=", 1)
      .where("registrations.status", "=", "confirmed")
      .where("events.status", "=", "scheduled")
      .where("events.start_at", ">", from)
      .where("events.start_at", "<=", to)
      .execute(),
    db
      .selectFrom("bookings")
      .innerJoin("resources", (join) => join.onRef("resources.community_id", "=", "bookings.community_id").onRef("resources.id", "=", "bookings.resource_id"))
      .innerJoin("communities", "communities.id", "bookings.community_id")
      .select(["bookings.community_id as communityId", "bookings.id", "bookings.start_at as start", "resources.timezone", "bookings.created_at as createdAt"])
      .where("communities.notice_channels", "is not", null)
      .where("bookings.notify", "=", 1)
      .where("bookings.status", "=", "confirmed")
      .where("bookings.start_at", ">", from)
      .where("bookings.start_at", "<=", to)
      .execute(),
    db
      .selectFrom("signups")
      .innerJoin("shifts", (join) => join.onRef("shifts.community_id", "=", "signups.community_id").onRef("shifts.id", "=", "signups.shift_id"))
      .innerJoin("communities", "communities.id", "signups.community_id")
      .select(["signups.community_id as communityId", "signups.id", "shifts.start_at as start", "communities.timezone", "signups.created_at as createdAt"])
      .where("communities.notice_channels", "is not", null)
      .where("signups.notify", "=", 1)
      .where("signups.status", "=", "confirmed")
      .where("shifts.start_at", ">", from)
      .where("shifts.start_at", "<=", to)
      .execute(),
  ]);
  return [
    ...registrations.map((row) => ({ ...row, subject: "registration" as const })),
    ...bookings.map((row) => ({ ...row, subject: "booking" as const })),
    ...signups.map((row) => ({ ...row, subject: "signup" as const })),
  ];
}

const reminderKey = (subject: string, id: string, cause: string) => `${subject} ${id} ${cause}`;

/** The reminders already written of those due: each run finds the same ones due for hours, and need not write them again. */
async function alreadyWritten(db: Kysely<Database>, due: ReadonlyArray<{ id: string }>): Promise<Set<string>> {
  const written = new Set<string>();
  // In slices, within any database's limit on a query's parameters.
  for (let start = 0; start < due.length; start += 500) {
    const rows = await db
      .selectFrom("notices")
      .select(["subject", "subject_id", "cause"])
      .where("cause", "in", ["reminder-day", "reminder-hours"])
      .where(
        "subject_id",
        "in",
        due.slice(start, start + 500).map((item) => item.id),
      )
      .execute();
    for (const row of rows) written.add(reminderKey(row.subject, row.subject_id, row.cause));
  }
  return written;
}

/** Writes the reminders due at `now` not written yet; each is written once (the notices' unique key), however often this runs. Returns how many it wrote. */
export async function writeDueReminders(db: Kysely<Database>, now: Date): Promise<number> {
  const due = (await upcoming(db, now)).flatMap((item) => {
    const cause = dueReminder(new Date(item.start), item.timezone, new Date(item.createdAt), now);
    return cause ? [{ ...item, cause }] : [];
  });
  const written = await alreadyWritten(db, due);
  const unwritten = due.filter((item) => !written.has(reminderKey(item.subject, item.id, item.cause)));
  await noticeChanges(
    db,
    unwritten.map((item) => ({ communityId: item.communityId, subject: item.subject, subjectId: item.id, cause: item.cause, now })),
  );
  return unwritten.length;
}
