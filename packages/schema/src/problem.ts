import * as v from "valibot";
import { object } from "./json-object.js";
import { WholeNumber } from "./common.js";

/** Stable machine-readable error codes. Clients switch on these, never on titles. */
export const ErrorCode = v.picklist([
  "community_not_found",
  "event_not_found",
  "not_found",
  "invalid_parameter",
  "invalid_body",
  "idempotency_key_missing",
  "idempotency_key_reused",
  "registration_closed",
  "event_past",
  "duplicate_registration",
  "registration_not_found",
  "invalid_cancel_token",
  "method_not_allowed",
  "unauthorized",
  "forbidden",
  "event_exists",
  "category_not_found",
  "invalid_recurrence",
  "resource_not_found",
  "slot_unavailable",
  "booking_limit_reached",
  "booking_not_found",
  "booking_not_pending",
  "resource_exists",
  "resource_has_bookings",
  "origin_not_allowed",
  "rate_limited",
  "body_too_large",
  "internal_error",
]);
export type ErrorCode = v.InferOutput<typeof ErrorCode>;

export const FieldError = object({
  /** The query parameter or body field at fault, as a dotted path. */
  field: v.string(),
  /** too_small, too_big, invalid_type, invalid_format, invalid_value, invalid_union, custom, or a code of the API's own checks */
  code: v.string(),
  message: v.string(),
});
export type FieldError = v.InferOutput<typeof FieldError>;

/** RFC 9457 problem details, with our stable `code` and per-field `errors`. */
export const Problem = object({
  type: v.string(),
  title: v.string(),
  status: WholeNumber(400, 599),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  code: v.string(),
  errors: v.optional(v.array(FieldError)),
  /** With slot_unavailable: the next times the same booking would fit. */
  alternatives: v.optional(v.array(object({ start: v.string(), end: v.string() }))),
  /** With overlapping_signup: the shift the same phone already holds at that time. */
  conflict: v.optional(object({ shiftId: v.string(), title: v.string(), start: v.string(), end: v.string() })),
});
export type Problem = v.InferOutput<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
