import * as z from "zod/mini";
import { WholeNumber } from "./common.js";

/** Stable machine-readable error codes. Clients switch on these, never on titles. */
export const ErrorCode = z.enum([
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
  "short_code_not_found",
  "too_many_attempts",
  "method_not_allowed",
  "unauthorized",
  "forbidden",
  "invalid_credentials",
  "password_change_required",
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
  "team_exists",
  "opportunity_exists",
  "opportunity_not_found",
  "shift_exists",
  "shift_not_found",
  "shift_started",
  "shift_not_started",
  "duplicate_signup",
  "overlapping_signup",
  "signup_not_found",
  "signup_not_confirmed",
  "signup_not_waitlisted",
  "notice_not_found",
  "booking_not_active",
  "registration_not_confirmed",
  "registration_not_waitlisted",
  "partner_exists",
  "staff_exists",
  "staff_not_found",
  "last_admin",
  "partner_not_found",
  "invalid_path",
  "uri_too_long",
  "origin_not_allowed",
  "rate_limited",
  "body_too_large",
  "internal_error",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldError = z.object({
  /** The query parameter or body field at fault, as a dotted path. */
  field: z.string(),
  /** too_small, too_big, invalid_type, invalid_format, invalid_value, invalid_union, custom, or a code of the API's own checks */
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with our stable `code` and per-field `errors`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: WholeNumber(400, 599),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  errors: z.optional(z.array(FieldError)),
  /** With slot_unavailable: the next times the same booking would fit. */
  alternatives: z.optional(z.array(z.object({ start: z.string(), end: z.string() }))),
  /** With overlapping_signup: the shift the same phone already holds at that time. */
  conflict: z.optional(z.object({ shiftId: z.string(), title: z.string(), start: z.string(), end: z.string() })),
  /** With too_many_attempts: seconds until another try is taken, as Retry-After says. */
  retryAfter: z.optional(WholeNumber(0, 86_400)),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
