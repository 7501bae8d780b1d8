import { type PersonalData, PhoneNumber } from "@community-kit/schema";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { download } from "../screen/download.js";
import { SettingsPanel } from "./settings-panel.js";

/**
 * Requests about personal data (PIPL arts. 45, 47): everything held for one phone number, found,
 * exported as a file for the resident, or erased after asking.
 *
 * @tagname community-admin-personal-data
 */
export class CommunityAdminPersonalData extends SettingsPanel {
  @state() private phone = "";
  @state() private error?: string;
  @state() private found?: PersonalData;
  @state() private confirming = false;

  protected override renderContent() {
    return html`<p>${this.t.t("personalIntro")}</p>
      <form class=${`field ${this.error ? "field--error" : ""}`} role="search" novalidate @submit=${this.find}>
        <label for="personal-phone">${this.t.t("phone")}</label>
        <p class="field__hint" id="personal-phone-hint">${this.t.t("phoneHint")}</p>
        ${this.error ? html`<p class="field__error" id="personal-phone-error"><span class="visually-hidden">${this.t.t("errorPrefix")}</span>${this.error}</p>` : nothing}
        <div class="field-row">
          <input
            id="personal-phone"
            type="tel"
            inputmode="tel"
            autocomplete="off"
            maxlength="30"
            .value=${this.phone}
            aria-invalid=${this.error ? "true" : "false"}
            aria-describedby=${`personal-phone-hint${this.error ? " personal-phone-error" : ""}`}
            @input=${(event: Event) => (this.phone = (event.target as HTMLInputElement).value)}
          />
          <button type="submit" class="button button--primary">${this.t.t("find")}</button>
        </div>
      </form>
      ${this.toldLine()} ${this.found ? this.results(this.found) : nothing}`;
  }

  private find = async (event: Event) => {
    event.preventDefault();
    const phone = PhoneNumber.safeParse(this.phone.trim());
    this.told = undefined;
    this.confirming = false;
    if (!phone.success) {
      this.error = this.t.t("phoneInvalid");
      this.found = undefined;
      return;
    }
    this.error = undefined;
    try {
      this.found = await (await this.admin()).admin.personalData.get(this.phone.trim());
    } catch (error) {
      this.failed(error, "find");
    }
  };

  private results(found: PersonalData) {
    const t = this.t;
    const total = found.registrations.length + found.bookings.length + found.signups.length;
    if (!total) return html`<p class="empty" role="status">${t.t("foundNothing", found.phone)}</p>`;
    const day = (instant: string) => `${fullDay(instant.slice(0, 10), this.resolvedLocale.intl)} ${instant.slice(11, 16)}`;
    return html`<section aria-labelledby="personal-found">
      <p id="personal-found" class="summary" role="status">${t.t("foundSummary", found.registrations.length, found.bookings.length, found.signups.length)}</p>
      ${
        found.registrations.length
          ? html`<h3>${t.t("registrationsHeading")}</h3>
              <ul class="found">
                ${found.registrations.map((row) => html`<li>${row.title}，${day(row.start)} · ${row.name}，${row.partySize} · ${t.t("statusName", row.status)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        found.bookings.length
          ? html`<h3>${t.t("bookingsHeading")}</h3>
              <ul class="found">
                ${found.bookings.map((row) => html`<li>${row.resourceId}，${day(row.start)} · ${row.purpose} · ${row.name} · ${t.t("statusName", row.status)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        found.signups.length
          ? html`<h3>${t.t("signupsHeading")}</h3>
              <ul class="found">
                ${found.signups.map((row) => html`<li>${row.title}，${day(row.start)} · ${row.name} · ${t.t("statusName", row.status)}</li>`)}
              </ul>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          class="button"
          @click=${() => download(this.renderRoot, JSON.stringify(found, null, 2), `personal-data-${found.phone}.json`, "application/json;charset=utf-8")}
        >
          ${t.t("exportData")}
        </button>
        <button type="button" class="button button--danger" @click=${this.askToErase}>${t.t("erase")}</button>
      </div>
      ${
        this.confirming
          ? html`<div class="confirm" role="alertdialog" tabindex="-1" aria-labelledby="erase-question">
              <p id="erase-question">${t.t("confirmErase", found.phone)}</p>
              <div class="actions">
                <button type="button" class="button button--danger" @click=${() => void this.erase(found.phone)}>${t.t("confirmEraseButton")}</button>
                <button type="button" class="button" @click=${() => (this.confirming = false)}>${t.t("cancel")}</button>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }

  private askToErase = async () => {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".confirm")?.focus();
  };

  private async erase(phone: string): Promise<void> {
    this.confirming = false;
    try {
      const client = await this.admin();
      const erasure = await client.admin.personalData.erase(phone);
      this.told = this.t.t("erased", erasure.cancelled, erasure.erased);
      this.found = await client.admin.personalData.get(phone);
    } catch (error) {
      this.failed(error, "erase");
    }
  }
}
