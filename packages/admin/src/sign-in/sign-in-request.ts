import { MIN_PASSWORD_LENGTH, PasswordChange, StaffSignIn, fieldErrorsOf } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { type Localizer, fieldMessages } from "@community-kit/ui";
import type { ConsoleMessages } from "../locales/console.js";

export type SignInField = "community" | "name" | "password";
export const SIGN_IN_FIELDS: readonly SignInField[] = ["community", "name", "password"];
export type SignInValues = Record<SignInField, string>;

export type PasswordField = "current" | "next" | "repeat";
export const PASSWORD_FIELDS: readonly PasswordField[] = ["current", "next", "repeat"];
export type PasswordValues = Record<PasswordField, string>;

/** The sign-in as typed, checked with the API's own schema: a message per field at fault, or the request. */
export function validateSignIn(values: SignInValues, t: Localizer<ConsoleMessages>) {
  const parsed = StaffSignIn.safeParse({ community: values.community.trim(), name: values.name.trim(), password: values.password });
  const errors = fieldMessages<SignInField>(parsed.success ? [] : fieldErrorsOf(parsed.error.issues), (field, code) => {
    if (field === "community") return values.community.trim() ? t.t("communityInvalid") : t.t("communityMissing");
    if (field === "name") return t.t("nameMissing");
    return code === "too_small" ? t.t("passwordMissing") : undefined;
  });
  return { errors, request: parsed.success && !Object.keys(errors).length ? parsed.data : undefined };
}

/** The new password as typed, checked with the API's schema, and the repeat against it. */
export function validatePasswordChange(values: PasswordValues, t: Localizer<ConsoleMessages>) {
  const parsed = PasswordChange.safeParse({ current: values.current, next: values.next });
  const errors = fieldMessages<PasswordField>(parsed.success ? [] : fieldErrorsOf(parsed.error.issues), (field) =>
    field === "current" ? t.t("currentMissing") : t.t("nextTooShort", MIN_PASSWORD_LENGTH),
  );
  if (!errors.next && values.repeat !== values.next) errors.repeat = t.t("repeatDiffers");
  return { errors, request: parsed.success && !Object.keys(errors).length ? parsed.data : undefined };
}

/** Why signing in or saving a password did not work, in staff's words: never whether the account exists. */
export function describeStaffFailure(error: unknown, t: Localizer<ConsoleMessages>): string {
  if ((error as Error | undefined)?.name === "CommunityNetworkError") return t.t("network");
  if (isApiError(error, "invalid_credentials")) return t.t("wrongCredentials");
  if (isApiError(error, "too_many_attempts")) return t.t("tooManyTries", Math.max(1, Math.ceil((error.problem?.retryAfter ?? 900) / 60)));
  return t.t("server");
}
