import { MIN_PASSWORD_LENGTH } from "@community-kit/schema";
import { type Localizer, errorSummary, textField } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { ConsoleMessages } from "../locales/console.js";
import { PASSWORD_FIELDS, type PasswordField, SIGN_IN_FIELDS, type SignInField } from "./sign-in-request.js";
import type { StaffForm } from "./staff-form.js";

/** The sign-in form: the community's code, the member's name and password. */
export function signInView(form: StaffForm<SignInField>, t: Localizer<ConsoleMessages>, note: string | undefined, onSubmit: () => void) {
  const context = form.context(t.t("errorPrefix"));
  return html`<form id=${form.id} class="staff-form" part="sign-in" novalidate aria-labelledby="sign-in-heading" @submit=${submitting(onSubmit)}>
    <h1 id="sign-in-heading">${t.t("signInHeading")}</h1>
    ${note ? html`<p class="notice" role="status">${note}</p>` : nothing}
    <p class="staff-form__intro">${t.t("signInIntro")}</p>
    ${errorSummary(context, SIGN_IN_FIELDS, { title: t.t("errorTitle"), problem: form.problem, level: 2 }, (field) => form.focusField(field))}
    ${textField(
      context,
      "community",
      { label: t.t("fieldCommunity"), hint: t.t("fieldCommunityHint"), value: form.values.community, autocomplete: "organization", maxlength: 64 },
      (value) => form.set("community", value),
    )}
    ${textField(context, "name", { label: t.t("fieldName"), value: form.values.name, autocomplete: "username", maxlength: 100 }, (value) => form.set("name", value))}
    ${textField(
      context,
      "password",
      { label: t.t("fieldPassword"), type: "password", value: form.values.password, autocomplete: "current-password", maxlength: 200 },
      (value) => form.set("password", value),
    )}
    <button type="submit" class="button button--primary" part="button sign-in" aria-disabled=${form.sending ? "true" : "false"}>
      ${form.sending ? t.t("signingIn") : t.t("signIn")}
    </button>
  </form>`;
}

/** Choosing a new password: required after a one-time password, else asked for from the header (and can be left). */
export function passwordView(form: StaffForm<PasswordField>, t: Localizer<ConsoleMessages>, required: boolean, onSubmit: () => void, onCancel: () => void) {
  const context = form.context(t.t("errorPrefix"));
  return html`<form id=${form.id} class="staff-form" part="password-change" novalidate aria-labelledby="password-heading" @submit=${submitting(onSubmit)}>
    <h1 id="password-heading">${required ? t.t("passwordHeading") : t.t("passwordHeadingVoluntary")}</h1>
    <p class="staff-form__intro">${t.t("passwordIntro", MIN_PASSWORD_LENGTH)}</p>
    ${errorSummary(context, PASSWORD_FIELDS, { title: t.t("errorTitle"), problem: form.problem, level: 2 }, (field) => form.focusField(field))}
    ${textField(
      context,
      "current",
      { label: t.t("fieldCurrent"), type: "password", value: form.values.current, autocomplete: "current-password", maxlength: 200 },
      (value) => form.set("current", value),
    )}
    ${textField(
      context,
      "next",
      {
        label: t.t("fieldNext"),
        hint: t.t("fieldNextHint", MIN_PASSWORD_LENGTH),
        type: "password",
        value: form.values.next,
        autocomplete: "new-password",
        maxlength: 200,
      },
      (value) => form.set("next", value),
    )}
    ${textField(
      context,
      "repeat",
      { label: t.t("fieldRepeat"), type: "password", value: form.values.repeat, autocomplete: "new-password", maxlength: 200 },
      (value) => form.set("repeat", value),
    )}
    <div class="staff-form__actions">
      <button type="submit" class="button button--primary" part="button save-password" aria-disabled=${form.sending ? "true" : "false"}>${t.t("savePassword")}</button>
      ${required ? nothing : html`<button type="button" class="button" part="button" @click=${onCancel}>${t.t("cancel")}</button>`}
    </div>
  </form>`;
}

const submitting = (onSubmit: () => void) => (event: Event) => {
  event.preventDefault();
  onSubmit();
};
