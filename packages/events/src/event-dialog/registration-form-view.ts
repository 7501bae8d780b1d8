import {
  type FormContext,
  type Localizer,
  contactFields,
  noticeChoice,
  privacyConsent,
  errorSummary,
  receipt,
  queuedButtonText,
  queuedNotice,
  selectField,
} from "@community-kit/ui";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import type { DialogMessages } from "../locales/dialog/index.js";
import type { ViewContext } from "../views/view-context.js";
import type { FieldMessages, RegistrationField, RegistrationForm } from "./registration-errors.js";
import { REGISTRATION_FIELDS } from "./registration-errors.js";

export interface RegistrationState {
  form: RegistrationForm;
  errors: FieldMessages;
  /** A problem with the whole submission (closed, offline), shown in the summary. */
  problem?: string;
  submitting: boolean;
  /** Kept on this device by the SDK until it can be sent; the answer replaces it. */
  queued?: boolean;
  done?: { status: "confirmed" | "waitlisted"; position?: number; partySize: number; phone: string; shortCode: string };
}

/** The form's words, and the calendar's context for the rest. */
export interface RegistrationViewContext {
  t: Localizer<DialogMessages>;
  context: ViewContext;
}

export interface RegistrationActions {
  input(field: RegistrationField, value: string | boolean): void;
  submit(event: SubmitEvent): void;
  focusField(field: RegistrationField): void;
}

function confirmation(done: NonNullable<RegistrationState["done"]>, { t }: RegistrationViewContext) {
  return html`<section class="registration registration--done" part="registration-confirmation" aria-labelledby="registration-done-title">
    <h3 class="registration__title" id="registration-done-title" tabindex="-1">
      ${done.status === "confirmed" ? t.t("confirmedTitle") : t.t("waitlistedTitle")}
    </h3>
    <p>${done.status === "confirmed" ? t.t("confirmedText", done.partySize) : t.t("waitlistedText", done.position ?? 1)}</p>
    ${receipt({ phone: done.phone, shortCode: done.shortCode, note: t.t("codeNote") }, t.locale)}
  </section>`;
}

/** Registration for one event: the form, or what happened once it was sent. */
export function registrationForm(event: CalendarEvent, state: RegistrationState, view: RegistrationViewContext, actions: RegistrationActions) {
  const registration = view.context.registration;
  // An event that is over takes no registrations, whatever the last answer said.
  if (!registration || !event.registration?.open || event.end <= view.context.now()) return nothing;
  if (state.done) return confirmation(state.done, view);
  const { t } = view;
  const max = event.registration.maxPartySize;
  const remaining = event.capacity === undefined ? undefined : Math.max(0, event.capacity - (event.registeredCount ?? 0));
  const { privacy } = registration;
  const form: FormContext<RegistrationField> = { id: "registration", errors: state.errors, errorPrefix: view.context.common.t("errorPrefix") };
  const partySizes = Array.from({ length: max }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));
  return html`<section class="registration" part="registration" aria-labelledby="registration-title">
    <h3 class="registration__title" id="registration-title">${t.t("registerHeading")}</h3>
    ${remaining !== undefined ? html`<p class="registration__places">${t.t("placesLeft", remaining)}</p>` : nothing}
    ${errorSummary(form, REGISTRATION_FIELDS, { title: t.t("errorSummaryTitle"), problem: state.problem }, actions.focusField)}
    <form novalidate @submit=${actions.submit}>
      ${contactFields(form, state.form, t.messages, 60, actions.input)}
      ${selectField(form, "partySize", { label: t.t("fieldPartySize"), value: state.form.partySize, options: partySizes }, (value) => actions.input("partySize", value))}
      ${noticeChoice(form, registration.notices, state.form, t.messages, actions.input)}
      ${privacyConsent(form, privacy, state.form.consent, t.messages, (checked) => actions.input("consent", checked))}
      ${state.queued ? queuedNotice(t.locale, "registration-queued") : nothing}
      <button type="submit" class="button button--primary" part="button register" ?disabled=${state.submitting || state.queued}>
        ${state.queued ? queuedButtonText(t.locale) : state.submitting ? t.t("submitting") : t.t("submit")}
      </button>
    </form>
  </section>`;
}
