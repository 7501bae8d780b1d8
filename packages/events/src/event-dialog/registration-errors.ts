import { type FieldError, RegistrationRequest, fieldErrorsOf } from "@community-kit/schema";
import { type Localizer, fieldMessages, noticeRequest } from "@community-kit/ui";
import type { DialogMessages } from "../locales/dialog/index.js";

export type RegistrationField = "name" | "phone" | "partySize" | "notify" | "email" | "consent";
export const REGISTRATION_FIELDS: readonly RegistrationField[] = ["name", "phone", "partySize", "notify", "email", "consent"];

/** What the resident has typed, kept as typed: nothing is ever cleared. */
export interface RegistrationForm {
  name: string;
  phone: string;
  partySize: string;
  /** Tell me of changes and remind me (where the community sends notices). */
  notify: boolean;
  email: string;
  consent: boolean;
}

export type FieldMessages = Partial<Record<RegistrationField, string>>;

function messageFor(field: RegistrationField, code: string, maxPartySize: number, t: Localizer<DialogMessages>): string {
  switch (field) {
    case "name":
      return code === "too_big" ? t.t("errorNameLong") : t.t("errorName");
    case "phone":
      return code === "duplicate_registration" ? t.t("errorDuplicate") : t.t("errorPhone");
    case "partySize":
      return t.t("errorPartySize", maxPartySize);
    case "consent":
      return t.t("errorConsent");
    case "email":
      return t.t("errorEmail");
    case "notify":
      return "";
  }
}

/** Checks the form with the API's own schema; a message per field at fault, in the page's language. */
export function validateRegistration(form: RegistrationForm, maxPartySize: number, t: Localizer<DialogMessages>) {
  const partySize = Number(form.partySize);
  const parsed = RegistrationRequest.safeParse({ name: form.name, phone: form.phone, partySize, consent: form.consent, ...noticeRequest(form, t.locale) });
  const errors = fieldMessages<RegistrationField>(parsed.success ? [] : fieldErrorsOf(parsed.error.issues), (field, code) =>
    messageFor(field, code, maxPartySize, t),
  );
  if (!errors.partySize && partySize > maxPartySize) errors.partySize = t.t("errorPartySize", maxPartySize);
  return { errors, request: parsed.success && Object.keys(errors).length === 0 ? parsed.data : undefined };
}

/** The server's field errors (a 400 or a 409 naming a field) as the form's messages. */
export function serverFieldErrors(errors: readonly FieldError[], maxPartySize: number, t: Localizer<DialogMessages>): FieldMessages {
  return fieldMessages(errors, (field, code) => messageFor(field, code, maxPartySize, t), REGISTRATION_FIELDS);
}
