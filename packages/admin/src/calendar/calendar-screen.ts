import { type OfficialDay, OfficialDaysWrite, dayOf } from "@community-kit/schema";
import { Loading } from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type CalendarMessages, calendarMessages } from "../locales/calendar.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";

const DAY_MS = 86_400_000;

/**
 * The official holidays (休) and make-up workdays (班) of a year, as the State Council publishes
 * them: added a run of days at a time, removed, and saved for the year; residents' calendars
 * take 休/班 from them.
 *
 * @tagname community-admin-calendar
 */
export class CommunityAdminCalendar extends ConsoleScreen {
  static override styles = consoleScreenStyles;

  @state() private year?: number;
  /** The days as changed here, before they are saved. */
  @state() private edited?: OfficialDay[];
  @state() private told?: string;
  @state() private addError?: string;

  private readonly t = this.messagesOf<CalendarMessages>(calendarMessages);

  private readonly zone = new Loading<readonly [string, string], string>(this, {
    args: () => this.source,
    load: async (_, { signal }) => (await (await this.admin()).community({ signal })).timezone,
  });

  private readonly days = new Loading<readonly [string, string, number], OfficialDay[]>(this, {
    args: () => (this.source && this.currentYear ? [...this.source, this.currentYear] : undefined),
    load: async ([, , year], { signal }) => (await this.admin()).admin.officialDays.get(year, { signal }),
  });

  /** The year shown: as chosen, else next year (the one whose schedule is published in autumn). */
  private get currentYear(): number | undefined {
    if (this.year) return this.year;
    const zone = this.zone.value;
    return zone ? Number(dayOf(this.now(), zone).slice(0, 4)) + 1 : undefined;
  }

  protected override recover(): void {
    this.zone.retry();
    this.days.retry();
  }

  protected override renderContent() {
    const t = this.t;
    if (this.zone.status === "error") return this.loadFailed(this.zone.error, () => this.zone.retry());
    if (this.days.status === "error") return this.loadFailed(this.days.error, () => this.days.retry());
    const year = this.currentYear;
    const days = this.edited ?? (this.days.status === "ready" ? this.days.value : undefined);
    const thisYear = this.zone.value ? Number(dayOf(this.now(), this.zone.value).slice(0, 4)) : undefined;
    return html`<section aria-labelledby="calendar-heading">
      <div class="screen__top"><h2 id="calendar-heading">${t.t("heading")}</h2></div>
      <p>${t.t("intro")}</p>
      ${this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing}
      ${
        year && thisYear
          ? html`<div class="field filters">
              <label for="calendar-year">${t.t("year")}</label>
              <select id="calendar-year" @change=${(event: Event) => this.chooseYear(Number((event.target as HTMLSelectElement).value))}>
                ${[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((option) => html`<option value=${option} ?selected=${option === year}>${option}</option>`)}
              </select>
            </div>`
          : nothing
      }
      ${!days || !year ? html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>` : this.table(year, days)}
    </section>`;
  }

  private chooseYear(year: number): void {
    this.year = year;
    this.edited = undefined;
    this.told = undefined;
  }

  private table(year: number, days: OfficialDay[]) {
    const t = this.t;
    const day = (date: string) => fullDay(date, this.resolvedLocale.intl);
    return html`${
      days.length
        ? html`<div class="table-wrap">
            <table class="list">
              <caption class="visually-hidden">${t.t("heading")} ${year}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.t("columnDate")}</th>
                  <th scope="col">${t.t("columnKind")}</th>
                  <th scope="col">${t.t("columnName")}</th>
                  <th scope="col"><span class="visually-hidden">${t.t("remove")}</span></th>
                </tr>
              </thead>
              <tbody>
                ${days.map(
                  (entry) => html`<tr>
                    <th scope="row">${day(entry.date)}</th>
                    <td data-label=${t.t("columnKind")}><span class=${`tag ${entry.kind === "rest" ? "tag--rest" : ""}`}>${entry.kind === "rest" ? t.t("kindRest") : t.t("kindWork")}</span></td>
                    <td data-label=${t.t("columnName")}>${entry.name}</td>
                    <td>
                      <button type="button" class="button" @click=${() => this.change(days.filter((other) => other.date !== entry.date))}>
                        ${t.t("remove")}<span class="visually-hidden">：${day(entry.date)}</span>
                      </button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="empty" role="status">${t.t("none", year)}</p>`
    }
      ${this.addForm(year, days)}
      ${this.edited ? html`<p class="notice">${t.t("unsaved")}</p>` : nothing}
      <button type="button" class="button button--primary" @click=${() => void this.save(year, days)}>${t.t("save")}</button>`;
  }

  private change(days: OfficialDay[]): void {
    this.edited = [...days].sort((a, b) => a.date.localeCompare(b.date));
    this.told = undefined;
  }

  private addForm(year: number, days: OfficialDay[]) {
    const t = this.t;
    return html`<form
      class="official-add"
      novalidate
      aria-labelledby="official-add-heading"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.add(year, days, new FormData(event.target as HTMLFormElement), event.target as HTMLFormElement);
      }}
    >
      <h3 id="official-add-heading">${t.t("addHeading")}</h3>
      ${this.addError ? html`<p class="field__error" role="alert">${this.addError}</p>` : nothing}
      <div class="field-row">
        <div class="field field--short"><label for="official-from">${t.t("from")}</label><input id="official-from" name="from" type="date" /></div>
        <div class="field field--short"><label for="official-to">${t.t("to")}</label><input id="official-to" name="to" type="date" /></div>
        <div class="field field--short">
          <label for="official-kind">${t.t("kind")}</label>
          <select id="official-kind" name="kind">
            <option value="rest">${t.t("kindRestLong")}</option>
            <option value="work">${t.t("kindWorkLong")}</option>
          </select>
        </div>
      </div>
      <div class="field">
        <label for="official-name">${t.t("name")}</label>
        <p class="field__hint" id="official-name-hint">${t.t("nameHint")}</p>
        <input id="official-name" name="name" maxlength="20" aria-describedby="official-name-hint" />
      </div>
      <button type="submit" class="button">${t.t("add")}</button>
    </form>`;
  }

  /** Every day from `from` to `to` becomes one of the year's, in place of what that day was. */
  private add(year: number, days: OfficialDay[], data: FormData, form: HTMLFormElement): void {
    const from = String(data.get("from") ?? "");
    const to = String(data.get("to") ?? "") || from;
    const name = String(data.get("name") ?? "").trim();
    const kind = data.get("kind") === "work" ? "work" : "rest";
    const inYear = (date: string) => date.startsWith(`${year}-`);
    if (!from || !name || !inYear(from) || !inYear(to) || to < from) {
      this.addError = this.t.t("addInvalid", year);
      return;
    }
    const added: OfficialDay[] = [];
    for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += DAY_MS) {
      added.push({ date: new Date(time).toISOString().slice(0, 10), kind, name });
    }
    const dates = new Set(added.map((entry) => entry.date));
    this.addError = undefined;
    this.change([...days.filter((entry) => !dates.has(entry.date)), ...added]);
    form.reset();
  }

  private async save(year: number, days: OfficialDay[]): Promise<void> {
    const parsed = OfficialDaysWrite.safeParse({ days });
    if (!parsed.success) return;
    try {
      const saved = await (await this.admin()).admin.officialDays.set(year, parsed.data.days);
      this.edited = undefined;
      this.told = this.t.t("saved", year, saved.length);
      this.days.reload();
    } catch (error) {
      if (!this.sessionEnded(error, "official-days")) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }
}

if (!customElements.get("community-admin-calendar")) customElements.define("community-admin-calendar", CommunityAdminCalendar);
