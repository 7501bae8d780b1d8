import { type Community, PrivacyPolicy, fieldErrorsOf } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { Loading, errorSummary, textField } from "@community-kit/ui";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { StaffForm } from "../sign-in/staff-form.js";
import { SettingsPanel } from "./settings-panel.js";

type PrivacyField = "controller" | "contact" | "retentionDays";
const PRIVACY_FIELDS: readonly PrivacyField[] = ["controller", "contact", "retentionDays"];

/**
 * What the community says to residents and whom it hears from: the privacy notice with how long
 * names and phones are kept, and the sites whose widgets may send residents' writes.
 *
 * @tagname community-admin-community
 */
export class CommunityAdminCommunity extends SettingsPanel {
  @state() private origins?: string;
  @state() private originsError?: string;
  private readonly privacy = new StaffForm<PrivacyField>(this, "privacy", { controller: "", contact: "", retentionDays: "" });

  private readonly current = new Loading<readonly [string, string], { community: Community; origins: string[] }>(this, {
    args: () => this.source,
    load: async (_, { signal }) => {
      const client = await this.admin();
      const [community, origins] = await Promise.all([client.community({ signal }), client.admin.settings.writeOrigins({ signal })]);
      const { controller, contact, retentionDays } = community.privacy;
      this.privacy.values = { controller, contact, retentionDays: String(retentionDays) };
      this.origins = origins.join("\n");
      return { community, origins };
    },
  });

  protected override renderContent() {
    const t = this.t;
    if (this.current.status === "error") return this.loadFailed(this.current.error, () => this.current.retry());
    if (!this.current.value) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    const fields = this.privacy.context(t.t("errorPrefix"));
    return html`${this.toldLine()}
      <form id="privacy" class="staff-form" novalidate aria-labelledby="privacy-heading" @submit=${this.savePrivacy}>
        <h3 id="privacy-heading">${t.t("tabPrivacy")}</h3>
        <p>${t.t("privacyIntro")}</p>
        ${errorSummary(fields, PRIVACY_FIELDS, { title: t.t("errorTitle"), problem: this.privacy.problem, level: 4 }, (field) => this.privacy.focusField(field))}
        ${textField(
          fields,
          "controller",
          { label: t.t("controller"), hint: t.t("controllerHint"), value: this.privacy.values.controller, maxlength: 200 },
          (value) => this.privacy.set("controller", value),
        )}
        ${textField(fields, "contact", { label: t.t("contact"), hint: t.t("contactHint"), value: this.privacy.values.contact, maxlength: 200 }, (value) =>
          this.privacy.set("contact", value),
        )}
        ${textField(
          fields,
          "retentionDays",
          { label: t.t("retentionDays"), hint: t.t("retentionHint"), value: this.privacy.values.retentionDays, inputmode: "numeric", maxlength: 4 },
          (value) => this.privacy.set("retentionDays", value),
        )}
        <button type="submit" class="button button--primary">${t.t("save")}</button>
      </form>
      <form class="origins" novalidate aria-labelledby="origins-heading" @submit=${this.saveOrigins}>
        <h3 id="origins-heading">${t.t("tabOrigins")}</h3>
        <div class=${`field ${this.originsError ? "field--error" : ""}`}>
          <label for="origins-list">${t.t("origins")}</label>
          <p class="field__hint" id="origins-hint">${t.t("originsIntro")}</p>
          ${this.originsError ? html`<p class="field__error" id="origins-error"><span class="visually-hidden">${t.t("errorPrefix")}</span>${this.originsError}</p>` : nothing}
          <textarea
            id="origins-list"
            rows="4"
            spellcheck="false"
            .value=${this.origins ?? ""}
            aria-invalid=${this.originsError ? "true" : "false"}
            aria-describedby=${`origins-hint${this.originsError ? " origins-error" : ""}`}
            @input=${(event: Event) => (this.origins = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <button type="submit" class="button button--primary">${t.t("save")}</button>
      </form>`;
  }

  private savePrivacy = async (event: Event) => {
    event.preventDefault();
    this.told = undefined;
    const saved = await this.privacy.submit(
      () => {
        const { controller, contact, retentionDays } = this.privacy.values;
        const days = /^\s*\d+\s*$/.test(retentionDays) ? Number(retentionDays) : Number.NaN;
        const parsed = PrivacyPolicy.safeParse({ controller: controller.trim(), contact: contact.trim(), retentionDays: days });
        const errors: Partial<Record<PrivacyField, string>> = {};
        for (const error of parsed.success ? [] : fieldErrorsOf(parsed.error.issues)) {
          const field = error.field as PrivacyField;
          errors[field] ??=
            field === "controller" ? this.t.t("controllerMissing") : field === "contact" ? this.t.t("contactMissing") : this.t.t("retentionInvalid");
        }
        return { errors, request: parsed.success ? parsed.data : undefined };
      },
      async (request) => {
        await (await this.admin()).admin.settings.setPrivacy(request);
      },
      (error) => (this.sessionEnded(error, "privacy") ? undefined : this.describeFailure(error, this.t.t("forbidden"))),
    );
    if (saved) this.told = this.t.t("privacySaved");
  };

  private saveOrigins = async (event: Event) => {
    event.preventDefault();
    this.told = undefined;
    const origins = (this.origins ?? "")
      .split(/\s+/)
      .map((line) => line.trim())
      .filter(Boolean);
    try {
      this.origins = (await (await this.admin()).admin.settings.setWriteOrigins(origins)).join("\n");
      this.originsError = undefined;
      this.told = this.t.t("originsSaved");
    } catch (error) {
      if (isApiError(error, "invalid_body")) {
        const index = Number(error.problem?.errors?.[0]?.field.split(".")[1] ?? 0);
        this.originsError = this.t.t("originInvalid", origins[index] ?? "");
      } else this.failed(error, "origins");
    }
  };
}
