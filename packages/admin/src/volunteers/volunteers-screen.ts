import { isApiError } from "@community-kit/sdk";
import {
  type ManagedSignup,
  type Opportunity,
  type Shift,
  ShiftWrite,
  type TeamList,
  type VolunteerHours,
  dayOf,
  instantOfWallTime,
} from "@community-kit/schema";
import { Loading } from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type VolunteersMessages, volunteersMessages } from "../locales/volunteers.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { type ReasonDraft, reasonForm } from "../screen/reason-form.js";
import { downloadCsv } from "../screen/download.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";
import { tabList } from "../screen/tab-list.js";
import { type CommunityAdminTeams, TEAMS_CHANGED } from "./teams-panel.js";

type Tab = "shifts" | "new-shifts" | "teams" | "hours";
const TABS: ReadonlyArray<{ id: Tab; label: "tabShifts" | "tabNewShifts" | "tabTeams" | "tabHours" }> = [
  { id: "shifts", label: "tabShifts" },
  { id: "new-shifts", label: "tabNewShifts" },
  { id: "teams", label: "tabTeams" },
  { id: "hours", label: "tabHours" },
];
const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const wall = (day: string, time: string) => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
  day: Number(day.slice(8, 10)),
  hour: Number(time.slice(0, 2)),
  minute: Number(time.slice(3, 5)),
});

/**
 * Volunteering, for coordinators and admins: the coming shifts with who signed up (check-in at
 * the start, attendance after it, the waitlist taken on out of turn), shifts added one or week by
 * week, the teams and their opportunities, and the hours served per volunteer and team over a
 * period, with its CSV.
 *
 * @tagname community-admin-volunteers
 */
export class CommunityAdminVolunteers extends ConsoleScreen {
  static override styles = consoleScreenStyles;

  @state() private tab: Tab = "shifts";
  @state() private open?: { opportunity: Opportunity; shift: Shift };
  @state() private changed = new Map<string, ManagedSignup>();
  @state() private callingOff?: ReasonDraft;
  @state() private told?: string;
  @state() private addError?: string;
  @state() private hoursRange?: { from: string; to: string; team: string };
  @state() private hoursError?: string;

  private readonly t = this.messagesOf<VolunteersMessages>(volunteersMessages);
  private teamsPanel?: CommunityAdminTeams;

  private readonly zone = new Loading<readonly [string, string], string>(this, {
    args: () => this.source,
    load: async (_, { signal }) => (await (await this.admin()).community({ signal })).timezone,
  });

  private get today(): string | undefined {
    return this.zone.value ? dayOf(this.now(), this.zone.value) : undefined;
  }

  private readonly opportunities = new Loading<readonly [string, string, string], Opportunity[]>(this, {
    args: () => (this.source && this.today ? [...this.source, this.today] : undefined),
    load: async ([, , today], { signal }) => (await this.admin()).admin.volunteers.opportunities({ from: today, to: addDays(today, 56) }, { signal }),
  });

  /** Every team and its opportunities, shifts or none: what shifts can be added to, and the teams of the hours. */
  private readonly teams = new Loading<readonly [string, string], TeamList["items"]>(this, {
    args: () => (this.source && this.tab !== "shifts" ? this.source : undefined),
    load: async (_, { signal }) => (await this.admin()).admin.volunteers.teams({ signal }),
  });

  private readonly signups = new Loading<readonly [string, string, string], ManagedSignup[]>(this, {
    args: () => (this.source && this.open ? [...this.source, this.open.shift.id] : undefined),
    load: async ([, , shiftId], { signal }) => (await this.admin()).admin.volunteers.signups(shiftId, { signal }),
  });

  private readonly hours = new Loading<readonly [string, string, string, string, string], VolunteerHours>(this, {
    args: () => (this.source && this.currentRange ? [...this.source, this.currentRange.from, this.currentRange.to, this.currentRange.team] : undefined),
    load: async ([, , from, to, team], { signal }) => (await this.admin()).admin.volunteers.hours({ from, to, ...(team ? { team } : {}) }, { signal }),
  });

  /** The hours' period as chosen, else the month so far. */
  private get currentRange() {
    if (this.tab !== "hours") return undefined;
    if (this.hoursRange) return this.hoursRange;
    const today = this.today;
    return today ? { from: `${today.slice(0, 8)}01`, to: today, team: "" } : undefined;
  }

  private when = (shift: Shift) => `${fullDay(shift.start.slice(0, 10), this.resolvedLocale.intl)} ${shift.start.slice(11, 16)}–${shift.end.slice(11, 16)}`;

  protected override recover(): void {
    this.zone.retry();
    this.opportunities.retry();
  }

  protected override renderContent() {
    const t = this.t;
    if (this.zone.status === "error") return this.loadFailed(this.zone.error, () => this.zone.retry());
    return html`<section aria-labelledby="volunteers-heading">
      <div class="screen__top"><h2 id="volunteers-heading">${t.t("heading")}</h2></div>
      ${tabList(
        this,
        t.t("tabs"),
        TABS.map((tab) => ({ id: tab.id, label: t.t(tab.label) })),
        this.tab,
        (id) => {
          this.tab = id as Tab;
          this.told = undefined;
          this.open = undefined;
        },
      )}
      <div class="tab-panel" role="tabpanel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`}>
        ${this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing}
        ${this.tabView()}
      </div>
    </section>`;
  }

  private tabView() {
    if (this.tab === "shifts") return this.open ? this.signupsView(this.open) : this.shiftsView();
    if (this.tab === "new-shifts") return this.newShiftsView();
    if (this.tab === "hours") return this.hoursView();
    if (!this.teamsPanel) {
      this.teamsPanel = document.createElement("community-admin-teams") as CommunityAdminTeams;
      this.teamsPanel.addEventListener(TEAMS_CHANGED, () => {
        this.teams.reload();
        this.opportunities.reload();
      });
    }
    return this.within(this.teamsPanel);
  }

  private shiftsView() {
    const t = this.t;
    if (this.opportunities.status === "error") return this.loadFailed(this.opportunities.error, () => this.opportunities.retry());
    const opportunities = this.opportunities.value;
    if (!opportunities) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    if (!opportunities.some((opportunity) => opportunity.shifts.length)) return html`<p class="empty" role="status">${t.t("shiftsEmpty")}</p>`;
    return html`<ul class="cards">
      ${opportunities.map(
        (opportunity) => html`<li class="card card--plain">
          <h3>${opportunity.title}</h3>
          <p>${opportunity.team.name} · ${opportunity.location.name}</p>
          <ul class="week__day">
            ${opportunity.shifts.map(
              (shift) => html`<li class="week__item">
                <span>${t.t("shiftLine", this.when(shift), shift.filled, shift.capacity, shift.waitlisted)}</span>
                <button type="button" class="button" @click=${() => this.openShift(opportunity, shift)}>
                  ${t.t("signups")}<span class="visually-hidden">：${opportunity.title} ${this.when(shift)}</span>
                </button>
              </li>`,
            )}
          </ul>
        </li>`,
      )}
    </ul>`;
  }

  private openShift(opportunity: Opportunity, shift: Shift): void {
    this.open = { opportunity, shift };
    this.callingOff = undefined;
    this.changed = new Map();
    this.told = undefined;
  }

  private signupsView({ opportunity, shift }: { opportunity: Opportunity; shift: Shift }) {
    const t = this.t;
    const started = Date.parse(shift.start) <= this.now().getTime();
    const rows = (this.signups.value ?? []).map((row) => this.changed.get(row.signupId) ?? row);
    return html`<p><button type="button" class="button" @click=${() => this.closeShift()}>${t.t("back")}</button></p>
      <h3>${t.t("signupsHeading", opportunity.title, this.when(shift))}</h3>
      ${started ? nothing : html`<p class="field__hint">${t.t("notStarted")}</p>${this.callOffView(shift)}`}
      ${
        this.signups.status === "error"
          ? this.loadFailed(this.signups.error, () => this.signups.retry())
          : !this.signups.value
            ? html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`
            : !rows.length
              ? html`<p class="empty" role="status">${t.t("signupsEmpty")}</p>`
              : html`<ul class="cards">
                  ${rows.map((row) => this.signupCard(row, started))}
                </ul>`
      }`;
  }

  /** Before it starts, the centre may call the shift off, with the reason its volunteers read. */
  private callOffView(shift: Shift) {
    const t = this.t;
    if (!this.callingOff)
      return html`<p>
        <button
          type="button"
          class="button"
          @click=${() => {
            this.callingOff = { subjectId: shift.id, reason: "" };
            void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#call-off-${CSS.escape(shift.id)}`)?.focus());
          }}
        >
          ${t.t("callOff")}
        </button>
      </p>`;
    return reasonForm({
      id: `call-off-${shift.id}`,
      draft: this.callingOff,
      label: t.t("callOffReason"),
      hint: t.t("callOffReasonHint"),
      errorPrefix: t.t("errorPrefix"),
      confirm: t.t("confirmCallOff"),
      keep: t.t("keep"),
      onReason: (reason) => (this.callingOff = { ...this.callingOff!, reason }),
      onConfirm: () => void this.callOff(),
      onKeep: () => (this.callingOff = undefined),
    });
  }

  private async callOff(): Promise<void> {
    const { open, callingOff } = this;
    if (!open || !callingOff) return;
    const reason = callingOff.reason.trim();
    if (!reason) {
      this.callingOff = { ...callingOff, error: this.t.t("callOffReasonMissing") };
      return;
    }
    const what = `${open.opportunity.title} ${this.when(open.shift)}`;
    try {
      const { signupsCancelled } = await (await this.admin()).admin.volunteers.cancelShift(open.shift.id, { reason });
      this.closeShift();
      this.told = this.t.t("calledOffTold", what, signupsCancelled);
    } catch (error) {
      if (this.sessionEnded(error, "call-off")) return;
      const gone = isApiError(error, "shift_not_found");
      if (gone) this.closeShift();
      this.told = gone
        ? this.t.t("callOffGone")
        : isApiError(error, "shift_started")
          ? this.t.t("callOffStarted")
          : this.describeFailure(error, this.t.t("forbidden"));
    }
  }

  private closeShift(): void {
    this.callingOff = undefined;
    this.open = undefined;
    this.opportunities.reload();
  }

  private signupCard(row: ManagedSignup, started: boolean) {
    const t = this.t;
    const status =
      row.status === "confirmed" ? t.t("statusConfirmed") : row.status === "waitlisted" ? t.t("statusWaitlisted", row.position ?? 0) : t.t("statusCancelled");
    const named = (label: string) => html`${label}<span class="visually-hidden">：${row.name}</span>`;
    const confirmed = row.status === "confirmed";
    const waiting = row.status === "waitlisted";
    return html`<li class="card card--plain">
      <h4>${row.name}</h4>
      <p>${row.phone} · ${status}${row.skills.length ? ` · ${row.skills.join(t.t("separator"))}` : ""}</p>
      ${row.checkedInAt ? html`<p>${t.t("checkedIn", row.checkedInAt.slice(11, 16))}</p>` : nothing}
      ${row.attended !== undefined ? html`<p>${row.attended ? t.t("attendedMark") : t.t("absentMark")}</p>` : nothing}
      ${
        confirmed
          ? html`<div class="actions">
              ${row.checkedInAt ? nothing : html`<button type="button" class="button button--primary" @click=${() => void this.act(row, "check-in")}>${named(t.t("checkIn"))}</button>`}
              ${
                started
                  ? html`<button type="button" class="button" @click=${() => void this.act(row, "came")}>${named(t.t("attended"))}</button>
                      <button type="button" class="button" @click=${() => void this.act(row, "absent")}>${named(t.t("absent"))}</button>`
                  : nothing
              }
            </div>`
          : waiting
            ? html`<div class="actions">
                <button type="button" class="button" @click=${() => void this.act(row, "confirm")}>${named(t.t("confirmWaiting"))}</button>
              </div>`
            : nothing
      }
    </li>`;
  }

  private async act(row: ManagedSignup, action: "check-in" | "came" | "absent" | "confirm"): Promise<void> {
    try {
      const volunteers = (await this.admin()).admin.volunteers;
      if (action === "confirm") {
        await volunteers.confirm(row.signupId);
        // Everyone after moves up a place: the list is read again.
        this.changed = new Map();
        this.signups.reload();
        this.told = this.t.t("confirmedTold", row.name);
        return;
      }
      const now = action === "check-in" ? await volunteers.checkIn(row.signupId) : await volunteers.markAttendance(row.signupId, action === "came");
      this.changed = new Map(this.changed).set(row.signupId, now);
      this.told = action === "check-in" ? this.t.t("checkedInTold", row.name) : this.t.t("attendanceTold", row.name, action === "came");
    } catch (error) {
      if (!this.sessionEnded(error, action)) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }

  private newShiftsView() {
    const t = this.t;
    if (this.teams.status === "error") return this.loadFailed(this.teams.error, () => this.teams.retry());
    const teams = this.teams.value;
    if (!teams) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    return html`<form class="staff-form" novalidate @submit=${this.addShifts}>
      ${this.addError ? html`<p class="field__error" role="alert">${this.addError}</p>` : nothing}
      <div class="field">
        <label for="shift-opportunity">${t.t("opportunity")}</label>
        <select id="shift-opportunity" name="opportunity">
          <option value=""></option>
          ${teams.map(
            (team) => html`<optgroup label=${team.name}>
              ${team.opportunities.map((opportunity) => html`<option value=${opportunity.id}>${opportunity.title}</option>`)}
            </optgroup>`,
          )}
        </select>
      </div>
      <div class="field-row">
        <div class="field field--short"><label for="shift-date">${t.t("date")}</label><input id="shift-date" name="date" type="date" /></div>
        <div class="field field--short"><label for="shift-start">${t.t("startTime")}</label><input id="shift-start" name="start" type="time" /></div>
        <div class="field field--short"><label for="shift-end">${t.t("endTime")}</label><input id="shift-end" name="end" type="time" /></div>
      </div>
      <div class="field-row">
        <div class="field field--short"><label for="shift-capacity">${t.t("capacity")}</label><input id="shift-capacity" name="capacity" inputmode="numeric" maxlength="4" value="4" /></div>
        <div class="field field--short">
          <label for="shift-weeks">${t.t("repeatWeeks")}</label>
          <p class="field__hint" id="shift-weeks-hint">${t.t("repeatHint")}</p>
          <input id="shift-weeks" name="weeks" inputmode="numeric" maxlength="2" value="1" aria-describedby="shift-weeks-hint" />
        </div>
      </div>
      <button type="submit" class="button button--primary">${t.t("addShifts")}</button>
    </form>`;
  }

  /** One shift, or the same time week by week: each made with the API's own check. */
  private addShifts = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const opportunity = this.teams.value?.flatMap((team) => team.opportunities).find((candidate) => candidate.id === data.get("opportunity"));
    const [date, start, end] = ["date", "start", "end"].map((name) => String(data.get(name) ?? ""));
    const capacity = Number(data.get("capacity"));
    const weeks = Number(data.get("weeks"));
    const zone = this.zone.value!;
    const shifts =
      opportunity && date && start && end && end > start && Number.isInteger(weeks) && weeks >= 1 && weeks <= 52
        ? Array.from({ length: weeks }, (_, week) => addDays(date!, week * 7)).map((day) =>
            ShiftWrite.safeParse({
              start: instantOfWallTime(wall(day, start!), zone).toISOString(),
              end: instantOfWallTime(wall(day, end!), zone).toISOString(),
              capacity,
            }),
          )
        : [];
    if (!opportunity || !shifts.length || shifts.some((shift) => !shift.success)) {
      this.addError = this.t.t("shiftsInvalid");
      return;
    }
    this.addError = undefined;
    try {
      const client = await this.admin();
      for (const shift of shifts) if (shift.success) await client.admin.volunteers.createShift(opportunity.id, shift.data);
      this.told = this.t.t("shiftsAdded", shifts.length, opportunity.title);
      form.reset();
      this.opportunities.reload();
    } catch (error) {
      if (!this.sessionEnded(error, "add-shifts")) this.addError = this.describeFailure(error, this.t.t("forbidden"));
    }
  };

  private hoursView() {
    const t = this.t;
    const range = this.currentRange;
    const teams = this.teams.value ?? [];
    const report = this.hours.status === "ready" ? this.hours.value : undefined;
    return html`<form
        class="filters"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          const data = new FormData(event.target as HTMLFormElement);
          const [from, to, team] = ["from", "to", "team"].map((name) => String(data.get(name) ?? ""));
          if (!from || !to || to < from!) {
            this.hoursError = t.t("hoursInvalid");
            return;
          }
          this.hoursError = undefined;
          this.hoursRange = { from: from!, to: to!, team: team! };
        }}
      >
        <div class="field"><label for="hours-from">${t.t("from")}</label><input id="hours-from" name="from" type="date" .value=${range?.from ?? ""} /></div>
        <div class="field"><label for="hours-to">${t.t("to")}</label><input id="hours-to" name="to" type="date" .value=${range?.to ?? ""} /></div>
        <div class="field">
          <label for="hours-team">${t.t("team")}</label>
          <select id="hours-team" name="team">
            <option value="">${t.t("allTeams")}</option>
            ${teams.map((team) => html`<option value=${team.id} ?selected=${team.id === range?.team}>${team.name}</option>`)}
          </select>
        </div>
        <button type="submit" class="button">${t.t("show")}</button>
        <button type="button" class="button" @click=${() => void this.exportHours()}>${t.t("exportCsv")}</button>
      </form>
      ${this.hoursError ? html`<p class="field__error" role="alert">${this.hoursError}</p>` : nothing}
      ${
        this.hours.status === "error"
          ? this.loadFailed(this.hours.error, () => this.hours.retry())
          : !report
            ? html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`
            : !report.volunteers.length
              ? html`<p class="empty" role="status">${t.t("hoursEmpty")}</p>`
              : html`<h3>${t.t("hoursTeams")}</h3>
                  <div class="table-wrap">
                    <table class="list">
                      <thead>
                        <tr><th scope="col">${t.t("columnTeam")}</th><th scope="col">${t.t("columnVolunteers")}</th><th scope="col">${t.t("columnShifts")}</th><th scope="col">${t.t("columnHours")}</th></tr>
                      </thead>
                      <tbody>
                        ${report.teams.map(
                          (row) =>
                            html`<tr><th scope="row">${row.team.name}</th><td data-label=${t.t("columnVolunteers")}>${row.volunteers}</td><td data-label=${t.t("columnShifts")}>${row.shifts}</td><td data-label=${t.t("columnHours")}>${row.hours}</td></tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>
                  <h3>${t.t("hoursVolunteers")}</h3>
                  <div class="table-wrap">
                    <table class="list">
                      <thead>
                        <tr><th scope="col">${t.t("columnName")}</th><th scope="col">${t.t("columnPhone")}</th><th scope="col">${t.t("columnShifts")}</th><th scope="col">${t.t("columnHours")}</th></tr>
                      </thead>
                      <tbody>
                        ${report.volunteers.map(
                          (row) =>
                            html`<tr><th scope="row">${row.name}</th><td data-label=${t.t("columnPhone")}>${row.phone}</td><td data-label=${t.t("columnShifts")}>${row.shifts}</td><td data-label=${t.t("columnHours")}>${row.hours}</td></tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
      }`;
  }

  private async exportHours(): Promise<void> {
    const range = this.currentRange;
    if (!range) return;
    try {
      const csv = await (await this.admin()).admin.volunteers.exportHoursCsv({ from: range.from, to: range.to, ...(range.team ? { team: range.team } : {}) });
      downloadCsv(this.renderRoot, csv, `volunteer-hours-${range.from}-${range.to}.csv`);
    } catch (error) {
      if (!this.sessionEnded(error, "export-hours")) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }
}

if (!customElements.get("community-admin-volunteers")) customElements.define("community-admin-volunteers", CommunityAdminVolunteers);
