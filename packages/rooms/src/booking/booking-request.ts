import { BookingRequest, type Resource, fieldErrorsOf } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { type Localizer, fieldMessages, noticeRequest, submitFailure } from "@community-kit/ui";
import type { BookingMessages } from "../locales/booking/index.js";

export type BookingField = "duration" | "purpose" | "organisation" | "attendees" | "units" | "name" | "phone" | "notify" | "email" | "consent";
export const BOOKING_FIELDS: readonly BookingField[] = [
  "duration",
  "purpose",
  "organisation",
  "attendees",
  "units",
  "name",
  "phone",
  "notify",
  "email",
  "consent",
];

/** What the resident has typed, kept as typed: nothing is ever cleared. */
export interface BookingForm {
  /** Minutes, as the select holds them. */
  duration: string;
  purpose: string;
  organisation: string;
  attendees: string;
  units: string;
  name: string;
  phone: string;
  /** Tell me of the decision, changes and a reminder (where the community sends notices). */
  notify: boolean;
  email: string;
  consent: boolean;
}

export type BookingFieldMessages = Partial<Record<BookingField, string>>;

export const emptyBookingForm = (): BookingForm => ({
  duration: "",
  purpose: "",
  organisation: "",
  attendees: "",
  units: "1",
  name: "",
  phone: "",
  notify: false,
  email: "",
  consent: false,
});

function messageFor(field: BookingField, code: string, resource: Resource, t: Localizer<BookingMessages>): string | undefined {
  switch (field) {
    case "purpose":
      return code === "too_big" ? t.t("errorPurposeLong") : t.t("errorPurpose");
    case "organisation":
      return t.t("errorOrganisationLong");
    case "attendees":
      return t.t("errorAttendees", resource.capacity ?? 1);
    case "units":
      return t.t("errorUnits", resource.quantity ?? 1);
    case "name":
      return code === "too_big" ? t.t("errorNameLong") : t.t("errorName");
    case "phone":
      return code === "booking_limit_reached" ? t.t("errorLimit", resource.maxActivePerPhone) : t.t("errorPhone");
    case "consent":
      return t.t("errorConsent");
    case "email":
      return t.t("errorEmail");
    case "notify":
    case "duration":
      return undefined;
  }
}

/** A whole number typed in a text field, or NaN. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * Checks the form with the API's own schema and the resource's size; a
 * message per field at fault, in the page's language. The time is the slot
 * chosen, which the timeline offers only where the rules allow it.
 */
export function validateBooking(form: BookingForm, resource: Resource, time: { start: string; end: string }, t: Localizer<BookingMessages>) {
  const room = resource.kind === "room";
  const attendees = form.attendees.trim() ? wholeNumber(form.attendees) : undefined;
  const units = room ? undefined : wholeNumber(form.units);
  const parsed = BookingRequest.safeParse({
    resourceId: resource.id,
    start: time.start,
    end: time.end,
    units,
    purpose: form.purpose,
    organisation: form.organisation.trim() || undefined,
    attendees: room ? attendees : undefined,
    name: form.name,
    phone: form.phone,
    consent: form.consent,
    ...noticeRequest(form, t.locale),
  });
  const errors = fieldMessages<BookingField>(parsed.success ? [] : fieldErrorsOf(parsed.error.issues), (field, code) => messageFor(field, code, resource, t));
  if (room && resource.capacity !== undefined && attendees !== undefined && !(attendees <= resource.capacity))
    errors.attendees = t.t("errorAttendees", resource.capacity);
  if (!room && !(units! <= (resource.quantity ?? 1))) errors.units = t.t("errorUnits", resource.quantity ?? 1);
  const valid = parsed.success && Object.values(errors).every((message) => !message);
  return { errors, request: valid ? parsed.data : undefined };
}

/** What a refused booking means for the resident: fields to fix, a problem with the whole, or a taken time with others offered. */
export function describeBookingFailure(
  error: unknown,
  resource: Resource,
  t: Localizer<BookingMessages>,
): { errors: BookingFieldMessages; problem?: string; alternatives?: Array<{ start: string; end: string }> } {
  if (isApiError(error, "slot_unavailable")) return { errors: {}, alternatives: error.problem?.alternatives ?? [] };
  const refused = (isApiError(error) && error.problem?.errors) || [];
  const errors = fieldMessages(refused, (field, code) => messageFor(field, code, resource, t), BOOKING_FIELDS);
  // The rules moved on since the slot was offered (lead time passed, staff closed the day).
  if (refused.some((fieldError) => fieldError.field === "start" || fieldError.field === "end")) return { errors, problem: t.t("errorTime") };
  if (Object.keys(errors).length) return { errors };
  return { errors: {}, problem: submitFailure(error, t.locale) };
}
