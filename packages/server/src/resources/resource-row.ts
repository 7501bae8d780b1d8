import type { Resource } from "@community-kit/schema";
import type { Insertable } from "kysely";
import type { ResourceTable, ResourceRow } from "../database/tables.js";

/** The API's view of a stored resource. */
export function resourceFromRow(row: ResourceRow): Resource {
  const resource: Resource = {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    photos: JSON.parse(row.photos) as string[],
    amenities: JSON.parse(row.amenities) as string[],
    location: row.location_address === null ? { name: row.location_name } : { name: row.location_name, address: row.location_address },
    timezone: row.timezone,
    hours: JSON.parse(row.hours) as Resource["hours"],
    closures: JSON.parse(row.closures) as Resource["closures"],
    limits: JSON.parse(row.limits) as Resource["limits"],
    approval: row.approval === 1,
    maxActivePerPhone: row.max_active_per_phone,
  };
  if (row.capacity !== null) resource.capacity = row.capacity;
  if (row.quantity !== null) resource.quantity = row.quantity;
  if (row.usage_notes !== null) resource.usageNotes = row.usage_notes;
  return resource;
}

/** A resource as it is written: the API's fields, photos optional (the demo has none). */
export type ResourceFields = Omit<Resource, "timezone" | "photos"> & { photos?: string[] };

export function rowFromResource(communityId: string, timezone: string, resource: ResourceFields, position: number, now: Date): Insertable<ResourceTable> {
  return {
    community_id: communityId,
    id: resource.id,
    kind: resource.kind,
    name: resource.name,
    description: resource.description,
    photos: JSON.stringify(resource.photos ?? []),
    capacity: resource.capacity ?? null,
    quantity: resource.quantity ?? null,
    amenities: JSON.stringify(resource.amenities),
    usage_notes: resource.usageNotes ?? null,
    location_name: resource.location.name,
    location_address: resource.location.address ?? null,
    timezone,
    hours: JSON.stringify(resource.hours),
    closures: JSON.stringify(resource.closures),
    limits: JSON.stringify(resource.limits),
    approval: resource.approval ? 1 : 0,
    max_active_per_phone: resource.maxActivePerPhone,
    position,
    updated_at: now.toISOString(),
  };
}
