import type { Event as CommunityEvent, ManagedRegistration } from "@community-kit/schema";
import { Loading } from "@community-kit/ui";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { type EventsMessages, eventsMessages } from "../locales/events.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { downloadCsv } from "../screen/download.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";

/**
 * Who registered for one event or occurrence, at the door: found by name or phone as people
 * arrive, checked in (or that taken back), one waiting taken in, and the list as CSV.
 *
 * @tagname community-admin-registrations
 */
export class CommunityAdminRegistrations extends ConsoleScreen {
  static override styles = consoleScreenStyles;

  @property({ attribute: false }) event?: CommunityEvent;
  /** The event's day and time, as the list wrote it. */
  @property({ attribute: false }) when = "";
  @property({ attribute: false }) onBack?: () => void;

  @state() private find = "";
  @state() private told?: string;
  /** Rows changed here since the list was read, by id. */
  @state() private changed = new Map<string, ManagedRegistration>();

  private readonly t = this.messagesOf<EventsMessages>(eventsMessages);

  private readonly registrations = new Loading<readonly [string, string, string], ManagedRegistration[]>(this, {
    args: () => (this.source && this.event ? [...this.source, this.event.id] : undefined),
    load: async ([, , eventId], { signal }) => {
      try {
        return await (await this.admin()).admin.registrations.list(eventId, { signal });
      } catch (error) {
        this.sessionEnded(error, "registrations");
        throw error;
      }
    },
  });

  private get rows(): ManagedRegistration[] {
    return (this.registrations.value ?? []).map((row) => this.changed.get(row.id) ?? row);
  }

  protected override recover(): void {
    this.registrations.retry();
  }

  protected override renderContent() {
    const event = this.event;
    if (!event) return nothing;
    return html`<section aria-labelledby="registrations-heading">
      <p><button type="button" class="button" @click=${() => this.onBack?.()}>${this.t.t("back")}</button></p>
      <div class="screen__top">
        <h2 id="registrations-heading">${this.t.t("registrationsHeading", event.title, this.when)}</h2>
        <button type="button" class="button" @click=${() => void this.exportCsv()}>${this.t.t("exportCsv")}</button>
      </div>
      ${this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing} ${this.body()}
    </section>`;
  }

  private body() {
    if (this.registrations.status === "error") return this.loadFailed(this.registrations.error, () => this.registrations.retry());
    if (!this.registrations.value) return html`<p class="notice" role="status" aria-busy="true">${this.t.t("loadingRegistrations")}</p>`;
    const rows = this.rows;
    if (!rows.length) return html`<p class="empty" role="status">${this.t.t("noRegistrations")}</p>`;
    const live = rows.filter((row) => row.status !== "cancelled");
    const confirmed = live.filter((row) => row.status === "confirmed");
    const summary = this.t.t(
      "registrationsSummary",
      confirmed.length,
      confirmed.reduce((people, row) => people + row.partySize, 0),
      confirmed.filter((row) => row.checkedInAt).length,
      live.length - confirmed.length,
    );
    const words = this.find.trim();
    const digits = words.replace(/\D/g, "");
    const shown = words ? rows.filter((row) => row.name.includes(words) || (digits.length >= 3 && row.phone.includes(digits))) : rows;
    return html`<p class="summary">${summary}</p>
      ${live.length > confirmed.length ? html`<p class="field__hint">${this.t.t("confirmWaitingNote")}</p>` : nothing}
      <div class="field filters">
        <label for="registrations-find">${this.t.t("findPerson")}</label>
        <input id="registrations-find" type="search" maxlength="50" .value=${this.find} @input=${(input: Event) => (this.find = (input.target as HTMLInputElement).value)} />
      </div>
      ${
        shown.length
          ? html`<div class="table-wrap">
              <table class="list">
                <caption class="visually-hidden">${summary}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t.t("columnName")}</th>
                    <th scope="col">${this.t.t("columnPhone")}</th>
                    <th scope="col">${this.t.t("columnParty")}</th>
                    <th scope="col">${this.t.t("columnStatus")}</th>
                    <th scope="col">${this.t.t("columnCheckIn")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map((row) => this.row(row))}
                </tbody>
              </table>
            </div>`
          : html`<p class="empty" role="status">${this.t.t("noMatch")}</p>`
      }`;
  }

  private row(row: ManagedRegistration) {
    const t = this.t;
    const status =
      row.status === "confirmed" ? t.t("statusConfirmed") : row.status === "waitlisted" ? t.t("statusWaitlisted", row.position ?? 0) : t.t("statusCancelled");
    const named = (label: string) => html`${label}<span class="visually-hidden">：${row.name}</span>`;
    let action: unknown = nothing;
    if (row.status === "confirmed" && row.checkedInAt) {
      action = html`<span>${t.t("checkedInAt", row.checkedInAt.slice(11, 16))}</span>
        <button type="button" class="button" @click=${() => void this.act(row, "undoCheckIn")}>${named(t.t("undoCheckIn"))}</button>`;
    } else if (row.status === "confirmed") {
      action = html`<button type="button" class="button button--primary" @click=${() => void this.act(row, "checkIn")}>${named(t.t("checkIn"))}</button>`;
    } else if (row.status === "waitlisted" && this.may("registrations")) {
      action = html`<button type="button" class="button" @click=${() => void this.act(row, "confirm")}>${named(t.t("confirmWaiting"))}</button>`;
    }
    return html`<tr class=${row.status === "cancelled" ? "list__row--cancelled" : ""}>
      <th scope="row">${row.name}</th>
      <td data-label=${t.t("columnPhone")}>${row.phone}</td>
      <td data-label=${t.t("columnParty")}>${row.partySize}</td>
      <td data-label=${t.t("columnStatus")}>${status}</td>
      <td><div class="actions">${action}</div></td>
    </tr>`;
  }

  private async act(row: ManagedRegistration, action: "checkIn" | "undoCheckIn" | "confirm"): Promise<void> {
    try {
      const client = await this.admin();
      const now = await client.admin.registrations[action](row.id);
      this.changed = new Map(this.changed).set(row.id, now);
      this.told = this.t.t(action === "checkIn" ? "checkedInTold" : action === "undoCheckIn" ? "undoneTold" : "confirmedTold", row.name);
      // Taking one in moves those behind it up the list: read it again.
      if (action === "confirm") this.reload();
    } catch (error) {
      if (!this.sessionEnded(error, action)) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }

  private reload(): void {
    this.changed = new Map();
    this.registrations.reload();
  }

  private async exportCsv(): Promise<void> {
    const event = this.event!;
    try {
      const csv = await (await this.admin()).admin.registrations.exportCsv(event.id);
      downloadCsv(this.renderRoot, csv, `${event.id}-registrations.csv`);
    } catch (error) {
      if (!this.sessionEnded(error, "export")) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }
}

if (!customElements.get("community-admin-registrations")) customElements.define("community-admin-registrations", CommunityAdminRegistrations);

declare global {
  interface HTMLElementTagNameMap {
    "community-admin-registrations": CommunityAdminRegistrations;
  }
}
