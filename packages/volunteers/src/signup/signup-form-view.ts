import type { Community, PrivacyPolicy } from "@community-kit/schema";
import {
  type FormContext,
  type Localizer,
  checkboxField,
  checkboxGroup,
  contactFields,
  noticeChoice,
  privacyConsent,
  errorSummary,
  receipt,
  queuedButtonText,
  queuedNotice,
} from "@community-kit/ui";
import { html, nothing } from "lit";
import type { VolunteerMessages } from "../locales/index.js";
import type { ShiftEntry } from "../shift-state.js";
import type { SignupState } from "./signup-flow.js";
import { SIGNUP_FIELDS, type SignupField } from "./signup-request.js";

export interface SignupViewContext {
  privacy?: PrivacyPolicy;
  /** How the community tells volunteers who ask: the form offers it where there is a way. */
  notices?: Community["notices"];
  errorPrefix: string;
  /** The shift's day and times in the page's language. */
  when: string;
  /** Where its .ics is, for the volunteer's own calendar. */
  calendarUrl: string;
}

export interface SignupActions {
  input(field: SignupField, value: string | boolean | string[]): void;
  submit(event: SubmitEvent): void;
  focusField(field: SignupField): void;
  close(): void;
}

function outcome(done: NonNullable<SignupState["done"]>, entry: ShiftEntry, view: SignupViewContext, t: Localizer<VolunteerMessages>, actions: SignupActions) {
  const confirmed = done.result.status === "confirmed";
  return html`<section class="signup signup--done" part="signup-outcome" aria-labelledby="signup-done-title">
    <h4 class="signup__title" id="signup-done-title" tabindex="-1">${confirmed ? t.t("confirmedTitle") : t.t("waitlistedTitle")}</h4>
    <p>${confirmed ? t.t("confirmedText", entry.opportunity.title, view.when) : t.t("waitlistedText", done.result.position ?? 1)}</p>
    ${receipt({ phone: done.phone, shortCode: done.result.shortCode, note: t.t("codeNote") }, t.locale)}
    <p class="signup__actions">
      <a class="button" part="button add-to-calendar" href=${view.calendarUrl} download>${t.t("addToCalendar")}</a>
      <button type="button" class="button" part="button close" @click=${actions.close}>${t.t("close")}</button>
    </p>
  </section>`;
}

/** The sign-up for one shift, inside its card: the form, or what happened once it was sent. */
export function signupForm(
  entry: ShiftEntry,
  full: boolean,
  state: SignupState,
  view: SignupViewContext,
  t: Localizer<VolunteerMessages>,
  actions: SignupActions,
) {
  if (state.done) return outcome(state.done, entry, view, t, actions);
  const { shift, opportunity } = entry;
  const form: FormContext<SignupField> = { id: "signup", errors: state.errors, errorPrefix: view.errorPrefix };
  const skills = [...new Set([...opportunity.skills, ...shift.skills])];
  const { privacy } = view;
  return html`<section class="signup" part="signup-form" aria-labelledby="signup-title">
    <h4 class="signup__title" id="signup-title" tabindex="-1">${t.t("formHeading", opportunity.title, view.when)}</h4>
    ${full ? html`<p class="signup__waitlist">${t.t("waitlistNote", shift.waitlisted)}</p>` : nothing}
    ${errorSummary(form, SIGNUP_FIELDS, { title: t.t("errorSummaryTitle"), problem: state.problem }, actions.focusField)}
    <form novalidate @submit=${actions.submit}>
      ${contactFields(form, state.form, t.messages, 50, actions.input)}
      ${skills.length ? checkboxGroup(form, "skills", { legend: t.t("fieldSkills"), choices: skills, chosen: state.form.skills }, (chosen) => actions.input("skills", chosen)) : nothing}
      ${checkboxField(form, "showName", { label: t.t("fieldShowName"), hint: t.t("fieldShowNameHint"), checked: state.form.showName }, (checked) => actions.input("showName", checked))}
      ${
        shift.minimumAge
          ? checkboxField(form, "meetsMinimumAge", { label: t.t("fieldAge", shift.minimumAge), checked: state.form.meetsMinimumAge }, (checked) =>
              actions.input("meetsMinimumAge", checked),
            )
          : nothing
      }
      ${noticeChoice(form, view.notices, state.form, t.messages, actions.input)}
      ${privacyConsent(form, privacy, state.form.consent, t.messages, (checked) => actions.input("consent", checked))}
      ${state.queued ? queuedNotice(t.locale, "signup-queued") : nothing}
      <p class="signup__actions">
        <button type="submit" class="button button--primary" part="button submit-signup" ?disabled=${state.submitting || state.queued || !privacy}>
          ${state.queued ? queuedButtonText(t.locale) : state.submitting ? t.t("submitting") : full ? t.t("submitWaitlist") : t.t("submit")}
        </button>
        <button type="button" class="button" part="button close" @click=${actions.close}>${t.t("close")}</button>
      </p>
    </form>
  </section>`;
}
