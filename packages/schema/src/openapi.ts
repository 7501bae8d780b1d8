import * as z from "zod/mini";
import { Instant, PlainDate } from "./common.js";
import { Community } from "./community.js";
import { Event, EventListQuery } from "./event.js";
import { ApiKeyList, AuditLog, AuditLogQuery, Erasure, EventCreate, EventUpdate, ManagedEvent, ManagedRegistration, PersonalData, PersonalDataQuery } from "./management.js";
import { Availability, AvailabilityQuery, BlockRequest, BookingListQuery, BookingRequest, BookingResult, ManagedBooking, Resource, ResourceListQuery, ResourceUpdate, ResourceWrite } from "./resource.js";
import { Page } from "./page.js";
import { Partner, PartnerDetail, PartnerUpdate, PartnerWrite } from "./partner.js";
import { PARTNER_TYPES } from "./partner-types.js";
import { BIDI_CONTROL, CONTROL, INVISIBLE } from "./text-characters.js";
import { Problem } from "./problem.js";
import { RegistrationRequest, RegistrationResult } from "./registration.js";
import { AttendanceRequest, ManagedSignup, Opportunity, OpportunityListQuery, OpportunityWrite, Shift, ShiftWrite, SignupCheck, SignupRequest, SignupResult, Team, VolunteerHours, VolunteerHoursQuery } from "./volunteer.js";

type JsonSchema = Record<string, unknown>;

// A character a name or title may hold, and one of those that shows.
const NO_CONTROL = `[^${CONTROL}${BIDI_CONTROL}]`;
const VISIBLE = `[^\\s${CONTROL}${BIDI_CONTROL}${INVISIBLE}]`;

/**
 * What our own checks (a phone number, a known time zone, one visible line) mean in JSON Schema,
 * found by their messages and written here rather than in the schemas, so that no browser bundle
 * carries it. The document may be stricter than the server, never looser: what it allows, the
 * server takes.
 */
const CHECK_OVERRIDES: Array<[message: string, extra: () => JsonSchema]> = [
  // The canonical forms; spaces, dashes, brackets and +86 before a mainland mobile are taken too.
  ["Not a mainland mobile or E.164 number", () => ({ pattern: "^(1[3-9][0-9]{9}|\\+[1-9][0-9]{6,14})$", description: "A mainland mobile (13800138000) or an E.164 number (+442079460958); spaces, dashes and +86 are taken too" })],
  ["Unknown IANA time zone", () => ({ $ref: "#/components/schemas/TimeZone" })],
  ["Invalid text: nothing visible", () => ({ pattern: `^${NO_CONTROL}*${VISIBLE}${NO_CONTROL}*$` })],
];

function knownTimeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  return [...new Set([...supported, "UTC"])].sort();
}

/** Formats the schemas mean, said here so that no browser bundle carries zod's metadata registry. */
const FORMATS = new Map<z.core.$ZodType, string>([
  [Instant, "date-time"],
  [PlainDate, "date"],
]);

/** The message a check reports, which is how our own checks are known. */
const messageOf = (check: z.core.$ZodCheck) => (check._zod.def.error as (() => unknown) | undefined)?.();

function schemaOf(schema: z.ZodMiniType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    // A phone number's normalization is a transform: the document says what is sent.
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const format = FORMATS.get(zodSchema);
      if (format) jsonSchema.format = format;
      for (const check of zodSchema._zod.def.checks ?? []) {
        const extra = CHECK_OVERRIDES.find(([message]) => message === messageOf(check))?.[1]();
        if (extra) Object.assign(jsonSchema, extra);
        // Lengths count characters (code points) on the server, as JSON Schema does.
        const maximum = (check._zod.def as { params?: { maxCodePoints?: number } }).params?.maxCodePoints;
        if (maximum !== undefined) jsonSchema.maxLength = maximum;
      }
      // An answer may gain fields without a new version of the API: readers keep what they know.
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  }) as JsonSchema;
  return rest;
}

/** A query's parameters, each with its schema as the server checks it, required where the schema says so. */
function queryParameters(query: z.ZodMiniType): JsonSchema[] {
  const { properties, required = [] } = schemaOf(query, "input") as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, schema]) => ({ name, in: "query", required: required.includes(name), schema }));
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** Communities, events, rooms, opportunities and partners are named by slugs. */
const slug = { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-z0-9][a-z0-9-]*$" };

const communityParameter = {
  name: "community",
  in: "path",
  required: true,
  description: "The community's id, e.g. taihe",
  schema: slug,
};

const partnerTypes = `(${PARTNER_TYPES.join("|")})`;
const partnerTypeParameter = {
  name: "type",
  in: "query",
  required: false,
  description: "One or more types, comma-separated",
  schema: { type: "string", pattern: `^${partnerTypes}(,${partnerTypes})*$` },
};

const eventParameter = { name: "id", in: "path", required: true, description: "The event's id", schema: slug };

const cachedRead = (description: string, schemaRef: string) => ({
  description,
  headers: {
    ETag: { schema: { type: "string" } },
    "Cache-Control": { schema: { type: "string" } },
  },
  content: { "application/json": { schema: { $ref: schemaRef } } },
});

/** The OpenAPI 3.1 document of the API, built from the same schemas the server validates with. */
export function createOpenApiDocument(serverUrl = "/"): JsonSchema {
  const document = {
    openapi: "3.1.0",
    info: {
      title: "Community Kit API",
      version: "1.0.0",
      description: "A community's events, rooms, volunteer shifts and partners, and residents' registrations, bookings and sign-ups. Errors are RFC 9457 problem+json with a stable `code`.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/v1/communities/{community}": {
        get: {
          operationId: "getCommunity",
          summary: "A community, with its time zone, locale and event categories",
          parameters: [communityParameter],
          responses: {
            "200": cachedRead("The community", "#/components/schemas/Community"),
            "304": { description: "Not modified since the ETag in If-None-Match" },
            "404": problemResponse("No such community (community_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/events": {
        get: {
          operationId: "listEvents",
          summary: "Events overlapping a range, in start order, a page at a time",
          parameters: [communityParameter, ...queryParameters(EventListQuery)],
          responses: {
            "200": cachedRead("A page of events", "#/components/schemas/EventPage"),
            "304": { description: "Not modified since the ETag in If-None-Match" },
            "400": problemResponse("A query parameter is malformed (invalid_parameter), named in errors[]"),
            "404": problemResponse("No such community (community_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/resources": {
        get: {
          operationId: "listResources",
          summary: "The community's rooms and equipment, with their hours and booking rules",
          parameters: [communityParameter, ...queryParameters(ResourceListQuery)],
          responses: { "200": { description: "The resources", content: { "application/json": { schema: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Resource" } } } } } } }, "404": problemResponse("No such community (community_not_found)") },
        },
      },
      "/v1/communities/{community}/resources/{id}": {
        get: {
          operationId: "getResource",
          summary: "One room or piece of equipment",
          parameters: [communityParameter, { ...eventParameter, description: "The resource's id" }],
          responses: { "200": cachedRead("The resource", "#/components/schemas/Resource"), "404": problemResponse("No such community or resource (resource_not_found)") },
        },
      },
      "/v1/communities/{community}/resources/{id}/availability": {
        get: {
          operationId: "getAvailability",
          summary: "Each slot of the days asked, free, busy or not bookable (never whose booking); at most 31 days",
          parameters: [
            communityParameter,
            { ...eventParameter, description: "The resource's id" },
            // from: the first day (default today in the resource's zone); to: the day after the last (default from + 1).
            ...queryParameters(AvailabilityQuery),
          ],
          responses: { "200": { description: "The slots", content: { "application/json": { schema: { $ref: "#/components/schemas/Availability" } } } }, "400": problemResponse("A malformed day or a range over 31 days (invalid_parameter)"), "404": problemResponse("No such resource") },
        },
      },
      "/v1/communities/{community}/bookings": {
        post: {
          operationId: "book",
          summary: "Book a room or equipment: confirmed, or pending where staff approve; held by the database against every overlap, buffers and units included",
          parameters: [
            communityParameter,
            { name: "Idempotency-Key", in: "header", required: true, description: "Unique per booking; a retry with the same key replays the first answer", schema: { type: "string", maxLength: 200 } },
          ],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BookingRequest" } } } },
          responses: {
            "201": { description: "Booked; only this answer carries the cancel token", content: { "application/json": { schema: { $ref: "#/components/schemas/BookingResult" } } } },
            "400": problemResponse("A field is at fault (invalid_body: end_before_start, outside_hours, closed, too_long, too_far_ahead, in_past, unknown_resource …), named in errors[]"),
            "409": problemResponse("The time is taken (slot_unavailable, with alternatives[]) or the phone holds its limit of bookings (booking_limit_reached)"),
          },
        },
      },
      "/v1/communities/{community}/bookings/{id}": {
        delete: {
          operationId: "cancelBooking",
          summary: "Cancel a booking; its time is free at once",
          parameters: [
            communityParameter,
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "Cancel-Token", in: "header", required: true, schema: { type: "string" } },
          ],
          responses: { "204": { description: "Cancelled" }, "403": problemResponse("Wrong or missing Cancel-Token (invalid_cancel_token)"), "404": problemResponse("No such booking (booking_not_found)") },
        },
      },
      "/v1/communities/{community}/opportunities": {
        get: {
          operationId: "listOpportunities",
          summary: "Opportunities to volunteer with their shifts in the range (default from now, 8 weeks; at most 92 days), filled and waitlisted counts; never who, but the masked names of volunteers who chose to be shown",
          parameters: [
            communityParameter,
            // from and to: a day (its start in the community's zone) or an instant; team: a team's id; skill: one the opportunity or its shifts want.
            ...queryParameters(OpportunityListQuery),
          ],
          responses: {
            "200": { description: "The opportunities", content: { "application/json": { schema: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Opportunity" } } } } } } },
            "400": problemResponse("A malformed or too long range (invalid_parameter)"),
            "404": problemResponse("No such community (community_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/opportunities/{id}": {
        get: {
          operationId: "getOpportunity",
          summary: "One opportunity with every shift to come",
          parameters: [communityParameter, { ...eventParameter, description: "The opportunity's id" }],
          responses: { "200": { description: "The opportunity", content: { "application/json": { schema: { $ref: "#/components/schemas/Opportunity" } } } }, "404": problemResponse("No such opportunity (opportunity_not_found)") },
        },
      },
      "/v1/communities/{community}/shifts/{id}.ics": {
        get: {
          operationId: "getShiftCalendar",
          summary: "One shift as an iCalendar file for the volunteer's calendar, with reminders the day before and two hours before",
          parameters: [communityParameter, { name: "id", in: "path", required: true, description: "The shift's id", schema: { type: "string" } }],
          responses: { "200": { description: "The shift", content: { "text/calendar": { schema: { type: "string" } } } }, "404": problemResponse("No such shift (shift_not_found)") },
        },
      },
      "/v1/communities/{community}/shifts/{id}/signups": {
        post: {
          operationId: "signUp",
          summary: "Sign up for a shift: confirmed while places last (held by the database), else waitlisted with a position",
          parameters: [
            communityParameter,
            { name: "id", in: "path", required: true, description: "The shift's id", schema: { type: "string" } },
            { name: "Idempotency-Key", in: "header", required: true, description: "Unique per sign-up; a retry with the same key replays the first answer", schema: { type: "string", maxLength: 200 } },
          ],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/SignupRequest" } } } },
          responses: {
            "201": { description: "Signed up; only this answer carries the cancel token", content: { "application/json": { schema: { $ref: "#/components/schemas/SignupResult" } } } },
            "400": problemResponse("A field is at fault (invalid_body, minimum_age …), named in errors[]"),
            "404": problemResponse("No such shift (shift_not_found)"),
            "409": problemResponse("The phone already holds this shift (duplicate_signup) or one at an overlapping time (overlapping_signup, with conflict), or the shift has started (shift_started)"),
          },
        },
      },
      "/v1/communities/{community}/signups/{id}": {
        get: {
          operationId: "checkSignup",
          summary: "Where a sign-up stands now (confirmed, perhaps promoted from the waitlist; its waitlist place; or cancelled), for whoever holds its token",
          parameters: [
            communityParameter,
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "Cancel-Token", in: "header", required: true, schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "The sign-up", content: { "application/json": { schema: { $ref: "#/components/schemas/SignupCheck" } } } },
            "403": problemResponse("Wrong or missing Cancel-Token (invalid_cancel_token)"),
            "404": problemResponse("No such sign-up (signup_not_found)"),
          },
        },
        delete: {
          operationId: "cancelSignup",
          summary: "Cancel a sign-up; a confirmed place goes to the first on the waitlist",
          parameters: [
            communityParameter,
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "Cancel-Token", in: "header", required: true, schema: { type: "string" } },
          ],
          responses: { "204": { description: "Cancelled" }, "403": problemResponse("Wrong or missing Cancel-Token (invalid_cancel_token)"), "404": problemResponse("No such sign-up (signup_not_found)") },
        },
      },
      "/v1/communities/{community}/partners": {
        get: {
          operationId: "listPartners",
          summary: "The community's co-building partners (党建联建单位), in its own order, with WGS-84 locations",
          parameters: [communityParameter, partnerTypeParameter],
          responses: {
            "200": { description: "The partners", content: { "application/json": { schema: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/Partner" } } } } } } },
            "400": problemResponse("An unknown type (invalid_parameter)"),
            "404": problemResponse("No such community (community_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/partners.geojson": {
        get: {
          operationId: "getPartnersGeoJson",
          summary: "The partners as a GeoJSON FeatureCollection (RFC 7946): points [longitude, latitude] in WGS-84, name, type, address and services as properties",
          parameters: [communityParameter, partnerTypeParameter],
          responses: { "200": { description: "The FeatureCollection", content: { "application/geo+json": { schema: { type: "object" } } } }, "400": problemResponse("An unknown type (invalid_parameter)") },
        },
      },
      "/v1/communities/{community}/partners/{id}": {
        get: {
          operationId: "getPartner",
          summary: "One partner with the events it co-organises in the next 90 days",
          parameters: [communityParameter, { ...eventParameter, description: "The partner's id" }],
          responses: { "200": { description: "The partner", content: { "application/json": { schema: { $ref: "#/components/schemas/PartnerDetail" } } } }, "404": problemResponse("No such partner (partner_not_found)") },
        },
      },
      "/v1/communities/{community}/events.ics": {
        get: {
          operationId: "getCalendarFeed",
          summary: "The community's events as a subscribable iCalendar feed (RFC 5545): VTIMEZONEs, RRULE and EXDATE, lunar-date series as RDATEs; events that ended in the last 90 days and all to come",
          parameters: [communityParameter],
          responses: {
            "200": { description: "The feed", content: { "text/calendar": { schema: { type: "string" } } } },
            "404": problemResponse("No such community (community_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/events/{id}.ics": {
        get: {
          operationId: "getEventCalendar",
          summary: "One event, occurrence or whole series as an iCalendar file, to add to a calendar",
          parameters: [communityParameter, eventParameter],
          responses: {
            "200": { description: "The event", content: { "text/calendar": { schema: { type: "string" } } } },
            "404": problemResponse("No such community or event (community_not_found, event_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/events/{id}": {
        get: {
          operationId: "getEvent",
          summary: "One event, or one occurrence of a recurring event (its id names the series and the date: tai-chi-20261124t0900)",
          parameters: [communityParameter, eventParameter],
          responses: {
            "200": cachedRead("The event", "#/components/schemas/Event"),
            "304": { description: "Not modified since the ETag in If-None-Match" },
            "404": problemResponse("No such community or event (community_not_found, event_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/events/{id}/registrations": {
        post: {
          operationId: "register",
          summary: "Register for an event: confirmed while places last, then waitlisted in arrival order",
          parameters: [
            communityParameter,
            eventParameter,
            { name: "Idempotency-Key", in: "header", required: true, description: "Unique per registration; a retry with the same key replays the first answer", schema: { type: "string", maxLength: 200 } },
          ],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/RegistrationRequest" } } } },
          responses: {
            "201": {
              description: "Registered (or the replayed first answer, marked Idempotent-Replayed: true). Keep cancelToken private.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/RegistrationResult" } } },
            },
            "400": problemResponse("Bad fields, named in errors[] (invalid_body), or no Idempotency-Key (idempotency_key_missing)"),
            "404": problemResponse("No such community or event"),
            "409": problemResponse("Registration closed (registration_closed), the event is over (event_past), or this phone is already registered (duplicate_registration)"),
            "422": problemResponse("The Idempotency-Key was used for a different registration (idempotency_key_reused)"),
          },
        },
      },
      "/v1/communities/{community}/events/{id}/registrations/{registrationId}": {
        delete: {
          operationId: "cancelRegistration",
          summary: "Cancel a registration; its places go to those waiting, in arrival order, each that fits",
          parameters: [
            communityParameter,
            eventParameter,
            { name: "registrationId", in: "path", required: true, schema: { type: "string" } },
            { name: "Cancel-Token", in: "header", required: true, description: "The cancelToken of the registration", schema: { type: "string" } },
          ],
          responses: {
            "204": { description: "Cancelled (also when it already was)" },
            "403": problemResponse("Wrong or missing Cancel-Token (invalid_cancel_token)"),
            "404": problemResponse("No such registration (registration_not_found)"),
          },
        },
      },
    },
    components: {
      schemas: {
        RegistrationRequest: schemaOf(RegistrationRequest, "input"),
        RegistrationResult: schemaOf(RegistrationResult),
        Community: schemaOf(Community),
        Event: schemaOf(Event),
        EventPage: schemaOf(Page(Event)),
        Problem: schemaOf(Problem),
        EventCreate: schemaOf(EventCreate, "input"),
        EventUpdate: schemaOf(EventUpdate, "input"),
        ManagedEvent: schemaOf(ManagedEvent),
        ManagedRegistration: schemaOf(ManagedRegistration),
        Resource: schemaOf(Resource),
        Availability: schemaOf(Availability),
        BookingRequest: schemaOf(BookingRequest, "input"),
        BookingResult: schemaOf(BookingResult),
        Opportunity: schemaOf(Opportunity),
        Team: schemaOf(Team),
        Partner: schemaOf(Partner),
        PartnerDetail: schemaOf(PartnerDetail),
        PartnerWrite: schemaOf(PartnerWrite, "input"),
        PartnerUpdate: schemaOf(PartnerUpdate, "input"),
        Shift: schemaOf(Shift),
        OpportunityWrite: schemaOf(OpportunityWrite, "input"),
        ShiftWrite: schemaOf(ShiftWrite, "input"),
        ManagedSignup: schemaOf(ManagedSignup),
        AttendanceRequest: schemaOf(AttendanceRequest, "input"),
        VolunteerHours: schemaOf(VolunteerHours),
        SignupRequest: schemaOf(SignupRequest, "input"),
        SignupResult: schemaOf(SignupResult),
        SignupCheck: schemaOf(SignupCheck),
        ManagedBooking: schemaOf(ManagedBooking),
        ResourceWrite: schemaOf(ResourceWrite, "input"),
        ResourceUpdate: schemaOf(ResourceUpdate, "input"),
        BlockRequest: schemaOf(BlockRequest, "input"),
        TimeZone: { type: "string", enum: knownTimeZones(), description: "An IANA time zone name" },
        PersonalData: schemaOf(PersonalData),
        Erasure: schemaOf(Erasure),
        ApiKeyList: schemaOf(ApiKeyList),
        AuditLog: schemaOf(AuditLog),
      },
      securitySchemes: {
        communityKey: { type: "http", scheme: "bearer", description: "A community's management key, made with `community-kit-server keys create`" },
      },
    },
  };
  for (const [path, operations] of Object.entries(managementPaths())) Object.assign((document.paths as Record<string, object>)[path] ??= {}, operations);
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations as Record<string, Operation>)) completeResponses(path, method, operation);
  }
  return document;
}

interface Operation {
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; schema?: JsonSchema }>;
  requestBody?: unknown;
  responses: Record<string, { description: string }>;
}

/** Adds `answer` for `status`, or says it beside what the operation already says for it. */
function alsoAnswers(operation: Operation, status: string, answer: { description: string }): void {
  const said = operation.responses[status];
  const codes = answer.description.match(/[a-z]+_[a-z_]+/g) ?? [];
  if (!said) operation.responses[status] = answer;
  else if (!codes.every((code) => said.description.includes(code))) said.description = `${said.description}; or ${answer.description[0]!.toLowerCase()}${answer.description.slice(1)}`;
}

/**
 * What every operation can answer besides its own outcomes, from what stands
 * before the routes (app.ts): a public operation says it needs no credentials;
 * every read may be revalidated (304); any request may have a malformed path
 * or query (a NUL: 400) or a URL too long (414); a body may be too large (413)
 * or not JSON (415); a community may not exist (404); a write without a
 * working key of the community is a resident's, checked for its origin (403)
 * and counted (429); a write with an Idempotency-Key may reuse one (422).
 */
function completeResponses(path: string, method: string, operation: Operation): void {
  operation.security ??= [];
  // A path parameter is never empty: /resources/ is another address than /resources/{id}.
  for (const parameter of operation.parameters ?? []) if (parameter.in === "path") parameter.schema = { minLength: 1, ...parameter.schema };
  if (method === "get") alsoAnswers(operation, "304", { description: "Not modified since the ETag in If-None-Match" });
  alsoAnswers(operation, "400", problemResponse("A path or query parameter is malformed, or holds a NUL (invalid_path, invalid_parameter), named in errors[]"));
  alsoAnswers(operation, "414", problemResponse("The URL is over 8 kB (uri_too_long)"));
  if (path.startsWith("/v1/communities/{community}")) alsoAnswers(operation, "404", problemResponse("No such community (community_not_found)"));
  if (operation.requestBody) {
    alsoAnswers(operation, "400", problemResponse("The body is not JSON, or holds a NUL (invalid_body)"));
    alsoAnswers(operation, "413", problemResponse("The body is over 64 kB (body_too_large)"));
    alsoAnswers(operation, "415", problemResponse("The body is not sent as application/json (invalid_body)"));
  }
  if (method !== "get" && path.startsWith("/v1/communities/{community}/")) {
    alsoAnswers(operation, "403", problemResponse("A write without a working key of this community comes from a page on an origin the community does not allow (origin_not_allowed)"));
    alsoAnswers(operation, "429", { ...problemResponse("Too many writes without a working key of this community, from this client or to the community (rate_limited); Retry-After says when to try again"), headers: { "Retry-After": { schema: { type: "integer" } } } } as { description: string });
  }
  if (operation.parameters?.some((parameter) => parameter.name === "Idempotency-Key")) {
    alsoAnswers(operation, "400", problemResponse("No Idempotency-Key (idempotency_key_missing)"));
    alsoAnswers(operation, "422", problemResponse("The Idempotency-Key was sent before with a different request (idempotency_key_reused)"));
  }
}

const keyProblems = {
  "401": problemResponse("No valid API key (unauthorized)"),
  "403": problemResponse("The key is another community's (forbidden)"),
};
const json = (schemaRef: string) => ({ content: { "application/json": { schema: { $ref: schemaRef } } } });

/** Management: each operation needs the community's key. */
function managementPaths(): Record<string, Record<string, unknown>> {
  const security = [{ communityKey: [] }];
  const eventId = { ...eventParameter, description: "An event, a series, or one occurrence (tai-chi-20261124t0900)" };
  return {
    "/v1/communities/{community}/events": {
      post: {
        operationId: "createEvent",
        summary: "Create an event or a series (with recurrence)",
        security,
        parameters: [communityParameter],
        requestBody: { required: true, ...json("#/components/schemas/EventCreate") },
        responses: {
          "201": { description: "Created; Location names it", ...json("#/components/schemas/ManagedEvent") },
          "400": problemResponse("A field is at fault (invalid_body, category_not_found), named in errors[]"),
          "409": problemResponse("The id is taken (event_exists)"),
          ...keyProblems,
        },
      },
    },
    "/v1/communities/{community}/events/{id}": {
      patch: {
        operationId: "updateEvent",
        summary: "Change an event, a series, or one occurrence; more places go to those waiting",
        security,
        parameters: [communityParameter, eventId],
        requestBody: { required: true, ...json("#/components/schemas/EventUpdate") },
        responses: { "200": { description: "The event as it is now", ...json("#/components/schemas/ManagedEvent") }, "400": problemResponse("A field is at fault"), "404": problemResponse("No such event"), ...keyProblems },
      },
      delete: {
        operationId: "deleteEvent",
        summary: "Delete an event with its registrations, a series with its occurrences, or one occurrence (its date is left out of the series)",
        security,
        parameters: [communityParameter, eventId],
        responses: { "204": { description: "Deleted" }, "404": problemResponse("No such event"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/events/{id}/cancel": {
      post: {
        operationId: "cancelEvent",
        summary: "Call off an event, a series or one occurrence: it stays listed with status cancelled and takes no registrations",
        security,
        parameters: [communityParameter, eventId],
        responses: { "200": { description: "The cancelled event", ...json("#/components/schemas/ManagedEvent") }, "404": problemResponse("No such event"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/events/{id}/registrations": {
      get: {
        operationId: "listRegistrations",
        summary: "An event's registrations with names and phones, in arrival order",
        security,
        parameters: [communityParameter, eventId],
        responses: {
          "200": { description: "The registrations", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/ManagedRegistration" } } } } },
          "404": problemResponse("No such event"),
          ...keyProblems,
        },
      },
    },
    "/v1/communities/{community}/resources": {
      post: {
        operationId: "createResource",
        summary: "Add a room or equipment with its hours, closures and booking rules",
        security,
        parameters: [communityParameter],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/ResourceWrite" } } } },
        responses: { "201": { description: "Created", content: { "application/json": { schema: { $ref: "#/components/schemas/Resource" } } } }, "400": problemResponse("A field is at fault"), "409": problemResponse("The id is taken (resource_exists)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/resources/{id}": {
      patch: {
        operationId: "updateResource",
        summary: "Change a resource's details, hours or rules; bookings made stand",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/ResourceUpdate" } } } },
        responses: { "200": { description: "The resource as it is now", content: { "application/json": { schema: { $ref: "#/components/schemas/Resource" } } } }, "400": problemResponse("A field is at fault"), "404": problemResponse("No such resource"), ...keyProblems },
      },
      delete: {
        operationId: "deleteResource",
        summary: "Delete a resource that has no bookings to come",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "Deleted" }, "404": problemResponse("No such resource"), "409": problemResponse("Bookings to come (resource_has_bookings)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/resources/{id}/blocks": {
      post: {
        operationId: "blockTime",
        summary: "Keep time free of bookings, for maintenance; refused where bookings hold it",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BlockRequest" } } } },
        responses: { "201": { description: "The block", content: { "application/json": { schema: { $ref: "#/components/schemas/ManagedBooking" } } } }, "409": problemResponse("Bookings hold part of the time (slot_unavailable)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/resources/{id}/blocks/{blockId}": {
      delete: {
        operationId: "unblockTime",
        summary: "Lift a block",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "blockId", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "Lifted" }, "404": problemResponse("No such block"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/bookings": {
      get: {
        operationId: "listBookings",
        summary: "Bookings with who made them and how to reach them, in start order (at most 1,000)",
        security,
        parameters: [
          communityParameter,
          ...queryParameters(BookingListQuery),
        ],
        responses: {
          "200": { description: "The bookings", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/ManagedBooking" } } } } },
          ...keyProblems,
        },
      },
    },
    ...Object.fromEntries(
      (["approve", "reject"] as const).map((action) => [
        `/v1/communities/{community}/bookings/{id}/${action}`,
        {
          post: {
            operationId: `${action}Booking`,
            summary: action === "approve" ? "Approve a booking awaiting approval" : "Reject a booking awaiting approval; its time is free at once",
            security,
            parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
            responses: {
              "200": { description: "The booking as it is now", content: { "application/json": { schema: { $ref: "#/components/schemas/ManagedBooking" } } } },
              "404": problemResponse("No such booking (booking_not_found)"),
              "409": problemResponse("Not awaiting approval (booking_not_pending)"),
              ...keyProblems,
            },
          },
        },
      ]),
    ),
    "/v1/communities/{community}/events/{id}/registrations.csv": {
      get: {
        operationId: "exportRegistrations",
        summary: "The registrations as CSV (UTF-8 with BOM, every cell text) for a spreadsheet",
        security,
        parameters: [communityParameter, eventId],
        responses: { "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } }, "404": problemResponse("No such event"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/partners": {
      post: {
        operationId: "createPartner",
        summary: "Add a partner; its address and WGS-84 coordinates are checked",
        security,
        parameters: [communityParameter],
        requestBody: { required: true, ...json("#/components/schemas/PartnerWrite") },
        responses: { "201": { description: "The partner", ...json("#/components/schemas/Partner") }, "400": problemResponse("A field is at fault"), "409": problemResponse("The id is taken (partner_exists)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/partners/{id}": {
      patch: {
        operationId: "updatePartner",
        summary: "Change a partner's details or place",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, ...json("#/components/schemas/PartnerUpdate") },
        responses: { "200": { description: "The partner as it is now", ...json("#/components/schemas/Partner") }, "400": problemResponse("A field is at fault"), "404": problemResponse("No such partner"), ...keyProblems },
      },
      delete: {
        operationId: "deletePartner",
        summary: "Remove a partner",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "Deleted" }, "404": problemResponse("No such partner"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/teams": {
      post: {
        operationId: "createTeam",
        summary: "Create a volunteer team",
        security,
        parameters: [communityParameter],
        requestBody: { required: true, ...json("#/components/schemas/Team") },
        responses: { "201": { description: "The team", ...json("#/components/schemas/Team") }, "400": problemResponse("A field is at fault"), "409": problemResponse("The id is taken (team_exists)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/opportunities": {
      post: {
        operationId: "createOpportunity",
        summary: "Create an opportunity to volunteer in a team",
        security,
        parameters: [communityParameter],
        requestBody: { required: true, ...json("#/components/schemas/OpportunityWrite") },
        responses: {
          "201": { description: "The opportunity", ...json("#/components/schemas/Opportunity") },
          "400": problemResponse("A field is at fault (unknown_team …)"),
          "409": problemResponse("The id is taken (opportunity_exists)"),
          ...keyProblems,
        },
      },
    },
    "/v1/communities/{community}/opportunities/{id}/shifts": {
      post: {
        operationId: "createShift",
        summary: "Add a shift to an opportunity; its id is the opportunity's and its local start (clean-up-day-20261128t0830)",
        security,
        parameters: [communityParameter, { ...eventParameter, description: "The opportunity's id" }],
        requestBody: { required: true, ...json("#/components/schemas/ShiftWrite") },
        responses: {
          "201": { description: "The shift", ...json("#/components/schemas/Shift") },
          "400": problemResponse("A field is at fault (end_before_start …)"),
          "404": problemResponse("No such opportunity (opportunity_not_found)"),
          "409": problemResponse("A shift of this opportunity starts then already (shift_exists)"),
          ...keyProblems,
        },
      },
    },
    "/v1/communities/{community}/shifts/{id}/signups": {
      get: {
        operationId: "listSignups",
        summary: "Who signed up for a shift, with phones, in sign-up order with waitlist places",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The sign-ups", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/ManagedSignup" } } } } },
          "404": problemResponse("No such shift (shift_not_found)"),
          ...keyProblems,
        },
      },
    },
    "/v1/communities/{community}/signups/{id}/check-in": {
      post: {
        operationId: "checkIn",
        summary: "A confirmed volunteer arrived: checked in now, and attended",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The sign-up as it is now", ...json("#/components/schemas/ManagedSignup") },
          "404": problemResponse("No such sign-up (signup_not_found)"),
          "409": problemResponse("Waitlisted or cancelled (signup_not_confirmed)"),
          ...keyProblems,
        },
      },
    },
    "/v1/communities/{community}/signups/{id}/attendance": {
      put: {
        operationId: "markAttendance",
        summary: "Whether a confirmed volunteer came, once the shift has started",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, ...json("#/components/schemas/AttendanceRequest") },
        responses: {
          "200": { description: "The sign-up as it is now", ...json("#/components/schemas/ManagedSignup") },
          "404": problemResponse("No such sign-up (signup_not_found)"),
          "409": problemResponse("Not confirmed (signup_not_confirmed) or the shift has not started (shift_not_started)"),
          ...keyProblems,
        },
      },
    },
    "/v1/communities/{community}/volunteer-hours": {
      get: {
        operationId: "volunteerHours",
        summary: "Hours served (attended shifts) per volunteer and per team over the days from to to",
        security,
        parameters: [communityParameter, ...queryParameters(VolunteerHoursQuery)],
        responses: { "200": { description: "The hours", ...json("#/components/schemas/VolunteerHours") }, "400": problemResponse("A malformed or backwards range"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/personal-data": {
      get: {
        operationId: "exportPersonalData",
        summary: "Everything the community holds about one person, found by their phone: for their request to see it",
        security,
        parameters: [communityParameter, ...queryParameters(PersonalDataQuery)],
        responses: { "200": { description: "What is kept", ...json("#/components/schemas/PersonalData") }, "400": problemResponse("No phone, or not a phone number (invalid_parameter)"), ...keyProblems },
      },
      delete: {
        operationId: "erasePersonalData",
        summary: "Erase one person's data on their request: registrations, bookings and sign-ups to come are cancelled (places pass to those waiting), then name, phone, group and skills are erased from every record",
        security,
        parameters: [communityParameter, ...queryParameters(PersonalDataQuery)],
        responses: { "200": { description: "What was done", ...json("#/components/schemas/Erasure") }, "400": problemResponse("No phone, or not a phone number (invalid_parameter)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/api-keys": {
      get: {
        operationId: "listApiKeys",
        summary: "The community's management keys: label, made, last used, revoked; never their secrets",
        security,
        parameters: [communityParameter],
        responses: { "200": { description: "The keys", ...json("#/components/schemas/ApiKeyList") }, ...keyProblems },
      },
    },
    "/v1/communities/{community}/api-keys/{id}": {
      delete: {
        operationId: "revokeApiKey",
        summary: "Stop a key working (a lost laptop, a colleague who left)",
        security,
        parameters: [communityParameter, { name: "id", in: "path", required: true, description: "The key's id (the part after ck_)", schema: { type: "string" } }],
        responses: { "204": { description: "Revoked" }, "404": problemResponse("The community has no working key of that id (not_found)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/audit-log": {
      get: {
        operationId: "readAuditLog",
        summary: "What the community's keys were used for, latest first",
        security,
        parameters: [communityParameter, ...queryParameters(AuditLogQuery)],
        responses: { "200": { description: "The latest entries (100 unless limit says)", ...json("#/components/schemas/AuditLog") }, "400": problemResponse("limit is not a whole number from 1 to 1000 (invalid_parameter)"), ...keyProblems },
      },
    },
    "/v1/communities/{community}/volunteer-hours.csv": {
      get: {
        operationId: "exportVolunteerHours",
        summary: "Every attended shift of the period as CSV (UTF-8 with BOM, every cell text), one row per volunteer and shift; columns in docs/volunteer-hours-csv.md",
        security,
        parameters: [communityParameter, ...queryParameters(VolunteerHoursQuery)],
        responses: { "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } }, "400": problemResponse("A malformed or backwards range"), ...keyProblems },
      },
    },
  };
}
