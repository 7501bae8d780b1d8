import { type Event, formatInstantIn } from "@community-kit/schema";
import type { EventRow } from "../database/tables.js";

/** The API's view of a stored event: instants in the event's own zone, counts but never who. */
export function eventFromRow(row: EventRow, now: Date): Event {
  const location: Event["location"] = { name: row.location_name };
  if (row.location_address !== null) location.address = row.location_address;
  if (row.location_lat !== null) location.lat = row.location_lat;
  if (row.location_lng !== null) location.lng = row.location_lng;
  const event: Event = {
    id: row.id,
    title: row.title,
    description: row.description,
    start: formatInstantIn(new Date(row.start_at), row.timezone),
    end: formatInstantIn(new Date(row.end_at), row.timezone),
    allDay: row.all_day === 1,
    timezone: row.timezone,
    location,
    category: row.category,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
  if (row.organizer !== null) event.organizer = row.organizer;
  if (row.audience !== null) event.audience = row.audience as Event["audience"];
  if (row.capacity !== null) event.capacity = row.capacity;
  if (row.registered_count !== null) event.registeredCount = row.registered_count;
  if (row.image_url !== null) event.imageUrl = row.image_url;
  if (row.url !== null) event.url = row.url;
  if (row.series_id) event.seriesId = row.series_id;
  if (row.status === "cancelled") event.status = "cancelled";
  if (row.registration_open) {
    const closed =
      row.status === "cancelled" || row.end_at <= now.toISOString() || (row.registration_closes_at !== null && row.registration_closes_at <= now.toISOString());
    event.registration = { open: !closed, maxPartySize: row.max_party_size, waitlisted: Number(row.waitlisted ?? 0) };
  }
  return event;
}
