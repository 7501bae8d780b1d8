import { type ManagedRegistration, formatInstantIn } from "@community-kit/schema";
import { stringify } from "csv-stringify/sync";
import type { Kysely } from "kysely";
import type { Database, EventRow } from "../database/tables.js";

/** An event's registrations with names and phones, in arrival order, with each waiting party's place. */
export async function listRegistrations(db: Kysely<Database>, communityId: string, event: EventRow): Promise<ManagedRegistration[]> {
  const rows = await db
    .selectFrom("registrations")
    .selectAll()
    .where("community_id", "=", communityId)
    .where("event_id", "=", event.id)
    .orderBy("seq")
    .execute();
  let waiting = 0;
  return rows.map((row) => {
    const registration: ManagedRegistration = {
      id: row.id,
      eventId: row.event_id,
      name: row.name,
      phone: row.phone,
      partySize: row.party_size,
      status: row.status,
      createdAt: formatInstantIn(new Date(row.created_at), event.timezone),
    };
    if (row.status === "waitlisted") registration.position = ++waiting;
    if (row.cancelled_at) registration.cancelledAt = formatInstantIn(new Date(row.cancelled_at), event.timezone);
    if (row.checked_in_at) registration.checkedInAt = formatInstantIn(new Date(row.checked_in_at), event.timezone);
    return registration;
  });
}

const STATUS_NAMES: Record<ManagedRegistration["status"], string> = {
  confirmed: "已确认 confirmed",
  waitlisted: "候补 waitlisted",
  cancelled: "已取消 cancelled",
};

/** A spreadsheet program would run a cell that starts like a formula (OWASP CSV injection); a leading ' keeps it text. */
export const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The registrations as CSV for a spreadsheet: UTF-8 with a byte-order mark,
 * so that Excel shows Chinese names, and every cell kept as text.
 */
export function registrationsCsv(registrations: ManagedRegistration[]): string {
  return stringify(
    registrations.map((registration) => [
      registration.createdAt.slice(0, 16).replace("T", " "),
      asText(registration.name),
      asText(registration.phone),
      registration.partySize,
      STATUS_NAMES[registration.status],
      registration.position ?? "",
      registration.cancelledAt?.slice(0, 16).replace("T", " ") ?? "",
      registration.checkedInAt?.slice(0, 16).replace("T", " ") ?? "",
    ]),
    {
      bom: true,
      header: true,
      columns: [
        "报名时间 Registered",
        "姓名 Name",
        "手机 Phone",
        "人数 People",
        "状态 Status",
        "候补位置 Waitlist place",
        "取消时间 Cancelled",
        "签到时间 Checked in",
      ],
    },
  );
}
