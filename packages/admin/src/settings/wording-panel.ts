import {
  type Locale,
  NOTICE_WORDING,
  NOTICE_WORDING_MAX_LENGTH,
  NoticeCause,
  type NoticeChannelsView,
  type NoticeSubject,
  type NoticeTemplates,
  unknownPlaceholders,
} from "@community-kit/schema";
import { Loading, errorSummary, selectField } from "@community-kit/ui";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { LANGUAGE_NAMES } from "../locales/language-names.js";
import type { SettingsMessages } from "../locales/settings.js";
import { StaffForm } from "../sign-in/staff-form.js";
import { SettingsPanel } from "./settings-panel.js";

type Cause = NoticeCause;
type Wordings = Record<Locale, Record<Cause, string>>;
const CAUSES = NoticeCause.options;
const LOCALES = Object.keys(LANGUAGE_NAMES) as Locale[];

const LABEL: Record<Cause, keyof SettingsMessages> = {
  confirmed: "wordingConfirmed",
  promoted: "wordingPromoted",
  approved: "wordingApproved",
  rejected: "wordingRejected",
  cancelled: "wordingCancelled",
  "reminder-day": "wordingReminderDay",
  "reminder-hours": "wordingReminderHours",
};

/** The kit's wording a cause falls back to, shown for the subject that has it most: a booking's approval, an event's reminder. */
const EXAMPLE_SUBJECT: Record<Cause, NoticeSubject> = {
  confirmed: "registration",
  promoted: "registration",
  approved: "booking",
  rejected: "booking",
  cancelled: "booking",
  "reminder-day": "registration",
  "reminder-hours": "registration",
};
const kitWording = (locale: Locale, cause: Cause) => {
  const wording = NOTICE_WORDING[locale][EXAMPLE_SUBJECT[cause]];
  return (cause === "rejected" ? wording.rejectedWithReason : cause === "cancelled" ? wording.cancelledWithReason : wording[cause]) ?? "";
};

const wordings = (templates: NoticeTemplates | undefined): Wordings =>
  Object.fromEntries(LOCALES.map((locale) => [locale, Object.fromEntries(CAUSES.map((cause) => [cause, templates?.[locale]?.[cause] ?? ""]))])) as Wordings;

/**
 * What residents' notices say, in the community's own words: for each language and cause, a
 * wording with the places the server fills in, or nothing for the kit's. Written on its own: the
 * channels stay as they are.
 *
 * @tagname community-admin-wording
 */
export class CommunityAdminWording extends SettingsPanel {
  @state() private language: Locale = "zh-CN";
  private readonly form = new StaffForm<Cause, Wordings>(this, "wording", wordings(undefined));

  private readonly current = new Loading<readonly [string, string], NoticeChannelsView>(this, {
    args: () => this.source,
    load: async (_, { signal }) => {
      const view = await (await this.admin()).admin.notices.channels({ signal });
      this.form.values = wordings(view.templates);
      return view;
    },
  });

  protected override renderContent() {
    const t = this.t;
    if (this.current.status === "error") return this.loadFailed(this.current.error, () => this.current.retry());
    if (!this.current.value) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    const fields = this.form.context(t.t("errorPrefix"));
    const shown = this.form.values[this.language];
    return html`${this.toldLine()}
      <form id="wording" class="staff-form" novalidate aria-labelledby="wording-heading" @submit=${this.save}>
        <h3 id="wording-heading">${t.t("tabWording")}</h3>
        <p>${t.t("wordingIntro")}</p>
        <p>${t.t("wordingPlaceholders")}</p>
        ${errorSummary(fields, CAUSES, { title: t.t("errorTitle"), problem: this.form.problem, level: 4 }, (field) => this.form.focusField(field))}
        ${selectField(
          { id: "wording", errors: {}, errorPrefix: t.t("errorPrefix") },
          "language",
          { label: t.t("wordingLanguage"), value: this.language, options: LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] })) },
          (value) => {
            this.language = value as Locale;
            this.form.errors = {};
          },
        )}
        ${CAUSES.map((cause) => {
          const id = `wording-${cause}`;
          const error = this.form.errors[cause];
          return html`<div class=${`field ${error ? "field--error" : ""}`}>
            <label for=${id}>${t.t(LABEL[cause]) as string}</label>
            <p class="field__hint" id=${`${id}-hint`}>${t.t("wordingKit", kitWording(this.language, cause))}</p>
            ${error ? html`<p class="field__error" id=${`${id}-error`}><span class="visually-hidden">${t.t("errorPrefix")}</span>${error}</p>` : nothing}
            <textarea
              id=${id}
              rows="2"
              .value=${shown[cause]}
              lang=${this.language}
              aria-invalid=${error ? "true" : "false"}
              aria-describedby=${`${id}-hint${error ? ` ${id}-error` : ""}`}
              @input=${(event: Event) =>
                this.form.set(this.language, { ...this.form.values[this.language], [cause]: (event.target as HTMLTextAreaElement).value })}
            ></textarea>
          </div>`;
        })}
        <button type="submit" class="button button--primary">${t.t("save")}</button>
      </form>`;
  }

  /** What is wrong with one wording, in words staff act on; the API checks the same. */
  private problemIn(locale: Locale, cause: Cause): string | undefined {
    const wording = this.form.values[locale][cause].trim();
    if (!wording) return undefined;
    const unknown = unknownPlaceholders(wording);
    if (unknown.length) return this.t.t("wordingUnknown", unknown.map((name) => `{${name}}`).join(" "));
    if ([...wording].length > NOTICE_WORDING_MAX_LENGTH) return this.t.t("wordingTooLong", NOTICE_WORDING_MAX_LENGTH);
    if (cause === "rejected" && !wording.includes("{reason}")) return this.t.t("wordingNeedsReason");
    return undefined;
  }

  /** What was written, without the causes left to the kit. */
  private templates(): NoticeTemplates {
    const written = LOCALES.map((locale) => [
      locale,
      Object.fromEntries(CAUSES.map((cause) => [cause, this.form.values[locale][cause].trim()]).filter(([, wording]) => wording)),
    ]);
    return Object.fromEntries(written.filter(([, causes]) => Object.keys(causes as object).length));
  }

  private save = async (event: Event) => {
    event.preventDefault();
    this.told = undefined;
    const saved = await this.form.submit(
      () => {
        // The first language at fault is shown, with its fields' messages.
        const atFault = LOCALES.find((locale) => CAUSES.some((cause) => this.problemIn(locale, cause)));
        if (!atFault) return { errors: {}, request: this.templates() };
        this.language = atFault;
        return { errors: Object.fromEntries(CAUSES.flatMap((cause) => (this.problemIn(atFault, cause) ? [[cause, this.problemIn(atFault, cause)]] : []))) };
      },
      async (templates) => {
        const client = await this.admin();
        // The channels as they are now, which another tab may have changed: written back as they are.
        const { webhook, email } = await client.admin.notices.channels();
        const view = await client.admin.notices.setChannels({
          webhook,
          email: email && { host: email.host, port: email.port, secure: email.secure, user: email.user, from: email.from },
          templates,
        });
        this.form.values = wordings(view.templates);
      },
      (error) => (this.sessionEnded(error, "wording") ? undefined : this.describeFailure(error, this.t.t("forbidden"))),
    );
    if (saved) this.told = this.t.t("wordingSaved");
  };
}
