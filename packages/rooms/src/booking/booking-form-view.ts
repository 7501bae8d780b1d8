import type { BookingResult, Community, PrivacyPolicy, Resource } from "@community-kit/schema";
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
  textField,
} from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import type { BookingMessages } from "../locales/booking/index.js";
import { BOOKING_FIELDS, type BookingField, type BookingFieldMessages, type BookingForm } from "./booking-request.js";

export interface TimeRange {
  start: string;
  end: string;
}

export interface BookingState {
  form: BookingForm;
  errors: BookingFieldMessages;
  /** A problem with the whole submission (offline, time no longer bookable), shown in the summary. */
  problem?: string;
  /** The time was taken meanwhile: the free times the server offered instead. */
  alternatives?: TimeRange[];
  submitting: boolean;
  /** Kept on this device by the SDK until it can be sent; the answer replaces it. */
  queued?: boolean;
  done?: { result: BookingResult; phone: string };
}

export interface BookingViewContext {
  resource: Resource;
  /** The time chosen, in the resource's zone with its offset. */
  time: TimeRange;
  /** The lengths one may book from the start chosen, in minutes. */
  durations: number[];
  privacy?: PrivacyPolicy;
  /** How the community tells residents who ask: the form offers it where there is a way. */
  notices?: Community["notices"];
  intl: string;
  errorPrefix: string;
}

export interface BookingActions {
  input(field: BookingField, value: string | boolean): void;
  submit(event: SubmitEvent): void;
  focusField(field: BookingField): void;
  takeAlternative(time: TimeRange): void;
  again(): void;
}

/** "Tuesday 2 June 09:00–10:00" for a time in the resource's zone: its wall clock is in the string. */
export const whenText = (time: TimeRange, intl: string) => `${fullDay(time.start.slice(0, 10), intl)} ${time.start.slice(11, 16)}–${time.end.slice(11, 16)}`;

function takenNotice(alternatives: TimeRange[], view: BookingViewContext, t: Localizer<BookingMessages>, actions: BookingActions) {
  return html`<div class="taken" part="taken" role="alert" tabindex="-1" aria-labelledby="taken-title">
    <h4 class="taken__title" id="taken-title">${t.t("takenTitle")}</h4>
    ${
      alternatives.length
        ? html`<p>${t.t("takenText")}</p>
          <ul class="taken__alternatives">
            ${alternatives.map(
              (time) => html`<li>
                <button type="button" class="button" part="button alternative" @click=${() => actions.takeAlternative(time)}>
                  ${t.t("alternative", fullDay(time.start.slice(0, 10), view.intl), time.start.slice(11, 16), time.end.slice(11, 16))}
                </button>
              </li>`,
            )}
          </ul>`
        : html`<p>${t.t("takenNone")}</p>`
    }
  </div>`;
}

function outcome(done: NonNullable<BookingState["done"]>, view: BookingViewContext, t: Localizer<BookingMessages>, actions: BookingActions) {
  const { result } = done;
  const when = whenText(result, view.intl);
  const confirmed = result.status === "confirmed";
  return html`<section class="booking booking--done" part="booking-outcome" aria-labelledby="booking-done-title">
    <h3 class="booking__title" id="booking-done-title" tabindex="-1">${confirmed ? t.t("confirmedTitle") : t.t("pendingTitle")}</h3>
    <p>${confirmed ? t.t("confirmedText", view.resource.name, when) : t.t("pendingText", view.resource.name, when)}</p>
    ${receipt({ phone: done.phone, shortCode: result.shortCode, note: t.t("codeNote") }, t.locale)}
    <button type="button" class="button" part="button book-another" @click=${actions.again}>${t.t("bookAnother")}</button>
  </section>`;
}

/** The booking of the time chosen: the form, or what happened once it was sent. */
export function bookingForm(state: BookingState, view: BookingViewContext, t: Localizer<BookingMessages>, actions: BookingActions) {
  if (state.done) return outcome(state.done, view, t, actions);
  const { resource, time } = view;
  const form: FormContext<BookingField> = { id: "booking", errors: state.errors, errorPrefix: view.errorPrefix };
  const input = (field: BookingField) => (value: string | boolean) => actions.input(field, value);
  const durations = view.durations.map((minutes) => ({ value: String(minutes), label: t.t("duration", minutes) }));
  const units = Array.from({ length: resource.quantity ?? 1 }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));
  const { privacy } = view;
  return html`<section class="booking" part="booking-form" aria-labelledby="booking-title">
    <h3 class="booking__title" id="booking-title" tabindex="-1">
      ${t.t("bookHeading", resource.name, fullDay(time.start.slice(0, 10), view.intl), time.start.slice(11, 16), time.end.slice(11, 16))}
    </h3>
    ${state.alternatives ? takenNotice(state.alternatives, view, t, actions) : nothing}
    ${errorSummary(form, BOOKING_FIELDS, { title: t.t("errorSummaryTitle"), problem: state.problem }, actions.focusField)}
    <form novalidate @submit=${actions.submit}>
      ${selectField(form, "duration", { label: t.t("fieldDuration"), value: state.form.duration, options: durations }, input("duration"))}
      ${textField(form, "purpose", { label: t.t("fieldPurpose"), hint: t.t("fieldPurposeHint"), value: state.form.purpose, maxlength: 200 }, input("purpose"))}
      ${textField(form, "organisation", { label: t.t("fieldOrganisation"), value: state.form.organisation, autocomplete: "organization", maxlength: 200 }, input("organisation"))}
      ${
        resource.kind === "room"
          ? textField(
              form,
              "attendees",
              {
                label: t.t("fieldAttendees"),
                hint: resource.capacity ? t.t("fieldAttendeesHint", resource.capacity) : undefined,
                value: state.form.attendees,
                inputmode: "numeric",
                maxlength: 4,
              },
              input("attendees"),
            )
          : selectField(form, "units", { label: t.t("fieldUnits"), value: state.form.units, options: units }, input("units"))
      }
      ${contactFields(form, state.form, t.messages, 50, actions.input)}
      ${noticeChoice(form, view.notices, state.form, t.messages, actions.input)}
      ${privacyConsent(form, privacy, state.form.consent, t.messages, input("consent"))}
      ${state.queued ? queuedNotice(t.locale, "booking-queued") : nothing}
      <button type="submit" class="button button--primary" part="button book" ?disabled=${state.submitting || state.queued || !privacy}>
        ${state.queued ? queuedButtonText(t.locale) : state.submitting ? t.t("submitting") : t.t("submit")}
      </button>
    </form>
  </section>`;
}
