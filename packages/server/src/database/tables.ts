import type { Generated, Selectable } from "kysely";

/** Instants are stored as UTC ISO 8601 text (…Z) so that text order is time order. */
export interface CommunityTable {
  id: string;
  name: string;
  timezone: string;
  locale: string;
  address: string;
  privacy_controller: string;
  privacy_contact: string;
  /** Days after an event ends until registrations lose their names and phones. */
  retention_days: Generated<number>;
  /** JSON array of the web origins residents may write from with a browser. */
  write_origins: Generated<string>;
  /** JSON of NoticeChannels: where residents' notices go; null sends none. */
  notice_channels: Generated<string | null>;
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
  registration_open: Generated<number>;
  max_party_size: Generated<number>;
  registration_closes_at: string | null;
  /** A series: JSON of `Recurrence`. */
  recurrence: string | null;
  /** A series: end of its last occurrence, null when it never ends. */
  until_at: string | null;
  /** An occurrence's own row: its series, and its wall time there. */
  series_id: string | null;
  recurrence_id: string | null;
  /** The iCalendar UID it was imported with. */
  uid: string | null;
  status: Generated<"scheduled" | "cancelled">;
}

/** A community's management key: the secret is only ever shown when it is made. */
export interface ApiKeyTable {
  id: string;
  community_id: string;
  label: string;
  secret_hash: string;
  created_at: string;
  last_used_at: string | null;
  /** When the key stopped working; null while it works. */
  revoked_at: string | null;
}

/** One request made with a management key: who (which key), what, and how it ended. */
export interface AuditLogTable {
  id: string;
  community_id: string;
  at: string;
  key_id: string;
  key_label: string;
  method: string;
  path: string;
  status: number;
}

export interface RegistrationTable {
  /** Arrival order, which the waitlist follows. */
  seq: Generated<number>;
  id: string;
  community_id: string;
  event_id: string;
  name: string;
  /** Normalized: 13800138000 or +442079460958 */
  phone: string;
  party_size: number;
  status: "confirmed" | "waitlisted" | "cancelled";
  /** SHA-256 of the cancel token; the token itself is only ever in the 201. */
  cancel_token_hash: string;
  /** SHA-256 of the short code with the phone number (shortCodeHash); none on rows from before short codes. */
  short_code_hash: string | null;
  created_at: string;
  cancelled_at: string | null;
  /** When staff checked the party in at the door; null until then. */
  checked_in_at: Generated<string | null>;
  /** 1 when the resident asked to be told of changes (0021-notices): never unless asked. */
  notify: Generated<number>;
  /** Where to write, if the resident gave an address; e-mail is never required. */
  email: Generated<string | null>;
  /** The language the resident asked in, that notices are written in. */
  locale: Generated<string | null>;
}

/** The first answer to each Idempotency-Key, replayed for the same request. */
export interface IdempotencyKeyTable {
  community_id: string;
  key: string;
  fingerprint: string;
  status: number;
  body: string;
  created_at: string;
}

/** A room or piece of equipment; hours, closures and limits as JSON of their schema types. */
export interface ResourceTable {
  community_id: string;
  id: string;
  kind: "room" | "equipment";
  name: string;
  description: string;
  photos: string;
  capacity: number | null;
  quantity: number | null;
  amenities: string;
  usage_notes: string | null;
  location_name: string;
  location_address: string | null;
  timezone: string;
  hours: string;
  closures: string;
  limits: string;
  approval: number;
  max_active_per_phone: number;
  position: number;
  updated_at: string;
}

export interface BookingTable {
  seq: Generated<number>;
  id: string;
  community_id: string;
  resource_id: string;
  start_at: string;
  end_at: string;
  units: number;
  status: "confirmed" | "pending" | "cancelled" | "rejected";
  purpose: string;
  organisation: string | null;
  attendees: number | null;
  name: string;
  phone: string;
  cancel_token_hash: string;
  /** SHA-256 of the short code with the phone number (shortCodeHash); none on rows from before short codes. */
  short_code_hash: string | null;
  created_at: string;
  cancelled_at: string | null;
  /** Why staff rejected it, for the resident; null otherwise. */
  decision_reason: Generated<string | null>;
  /** booking: a resident's; block: staff's, for maintenance */
  kind: Generated<"booking" | "block">;
  /** The resource's buffer when it was booked: the time after it that stays free too. */
  buffer_minutes: Generated<number>;
  /** 1 when it holds the resource alone (a room, or equipment with one unit); PostgreSQL refuses two that overlap. */
  exclusive: Generated<number>;
  /** 1 when the resident asked to be told of changes (0021-notices): never unless asked. */
  notify: Generated<number>;
  /** Where to write, if the resident gave an address; e-mail is never required. */
  email: Generated<string | null>;
  /** The language the resident asked in, that notices are written in. */
  locale: Generated<string | null>;
}

/** Residents' writes in one minute (window_start, an instant) from one client, or from all ("*"). */
export interface WriteCountTable {
  community_id: string;
  client: string;
  window_start: string;
  hits: number;
}

/** A day of the official holiday schedule, as a community's staff set it. */
export interface OfficialDayTable {
  community_id: string;
  /** YYYY-MM-DD */
  date: string;
  kind: "rest" | "work";
  name: string;
}

/** A person who runs a community, signed in as themselves (issue 22). */
export interface StaffAccountTable {
  community_id: string;
  id: string;
  name: string;
  /** admin, editor or coordinator */
  role: string;
  /** argon2id, in its PHC string */
  password_hash: string;
  /** 1 until the one-time password the account was made with is changed. */
  must_change_password: Generated<number>;
  created_at: string;
  disabled_at: string | null;
}

/** A signed-in session: `id` is the hash of the token in its cookie. */
export interface StaffSessionTable {
  community_id: string;
  id: string;
  staff_id: string;
  created_at: string;
  last_seen_at: string;
  revoked_at: string | null;
}

/** A failed sign-in: to an account ("account:" and its community and name) or from an address ("address:" and it). */
export interface StaffSignInFailureTable {
  community_id: string;
  subject: string;
  failed_at: string;
}

/** A failed try of a short code: for a phone ("phone:" and its hash) or a client ("client:" and its address). */
export interface ShortCodeFailureTable {
  community_id: string;
  subject: string;
  failed_at: string;
}

export interface TeamTable {
  community_id: string;
  id: string;
  name: string;
  description: string;
  position: Generated<number>;
}

export interface OpportunityTable {
  community_id: string;
  id: string;
  team_id: string;
  title: string;
  description: string;
  location_name: string;
  location_address: string | null;
  lat: number | null;
  lng: number | null;
  /** JSON array of strings */
  skills: string;
  audience: string | null;
  updated_at: string;
}

export interface ShiftTable {
  community_id: string;
  id: string;
  opportunity_id: string;
  start_at: string;
  end_at: string;
  location_name: string | null;
  location_address: string | null;
  capacity: number;
  /** Confirmed sign-ups; the database refuses more than capacity. */
  filled: Generated<number>;
  minimum_age: number | null;
  /** JSON array of strings */
  skills: string;
  /** When the centre called it off (0022-shift-cancelling): it leaves the listings, and its sign-ups end. */
  cancelled_at: string | null;
  /** Why, as its volunteers read it. */
  cancel_reason: string | null;
}

export interface SignupTable {
  seq: Generated<number>;
  id: string;
  community_id: string;
  shift_id: string;
  name: string;
  phone: string;
  /** JSON array of strings */
  skills: string;
  show_name: number;
  status: "confirmed" | "waitlisted" | "cancelled";
  cancel_token_hash: string;
  /** SHA-256 of the short code with the phone number (shortCodeHash); none on rows from before short codes. */
  short_code_hash: string | null;
  created_at: string;
  cancelled_at: string | null;
  checked_in_at: string | null;
  /** 1 attended, 0 did not come, null not yet marked */
  attended: number | null;
  /** 1 when the resident asked to be told of changes (0021-notices): never unless asked. */
  notify: Generated<number>;
  /** Where to write, if the resident gave an address; e-mail is never required. */
  email: Generated<string | null>;
  /** The language the resident asked in, that notices are written in. */
  locale: Generated<string | null>;
}

export interface PartnerTable {
  community_id: string;
  id: string;
  name: string;
  type: "school" | "enterprise" | "hospital" | "social-organisation" | "government" | "cultural-site";
  address: string;
  lat: number;
  lng: number;
  /** JSON: the unit's public phone, email and office */
  contact: string;
  description: string;
  /** JSON array of strings */
  services: string;
  partner_since: string | null;
  logo_url: string | null;
  website: string | null;
  position: Generated<number>;
  updated_at: string;
}

/** What residents read of a community, counted up by the database at every write to it (migration 0017). */
export interface DataVersionTable {
  community_id: string;
  /** bigint: a string from PostgreSQL, a number from SQLite. */
  version: string | number;
}

export type NoticeSubject = "registration" | "booking" | "signup";

/** A notice to one resident, written with the change that caused it and kept until delivered or given up. */
export interface NoticeTable {
  id: string;
  community_id: string;
  subject: NoticeSubject;
  subject_id: string;
  cause: string;
  channel: "webhook" | "email";
  /** What staff see of whom it is for: a masked phone (138****8000) or address (z***@example.cn). */
  recipient: string;
  /** JSON of the notice as sent, less the phone or address, which is read from its subject when it goes. */
  body: string;
  status: Generated<"pending" | "delivered" | "failed">;
  attempts: Generated<number>;
  created_at: string;
  /** When its day of tries began: when it was written, or when staff sent it again. */
  tries_from: string;
  next_attempt_at: string;
  /** While one delivery run is sending it, no other takes it. */
  claimed_until: string | null;
  delivered_at: string | null;
  last_error: string | null;
}

export interface Database {
  communities: CommunityTable;
  categories: CategoryTable;
  events: EventTable;
  registrations: RegistrationTable;
  idempotency_keys: IdempotencyKeyTable;
  api_keys: ApiKeyTable;
  audit_log: AuditLogTable;
  resources: ResourceTable;
  bookings: BookingTable;
  teams: TeamTable;
  opportunities: OpportunityTable;
  shifts: ShiftTable;
  signups: SignupTable;
  partners: PartnerTable;
  write_counts: WriteCountTable;
  short_code_failures: ShortCodeFailureTable;
  official_days: OfficialDayTable;
  data_versions: DataVersionTable;
  staff_accounts: StaffAccountTable;
  staff_sessions: StaffSessionTable;
  staff_sign_in_failures: StaffSignInFailureTable;
  notices: NoticeTable;
}

// Rows as they are read back.
export type CommunityRow = Selectable<CommunityTable>;
/** An event, with how many wait where the query counts them (selectEvents). */
export type EventRow = Selectable<EventTable> & { waitlisted?: number | bigint | null };
export type ResourceRow = Selectable<ResourceTable>;
export type BookingRow = Selectable<BookingTable>;
export type TeamRow = Selectable<TeamTable>;
export type OpportunityRow = Selectable<OpportunityTable>;
export type ShiftRow = Selectable<ShiftTable>;
export type SignupRow = Selectable<SignupTable>;
export type PartnerRow = Selectable<PartnerTable>;
