import type { Partner, PartnerWrite } from "@community-kit/schema";
import type { Insertable } from "kysely";
import type { PartnerTable, PartnerRow } from "../database/tables.js";

export function partnerFromRow(row: PartnerRow): Partner {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    address: row.address,
    location: { lat: row.lat, lng: row.lng },
    contact: JSON.parse(row.contact) as Partner["contact"],
    description: row.description,
    services: JSON.parse(row.services) as string[],
    ...(row.partner_since ? { partnerSince: row.partner_since } : {}),
    ...(row.logo_url ? { logoUrl: row.logo_url } : {}),
    ...(row.website ? { website: row.website } : {}),
    updatedAt: row.updated_at,
  };
}

/** The columns of a partner as written; fields left out of an update keep theirs. */
export function partnerColumns(partner: Partial<Omit<PartnerWrite, "id">>): Partial<Insertable<PartnerTable>> {
  return {
    ...(partner.name !== undefined ? { name: partner.name } : {}),
    ...(partner.type !== undefined ? { type: partner.type } : {}),
    ...(partner.address !== undefined ? { address: partner.address } : {}),
    ...(partner.location ? { lat: partner.location.lat, lng: partner.location.lng } : {}),
    ...(partner.contact ? { contact: JSON.stringify(partner.contact) } : {}),
    ...(partner.description !== undefined ? { description: partner.description } : {}),
    ...(partner.services ? { services: JSON.stringify(partner.services) } : {}),
    ...("partnerSince" in partner ? { partner_since: partner.partnerSince ?? null } : {}),
    ...("logoUrl" in partner ? { logo_url: partner.logoUrl ?? null } : {}),
    ...("website" in partner ? { website: partner.website ?? null } : {}),
  };
}

/** A new partner's row, `position` its place in the community's order. */
export function partnerRow(communityId: string, partner: PartnerWrite, position: number, now: Date): Insertable<PartnerTable> {
  return {
    community_id: communityId,
    id: partner.id,
    name: partner.name,
    type: partner.type,
    address: partner.address,
    lat: partner.location.lat,
    lng: partner.location.lng,
    contact: JSON.stringify(partner.contact),
    description: partner.description,
    services: JSON.stringify(partner.services),
    partner_since: partner.partnerSince ?? null,
    logo_url: partner.logoUrl ?? null,
    website: partner.website ?? null,
    position,
    updated_at: now.toISOString(),
  };
}

/** A GeoJSON FeatureCollection (RFC 7946) of the partners: points as [longitude, latitude] in WGS-84. */
export function partnersGeoJson(partners: Partner[]) {
  return {
    type: "FeatureCollection" as const,
    features: partners.map((partner) => ({
      type: "Feature" as const,
      id: partner.id,
      geometry: { type: "Point" as const, coordinates: [partner.location.lng, partner.location.lat] },
      properties: { name: partner.name, type: partner.type, address: partner.address, services: partner.services },
    })),
  };
}
