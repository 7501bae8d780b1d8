import { SignupRequest, type Shift, fieldErrorsOf } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { type Localizer, fieldMessages, noticeRequest, submitFailure } from "@community-kit/ui";
import type { VolunteerMessages } from "../locales/index.js";

export type SignupField = "name" | "phone" | "skills" | "showName" | "meetsMinimumAge" | "notify" | "email" | "consent";
export const SIGNUP_FIELDS: readonly SignupField[] = ["name", "phone", "skills", "showName", "meetsMinimumAge", "notify", "email", "consent"];

/** What the volunteer has typed and ticked, kept as it is: nothing is ever cleared. */
export interface SignupForm {
  name: string;
  phone: string;
  skills: string[];
  showName: boolean;
  meetsMinimumAge: boolean;
  /** Tell me of changes and remind me (where the community sends notices). */
  notify: boolean;
  email: string;
  consent: boolean;
}

export type SignupFieldMessages = Partial<Record<SignupField, string>>;

export const emptySignupForm = (): SignupForm => ({
  name: "",
  phone: "",
  skills: [],
  showName: false,
  meetsMinimumAge: false,
  notify: false,
  email: "",
  consent: false,
});

function messageFor(field: SignupField, code: string, shift: Shift, t: Localizer<VolunteerMessages>): string {
  switch (field) {
    case "name":
      return code === "too_big" ? t.t("errorNameLong") : t.t("errorName");
    case "phone":
      return code === "duplicate_signup" ? t.t("errorDuplicate") : t.t("errorPhone");
    case "meetsMinimumAge":
      return t.t("errorAge", shift.minimumAge ?? 18);
    case "consent":
      return t.t("errorConsent");
    case "email":
      return t.t("errorEmail");
    default:
      return submitFailure(undefined, t.locale);
  }
}

/** Checks the form with the API's own schema and the shift's minimum age; a message per field at fault. */
export function validateSignup(form: SignupForm, shift: Shift, t: Localizer<VolunteerMessages>) {
  const parsed = SignupRequest.safeParse({
    name: form.name,
    phone: form.phone,
    skills: form.skills.length ? form.skills : undefined,
    showName: form.showName,
    meetsMinimumAge: shift.minimumAge ? form.meetsMinimumAge : undefined,
    consent: form.consent,
    ...noticeRequest(form, t.locale),
  });
  const errors = fieldMessages<SignupField>(parsed.success ? [] : fieldErrorsOf(parsed.error.issues), (field, code) => messageFor(field, code, shift, t));
  if (shift.minimumAge && !form.meetsMinimumAge) errors.meetsMinimumAge = t.t("errorAge", shift.minimumAge);
  return { errors, request: parsed.success && !Object.keys(errors).length ? parsed.data : undefined };
}

/** What a refused sign-up means for the volunteer: fields to fix, or a problem with the whole. */
export function describeSignupFailure(
  error: unknown,
  shift: Shift,
  t: Localizer<VolunteerMessages>,
  when: (start: string, end: string) => string,
): { errors: SignupFieldMessages; problem?: string } {
  if (isApiError(error, "overlapping_signup") && error.problem?.conflict) {
    const { title, start, end } = error.problem.conflict;
    return { errors: { phone: t.t("errorOverlap", title, when(start, end)) } };
  }
  if (isApiError(error, "shift_started")) return { errors: {}, problem: t.t("errorStarted") };
  const errors = fieldMessages((isApiError(error) && error.problem?.errors) || [], (field, code) => messageFor(field, code, shift, t), SIGNUP_FIELDS);
  return Object.keys(errors).length ? { errors } : { errors: {}, problem: submitFailure(error, t.locale) };
}
