import {
  type ApiKeyInfo,
  type BlockRequest,
  type BookingRejection,
  ApiKeyCreated,
  ApiKeyList,
  type AuditEntry,
  AuditLog,
  Erasure,
  type EventCreate,
  type EventUpdate,
  ManagedBooking,
  ManagedBookingList,
  ManagedEvent,
  ManagedNotice,
  ManagedRegistration,
  ManagedRegistrationList,
  ManagedSignup,
  ManagedSignupList,
  NoticeChannelsView,
  type NoticeChannelsWrite,
  NoticeList,
  type NoticeStatus,
  Opportunity,
  type OfficialDay,
  OfficialDayList,
  type OpportunityWrite,
  Partner,
  type PartnerUpdate,
  type PartnerWrite,
  Page,
  PersonalData,
  PrivacyPolicy,
  Resource,
  type ResourceUpdate,
  type ResourceWrite,
  Shift,
  type ShiftCancellation,
  ShiftCancelled,
  type ShiftWrite,
  StaffAccount,
  StaffAccountList,
  StaffCredentials,
  type StaffRole,
  StaffSession,
  Team,
  TeamList,
  VolunteerHours,
  WriteOrigins,
  type VolunteerHoursQuery,
} from "@community-kit/schema";
import type * as z from "zod/mini";
import { type ClientOptions, type CommunityClient, apiRoot, communityRoot, createClient, transportFor } from "./client.js";
import { isApiError } from "./is-api-error.js";
import { getText, sendUncached } from "./http.js";

const ResourcePage = Page(Resource);
const PartnerPage = Page(Partner);
const OpportunityPage = Page(Opportunity);

export interface AdminClientOptions extends ClientOptions {
  /**
   * The community's management key, from `community-kit-server keys create`. Keep it on a server,
   * never in a public page. Without one, requests go signed by the staff session's cookie, as in the
   * console at the server's own origin (`session.signIn`).
   */
  apiKey?: string;
}

export interface CommunityAdminClient extends CommunityClient {
  /** A member of staff's session, in a cookie the browser keeps (same origin only). */
  session: {
    /** Signs in to the client's community; what the role allows follows. Wrong name and wrong password are one error, invalid_credentials. */
    signIn(name: string, password: string, options?: { signal?: AbortSignal }): Promise<StaffSession>;
    /** Who is signed in; undefined when no one is (or the session has ended). */
    current(options?: { signal?: AbortSignal }): Promise<StaffSession | undefined>;
    signOut(options?: { signal?: AbortSignal }): Promise<void>;
    /** Changes the signed-in member's password (the one-time one must be); their other sessions end. */
    changePassword(current: string, next: string, options?: { signal?: AbortSignal }): Promise<StaffSession>;
  };
  admin: {
    events: {
      /** An event, a whole series with its rule, or one occurrence, as staff edit it. */
      get(id: string, options?: { signal?: AbortSignal }): Promise<ManagedEvent>;
      /** Creates an event, or a series with `recurrence`. */
      create(event: EventCreate, options?: { signal?: AbortSignal }): Promise<ManagedEvent>;
      /** Changes an event, a series or one occurrence; more places go to those waiting. */
      update(id: string, changes: EventUpdate, options?: { signal?: AbortSignal }): Promise<ManagedEvent>;
      /** Calls an event, series or occurrence off: it stays listed as cancelled and takes no registrations. */
      cancel(id: string, options?: { signal?: AbortSignal }): Promise<ManagedEvent>;
      /** Deletes an event with its registrations, a series with its occurrences, or leaves one occurrence out. */
      delete(id: string, options?: { signal?: AbortSignal }): Promise<void>;
    };
    registrations: {
      /** An event's registrations with names and phones, in arrival order. */
      list(eventId: string, options?: { signal?: AbortSignal }): Promise<ManagedRegistration[]>;
      /** The same as CSV for a spreadsheet (UTF-8 with a byte-order mark). */
      exportCsv(eventId: string, options?: { signal?: AbortSignal }): Promise<string>;
      /** A confirmed party arrived at the door (a second check-in keeps the first time). */
      checkIn(registrationId: string, options?: { signal?: AbortSignal }): Promise<ManagedRegistration>;
      /** Takes back a check-in made by mistake. */
      undoCheckIn(registrationId: string, options?: { signal?: AbortSignal }): Promise<ManagedRegistration>;
      /** Takes a waiting party in out of turn: into free places, else the event's capacity grows for it. */
      confirm(registrationId: string, options?: { signal?: AbortSignal }): Promise<ManagedRegistration>;
    };
    resources: {
      /** The community's rooms and equipment, with their rules. */
      list(options?: { signal?: AbortSignal }): Promise<Resource[]>;
      create(resource: z.input<typeof ResourceWrite>, options?: { signal?: AbortSignal }): Promise<Resource>;
      /** Changes a room's hours, closures, rules or details. */
      update(id: string, changes: z.input<typeof ResourceUpdate>, options?: { signal?: AbortSignal }): Promise<Resource>;
      /** Keeps time free of bookings, for maintenance; refused where bookings hold part of it. */
      block(id: string, block: z.input<typeof BlockRequest>, options?: { signal?: AbortSignal }): Promise<ManagedBooking>;
      unblock(id: string, blockId: string, options?: { signal?: AbortSignal }): Promise<void>;
    };
    bookings: {
      /** Bookings of rooms and equipment with who made them, in start order. */
      list(
        query?: { resource?: string; status?: ManagedBooking["status"]; from?: string; to?: string },
        options?: { signal?: AbortSignal },
      ): Promise<ManagedBooking[]>;
      approve(bookingId: string, options?: { signal?: AbortSignal }): Promise<ManagedBooking>;
      /** Rejects a booking awaiting approval; its time is free at once. */
      reject(bookingId: string, rejection: BookingRejection, options?: { signal?: AbortSignal }): Promise<ManagedBooking>;
      /** The centre cancels a booking it cannot keep, with the reason the resident reads; the resident who asked is told. */
      cancel(bookingId: string, cancellation: BookingRejection, options?: { signal?: AbortSignal }): Promise<ManagedBooking>;
    };
    partners: {
      /** The community's partner units, every one. */
      list(options?: { signal?: AbortSignal }): Promise<Partner[]>;
      /** Adds a partner unit; address and WGS-84 coordinates are checked. */
      create(partner: PartnerWrite, options?: { signal?: AbortSignal }): Promise<Partner>;
      update(id: string, changes: PartnerUpdate, options?: { signal?: AbortSignal }): Promise<Partner>;
      delete(id: string, options?: { signal?: AbortSignal }): Promise<void>;
    };
    officialDays: {
      /** A year's official holidays and make-up workdays as set; none when the widgets' own data serves. */
      get(year: number, options?: { signal?: AbortSignal }): Promise<OfficialDay[]>;
      /** Sets a year's schedule in place of what was set (the State Council publishes it each autumn); the widgets prefer it to their own. */
      set(year: number, days: OfficialDay[], options?: { signal?: AbortSignal }): Promise<OfficialDay[]>;
    };
    volunteers: {
      /** Every team with every opportunity of its, shifts or none: what shifts can be added to. */
      teams(options?: { signal?: AbortSignal }): Promise<TeamList["items"]>;
      /** The opportunities with their shifts between two days (YYYY-MM-DD, `to` exclusive), with places filled and waiting. */
      opportunities(range: { from: string; to: string }, options?: { signal?: AbortSignal }): Promise<Opportunity[]>;
      createTeam(team: Team, options?: { signal?: AbortSignal }): Promise<Team>;
      createOpportunity(opportunity: OpportunityWrite, options?: { signal?: AbortSignal }): Promise<Opportunity>;
      /** Adds a shift; its id is the opportunity's and its local start. */
      createShift(opportunityId: string, shift: ShiftWrite, options?: { signal?: AbortSignal }): Promise<Shift>;
      /** The centre calls a shift off before it starts, with the reason its volunteers read: every sign-up ends, and those who asked are told. */
      cancelShift(shiftId: string, cancellation: ShiftCancellation, options?: { signal?: AbortSignal }): Promise<ShiftCancelled>;
      /** Who signed up for a shift, with phones, in sign-up order with waitlist places. */
      signups(shiftId: string, options?: { signal?: AbortSignal }): Promise<ManagedSignup[]>;
      /** A waiting volunteer taken on out of turn: into a free place, else the shift gets one more. */
      confirm(signupId: string, options?: { signal?: AbortSignal }): Promise<ManagedSignup>;
      /** A confirmed volunteer arrived: checked in now, and attended. */
      checkIn(signupId: string, options?: { signal?: AbortSignal }): Promise<ManagedSignup>;
      /** Once the shift has started: whether a confirmed volunteer came. */
      markAttendance(signupId: string, attended: boolean, options?: { signal?: AbortSignal }): Promise<ManagedSignup>;
      /** Hours served per volunteer and per team over the days from to to. */
      hours(query: VolunteerHoursQuery, options?: { signal?: AbortSignal }): Promise<VolunteerHours>;
      /** Every attended shift of the period as CSV; columns in docs/volunteer-hours-csv.md. */
      exportHoursCsv(query: VolunteerHoursQuery, options?: { signal?: AbortSignal }): Promise<string>;
    };
    personalData: {
      /** Everything the community holds about one person, found by their phone: for their request to see it. */
      get(phone: string, options?: { signal?: AbortSignal }): Promise<PersonalData>;
      /** Erases one person's data on their request: what is to come is cancelled, then the records erased. */
      erase(phone: string, options?: { signal?: AbortSignal }): Promise<Erasure>;
    };
    keys: {
      /** The community's management keys: label, made, last used, revoked; never their secrets. */
      list(options?: { signal?: AbortSignal }): Promise<ApiKeyInfo[]>;
      /** Makes a key for a machine; its secret is in the answer only, shown once. */
      create(label: string, options?: { signal?: AbortSignal }): Promise<ApiKeyCreated>;
      /** Stops a key working (a lost laptop, a colleague who left). */
      revoke(keyId: string, options?: { signal?: AbortSignal }): Promise<void>;
    };
    settings: {
      /** The web origins the community takes residents' writes from, besides the API's own. */
      writeOrigins(options?: { signal?: AbortSignal }): Promise<string[]>;
      setWriteOrigins(origins: string[], options?: { signal?: AbortSignal }): Promise<string[]>;
      /** Who keeps residents' data, whom to ask, and how many days after names and phones are deleted. */
      setPrivacy(policy: PrivacyPolicy, options?: { signal?: AbortSignal }): Promise<PrivacyPolicy>;
    };
    /** Residents' notices: where they go, and how each went. */
    notices: {
      /** The community's gateway webhook and SMTP server, without their secrets (an admin's). */
      channels(options?: { signal?: AbortSignal }): Promise<NoticeChannelsView>;
      /** Sets where notices go (an admin's); a secret or password left out keeps the one held. */
      setChannels(channels: NoticeChannelsWrite, options?: { signal?: AbortSignal }): Promise<NoticeChannelsView>;
      /** A page of notices, latest first: `limit` (50) before `cursor` (the `nextCursor` of the page before; null on the last). */
      list(query?: { status?: NoticeStatus; limit?: number; cursor?: string }, options?: { signal?: AbortSignal }): Promise<NoticeList>;
      /** Sends a notice again, at once and with a new day of tries. */
      resend(noticeId: string, options?: { signal?: AbortSignal }): Promise<ManagedNotice>;
    };
    /** What the community's keys and staff did, latest first (at most `limit`, 100 by default). */
    auditLog(query?: { limit?: number }, options?: { signal?: AbortSignal }): Promise<AuditEntry[]>;
    /** A page of the audit log, latest first: `limit` entries before `cursor` (the `nextCursor` of the page before; null on the last). */
    auditLogPage(query?: { limit?: number; cursor?: string }, options?: { signal?: AbortSignal }): Promise<AuditLog>;
    /** The community's staff accounts (an admin's): never their passwords. */
    staff: {
      list(options?: { signal?: AbortSignal }): Promise<StaffAccount[]>;
      /** Makes an account; its one-time password is in the answer, once. */
      add(account: { name: string; role: StaffRole }, options?: { signal?: AbortSignal }): Promise<StaffCredentials>;
      changeRole(staffId: string, role: StaffRole, options?: { signal?: AbortSignal }): Promise<StaffAccount>;
      /** Stops an account working (a colleague who left); its sessions end at once. */
      disable(staffId: string, options?: { signal?: AbortSignal }): Promise<void>;
      /** A new one-time password (a forgotten one), in the answer once; the account's sessions end. */
      resetPassword(staffId: string, options?: { signal?: AbortSignal }): Promise<StaffCredentials>;
    };
  };
}

/**
 * A client that also manages the community: with its API key, for a
 * community's own back office or scripts on a server; or, without one, in a
 * member of staff's session, as the console at the server's own origin does,
 * for what their role covers. Nothing it reads is cached, as registrations
 * carry personal data.
 */
export function createAdminClient(options: AdminClientOptions): CommunityAdminClient {
  const root = communityRoot(options.baseUrl, options.community);
  const transport = transportFor({ ...options, cache: false });
  const headers: Record<string, string> = options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {};
  const sessionUrl = `${apiRoot(options.baseUrl)}/staff/session`;
  const staff = (id: string) => `${root}/staff/${encodeURIComponent(id)}`;
  const event = (id: string) => `${root}/events/${encodeURIComponent(id)}`;
  const signup = (id: string) => `${root}/signups/${encodeURIComponent(id)}`;
  const registration = (id: string) => `${root}/registrations/${encodeURIComponent(id)}`;
  const resource = (id: string) => `${root}/resources/${encodeURIComponent(id)}`;
  const hoursQuery = (query: VolunteerHoursQuery) =>
    new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  const call = <T>(
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    body: unknown,
    schema: Parameters<typeof sendUncached<T>>[4],
    signal?: AbortSignal,
  ) => sendUncached<T>(transport, method, url, body, schema, { headers, signal }) as Promise<T>;

  return {
    ...createClient(options),
    session: {
      signIn: (name, password, { signal } = {}) => call("POST", sessionUrl, { community: options.community, name, password }, StaffSession, signal),
      current: ({ signal } = {}) =>
        call("GET", sessionUrl, undefined, StaffSession, signal).catch((error: unknown) => {
          if (isApiError(error, "unauthorized")) return undefined;
          throw error;
        }),
      signOut: async ({ signal } = {}) => {
        await sendUncached(transport, "DELETE", sessionUrl, undefined, undefined, { headers, signal });
      },
      changePassword: (current, next, { signal } = {}) => call("PUT", `${apiRoot(options.baseUrl)}/staff/password`, { current, next }, StaffSession, signal),
    },
    admin: {
      events: {
        get: (id, { signal } = {}) => call("GET", `${event(id)}/managed`, undefined, ManagedEvent, signal),
        create: (created, { signal } = {}) => call("POST", `${root}/events`, created, ManagedEvent, signal),
        update: (id, changes, { signal } = {}) => call("PATCH", event(id), changes, ManagedEvent, signal),
        cancel: (id, { signal } = {}) => call("POST", `${event(id)}/cancel`, undefined, ManagedEvent, signal),
        delete: async (id, { signal } = {}) => {
          await sendUncached(transport, "DELETE", event(id), undefined, undefined, { headers, signal });
        },
      },
      registrations: {
        list: (eventId, { signal } = {}) => call("GET", `${event(eventId)}/registrations`, undefined, ManagedRegistrationList, signal),
        exportCsv: (eventId, { signal } = {}) => getText(transport, `${event(eventId)}/registrations.csv`, headers, signal),
        checkIn: (registrationId, { signal } = {}) => call("POST", `${registration(registrationId)}/check-in`, undefined, ManagedRegistration, signal),
        undoCheckIn: (registrationId, { signal } = {}) => call("DELETE", `${registration(registrationId)}/check-in`, undefined, ManagedRegistration, signal),
        confirm: (registrationId, { signal } = {}) => call("POST", `${registration(registrationId)}/confirm`, undefined, ManagedRegistration, signal),
      },
      resources: {
        list: async ({ signal } = {}) => (await call("GET", `${root}/resources`, undefined, ResourcePage, signal)).items,
        create: (created, { signal } = {}) => call("POST", `${root}/resources`, created, Resource, signal),
        update: (id, changes, { signal } = {}) => call("PATCH", resource(id), changes, Resource, signal),
        block: (id, block, { signal } = {}) => call("POST", `${resource(id)}/blocks`, block, ManagedBooking, signal),
        unblock: async (id, blockId, { signal } = {}) => {
          await sendUncached(transport, "DELETE", `${resource(id)}/blocks/${encodeURIComponent(blockId)}`, undefined, undefined, { headers, signal });
        },
      },
      bookings: {
        list: (query = {}, { signal } = {}) => {
          const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
          return call("GET", `${root}/bookings${search ? `?${search}` : ""}`, undefined, ManagedBookingList, signal);
        },
        approve: (bookingId, { signal } = {}) => call("POST", `${root}/bookings/${encodeURIComponent(bookingId)}/approve`, undefined, ManagedBooking, signal),
        reject: (bookingId, rejection, { signal } = {}) =>
          call("POST", `${root}/bookings/${encodeURIComponent(bookingId)}/reject`, rejection, ManagedBooking, signal),
        cancel: (bookingId, cancellation, { signal } = {}) =>
          call("POST", `${root}/bookings/${encodeURIComponent(bookingId)}/cancel`, cancellation, ManagedBooking, signal),
      },
      partners: {
        list: async ({ signal } = {}) => (await call("GET", `${root}/partners`, undefined, PartnerPage, signal)).items,
        create: (partner, { signal } = {}) => call("POST", `${root}/partners`, partner, Partner, signal),
        update: (id, changes, { signal } = {}) => call("PATCH", `${root}/partners/${encodeURIComponent(id)}`, changes, Partner, signal),
        delete: async (id, { signal } = {}) => {
          await sendUncached(transport, "DELETE", `${root}/partners/${encodeURIComponent(id)}`, undefined, undefined, { headers, signal });
        },
      },
      officialDays: {
        get: (year, { signal } = {}) => call("GET", `${root}/official-days/${year}`, undefined, OfficialDayList, signal),
        set: (year, days, { signal } = {}) => call("PUT", `${root}/official-days/${year}`, { days }, OfficialDayList, signal),
      },
      volunteers: {
        opportunities: async (range, { signal } = {}) =>
          (await call("GET", `${root}/opportunities?${new URLSearchParams(range)}`, undefined, OpportunityPage, signal)).items,
        teams: async ({ signal } = {}) => (await call("GET", `${root}/teams`, undefined, TeamList, signal)).items,
        createTeam: (team, { signal } = {}) => call("POST", `${root}/teams`, team, Team, signal),
        createOpportunity: (opportunity, { signal } = {}) => call("POST", `${root}/opportunities`, opportunity, Opportunity, signal),
        createShift: (opportunityId, shift, { signal } = {}) =>
          call("POST", `${root}/opportunities/${encodeURIComponent(opportunityId)}/shifts`, shift, Shift, signal),
        cancelShift: (shiftId, cancellation, { signal } = {}) =>
          call("POST", `${root}/shifts/${encodeURIComponent(shiftId)}/cancel`, cancellation, ShiftCancelled, signal),
        signups: (shiftId, { signal } = {}) => call("GET", `${root}/shifts/${encodeURIComponent(shiftId)}/signups`, undefined, ManagedSignupList, signal),
        confirm: (signupId, { signal } = {}) => call("POST", `${signup(signupId)}/confirm`, undefined, ManagedSignup, signal),
        checkIn: (signupId, { signal } = {}) => call("POST", `${signup(signupId)}/check-in`, undefined, ManagedSignup, signal),
        markAttendance: (signupId, attended, { signal } = {}) => call("PUT", `${signup(signupId)}/attendance`, { attended }, ManagedSignup, signal),
        hours: (query, { signal } = {}) => call("GET", `${root}/volunteer-hours?${hoursQuery(query)}`, undefined, VolunteerHours, signal),
        exportHoursCsv: (query, { signal } = {}) => getText(transport, `${root}/volunteer-hours.csv?${hoursQuery(query)}`, headers, signal),
      },
      personalData: {
        get: (phone, { signal } = {}) => call("GET", `${root}/personal-data?${new URLSearchParams({ phone })}`, undefined, PersonalData, signal),
        erase: (phone, { signal } = {}) => call("DELETE", `${root}/personal-data?${new URLSearchParams({ phone })}`, undefined, Erasure, signal),
      },
      keys: {
        list: async ({ signal } = {}) => (await call("GET", `${root}/api-keys`, undefined, ApiKeyList, signal)).items,
        create: (label, { signal } = {}) => call("POST", `${root}/api-keys`, { label }, ApiKeyCreated, signal),
        revoke: async (keyId, { signal } = {}) => {
          await sendUncached(transport, "DELETE", `${root}/api-keys/${encodeURIComponent(keyId)}`, undefined, undefined, { headers, signal });
        },
      },
      settings: {
        writeOrigins: async ({ signal } = {}) => (await call("GET", `${root}/write-origins`, undefined, WriteOrigins, signal)).origins,
        setWriteOrigins: async (origins, { signal } = {}) => (await call("PUT", `${root}/write-origins`, { origins }, WriteOrigins, signal)).origins,
        setPrivacy: (policy, { signal } = {}) => call("PUT", `${root}/privacy`, policy, PrivacyPolicy, signal),
      },
      notices: {
        channels: ({ signal } = {}) => call("GET", `${root}/notice-channels`, undefined, NoticeChannelsView, signal),
        setChannels: (channels, { signal } = {}) => call("PUT", `${root}/notice-channels`, channels, NoticeChannelsView, signal),
        list: (query = {}, { signal } = {}) => {
          const search = new URLSearchParams(Object.entries(query).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
          return call("GET", `${root}/notices?${search}`, undefined, NoticeList, signal);
        },
        resend: (noticeId, { signal } = {}) => call("POST", `${root}/notices/${encodeURIComponent(noticeId)}/resend`, undefined, ManagedNotice, signal),
      },
      auditLog: async ({ limit } = {}, { signal } = {}) =>
        (await call("GET", `${root}/audit-log${limit === undefined ? "" : `?limit=${limit}`}`, undefined, AuditLog, signal)).items,
      auditLogPage: async ({ limit, cursor } = {}, { signal } = {}) => {
        const query = new URLSearchParams({ ...(limit === undefined ? {} : { limit: String(limit) }), ...(cursor === undefined ? {} : { cursor }) });
        const page = await call("GET", `${root}/audit-log?${query}`, undefined, AuditLog, signal);
        return { items: page.items, nextCursor: page.nextCursor ?? null };
      },
      staff: {
        list: async ({ signal } = {}) => (await call("GET", `${root}/staff`, undefined, StaffAccountList, signal)).items,
        add: (account, { signal } = {}) => call("POST", `${root}/staff`, account, StaffCredentials, signal),
        changeRole: (staffId, role, { signal } = {}) => call("PATCH", staff(staffId), { role }, StaffAccount, signal),
        disable: async (staffId, { signal } = {}) => {
          await sendUncached(transport, "DELETE", staff(staffId), undefined, undefined, { headers, signal });
        },
        resetPassword: (staffId, { signal } = {}) => call("POST", `${staff(staffId)}/password-reset`, undefined, StaffCredentials, signal),
      },
    },
  };
}
