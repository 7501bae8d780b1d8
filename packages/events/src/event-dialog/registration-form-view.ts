import { type Localizer, maskPhone } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import type { RegistrationMessages } from "../locales/registration/index.js";
import type { ViewContext } from "../views/view-context.js";
import type { FieldMessages, RegistrationField, RegistrationForm } from "./registration-errors.js";
import { REGISTRATION_FIELDS } from "./registration-errors.js";

export interface RegistrationState {
  form: RegistrationForm;
  errors: FieldMessages;
  /** A problem with the whole submission (closed, offline), shown in the summary. */
  problem?: string;
  submitting: boolean;
  done?: { status: "confirmed" | "waitlisted"; position?: number; partySize: number; phone: string; cancelToken: string };
}

/** The form's words, and the calendar's context for the rest. */
export interface RegistrationViewContext {
  t: Localizer<RegistrationMessages>;
  context: ViewContext;
}

export interface RegistrationActions {
  input(field: RegistrationField, value: string | boolean): void;
  submit(event: SubmitEvent): void;
  focusField(field: RegistrationField): void;
}

const fieldId = (field: RegistrationField) => `registration-${field}`;
const errorId = (field: RegistrationField) => `registration-${field}-error`;

/** The GOV.UK error message: beside the field, with a hidden "Error:" for screen readers. */
function fieldError(field: RegistrationField, state: RegistrationState, { context }: RegistrationViewContext) {
  const message = state.errors[field];
  return message
    ? html`<p class="field__error" id=${errorId(field)}><span class="visually-hidden">${context.common.t("errorPrefix")}</span>${message}</p>`
    : nothing;
}

function describedBy(field: RegistrationField, state: RegistrationState, ...others: string[]): string {
  return [...others, state.errors[field] ? errorId(field) : ""].filter(Boolean).join(" ");
}

/** The list of what to fix, which takes focus and links to each field. */
function errorSummary(state: RegistrationState, { t }: RegistrationViewContext, actions: RegistrationActions) {
  const fields = REGISTRATION_FIELDS.filter((field) => state.errors[field]);
  if (!fields.length && !state.problem) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h4 class="error-summary__title" id="error-summary-title">${t.t("errorSummaryTitle")}</h4>
    <ul>
      ${state.problem ? html`<li>${state.problem}</li>` : nothing}
      ${fields.map(
        (field) => html`<li>
          <a
            href=${`#${fieldId(field)}`}
            @click=${(click: Event) => {
              click.preventDefault();
              actions.focusField(field);
            }}
            >${state.errors[field]}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

function confirmation(done: NonNullable<RegistrationState["done"]>, { t }: RegistrationViewContext) {
  return html`<section class="registration registration--done" part="registration-confirmation" aria-labelledby="registration-done-title">
    <h3 class="registration__title" id="registration-done-title" tabindex="-1">
      ${done.status === "confirmed" ? t.t("confirmedTitle") : t.t("waitlistedTitle")}
    </h3>
    <p>${done.status === "confirmed" ? t.t("confirmedText", done.partySize) : t.t("waitlistedText", done.position ?? 1)}</p>
    <dl class="registration__facts">
      <div><dt>${t.t("registeredPhone")}</dt><dd>${maskPhone(done.phone)}</dd></div>
      <div><dt>${t.t("cancelCode")}</dt><dd><code class="registration__code">${done.cancelToken}</code></dd></div>
    </dl>
  </section>`;
}

/** Registration for one event: the form, or what happened once it was sent. */
export function registrationForm(event: CalendarEvent, state: RegistrationState, view: RegistrationViewContext, actions: RegistrationActions) {
  const registration = view.context.registration;
  if (!registration || !event.registration?.open) return nothing;
  if (state.done) return confirmation(state.done, view);
  const { t } = view;
  const max = event.registration.maxPartySize;
  const remaining = event.capacity === undefined ? undefined : Math.max(0, event.capacity - (event.registeredCount ?? 0));
  const { privacy } = registration;
  const invalid = (field: RegistrationField) => (state.errors[field] ? "true" : "false");
  return html`<section class="registration" part="registration" aria-labelledby="registration-title">
    <h3 class="registration__title" id="registration-title">${t.t("registerHeading")}</h3>
    ${remaining !== undefined ? html`<p class="registration__places">${t.t("placesLeft", remaining)}</p>` : nothing}
    ${errorSummary(state, view, actions)}
    <form novalidate @submit=${actions.submit}>
      <div class="field ${state.errors.name ? "field--error" : ""}">
        <label for=${fieldId("name")}>${t.t("fieldName")}</label>
        ${fieldError("name", state, view)}
        <input
          id=${fieldId("name")}
          name="name"
          autocomplete="name"
          maxlength="60"
          .value=${state.form.name}
          aria-invalid=${invalid("name")}
          aria-describedby=${describedBy("name", state) || nothing}
          @input=${(input: Event) => actions.input("name", (input.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field ${state.errors.phone ? "field--error" : ""}">
        <label for=${fieldId("phone")}>${t.t("fieldPhone")}</label>
        <p class="field__hint" id="registration-phone-hint">${t.t("fieldPhoneHint")}</p>
        ${fieldError("phone", state, view)}
        <input
          id=${fieldId("phone")}
          name="phone"
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          maxlength="32"
          .value=${state.form.phone}
          aria-invalid=${invalid("phone")}
          aria-describedby=${describedBy("phone", state, "registration-phone-hint")}
          @input=${(input: Event) => actions.input("phone", (input.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field ${state.errors.partySize ? "field--error" : ""}">
        <label for=${fieldId("partySize")}>${t.t("fieldPartySize")}</label>
        ${fieldError("partySize", state, view)}
        <select
          id=${fieldId("partySize")}
          name="partySize"
          .value=${state.form.partySize}
          aria-invalid=${invalid("partySize")}
          aria-describedby=${describedBy("partySize", state) || nothing}
          @change=${(change: Event) => actions.input("partySize", (change.target as HTMLSelectElement).value)}
        >
          ${Array.from({ length: max }, (_, index) => html`<option value=${index + 1} ?selected=${state.form.partySize === String(index + 1)}>${index + 1}</option>`)}
        </select>
      </div>
      <div class="field field--consent ${state.errors.consent ? "field--error" : ""}">
        <p class="consent__notice" id="registration-consent-notice">${t.t("consentNotice", privacy.controller, privacy.retentionDays, privacy.contact)}</p>
        ${fieldError("consent", state, view)}
        <div class="consent__box">
          <input
            id=${fieldId("consent")}
            name="consent"
            type="checkbox"
            .checked=${state.form.consent}
            aria-invalid=${invalid("consent")}
            aria-describedby=${describedBy("consent", state, "registration-consent-notice")}
            @change=${(change: Event) => actions.input("consent", (change.target as HTMLInputElement).checked)}
          />
          <label for=${fieldId("consent")}>${t.t("consentLabel")}</label>
        </div>
      </div>
      <button type="submit" class="button button--primary" part="button register" ?disabled=${state.submitting}>
        ${state.submitting ? t.t("submitting") : t.t("submit")}
      </button>
    </form>
  </section>`;
}
