import type { Generated } from "kysely";

/** Instants are stored as UTC ISO 8601 text (…Z) so that text order is time order. */
export interface CommunityTable {
  id: string;
  name: string;
  timezone: string;
  locale: string;
  address: string;
}

export interface CategoryTable {
  community_id: string;
  id: string;
  name: string;
  color: string | null;
  position: number;
}

export interface EventTable {
  community_id: string;
  id: string;
  title: string;
  description: string;
  start_at: string;
  end_at: string;
  all_day: number;
  timezone: string;
  location_name: string;
  location_address: string | null;
  location_lat: number | null;
  location_lng: number | null;
  category: string;
  organizer: string | null;
  audience: string | null;
  capacity: number | null;
  registered_count: number | null;
  image_url: string | null;
  url: string | null;
  updated_at: string;
  /** Insertion order, a stable tie-breaker. */
  seq: Generated<number>;
}

export interface Database {
  communities: CommunityTable;
  categories: CategoryTable;
  events: EventTable;
}
