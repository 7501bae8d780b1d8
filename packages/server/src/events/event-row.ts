import { type Event, formatInstantIn } from "@community-kit/schema";
import type { Selectable } from "kysely";
import type { EventTable } from "../database/tables.js";

/** The API's view of a stored event: instants in the event's own zone, no internal columns. */
export function eventFromRow(row: Selectable<EventTable>): Event {
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
  return event;
}
