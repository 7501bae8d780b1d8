import type { Community, Event } from "@community-kit/schema";
import { dayOf, wallTimeOf } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { Loading } from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type EventsMessages, eventsMessages } from "../locales/events.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { CursorPages, pageWords } from "../screen/pages.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";
import { StaffForm } from "../sign-in/staff-form.js";
import { type EventField, type EventValues, eventFieldMessages, eventValues, newEventValues, validateEvent } from "./event-form.js";
import { eventFormView } from "./event-form-view.js";
import { type EventFilters, eventListView } from "./event-list-view.js";

const PAGE_SIZE = 20;
/** The list opens on the coming eight weeks. */
const DEFAULT_WEEKS = 8;

/** What the screen shows: the list, or the form for a new event, a copy, an event, a whole series or one occurrence. */
type Mode =
  | { kind: "list" }
  | { kind: "form"; editing?: string; heading: string; withRecurrence: boolean }
  | { kind: "registrations"; event: Event; when: string };

/**
 * The events section: the programme found by words, category and dates, a page at a time;
 * an event created, changed, copied or called off, with a repeat built in words and its next
 * occurrences shown before saving.
 *
 * @tagname community-admin-events
 */
export class CommunityAdminEvents extends ConsoleScreen {
  static override styles = consoleScreenStyles;

  @state() private mode: Mode = { kind: "list" };
  @state() private filters?: EventFilters;
  private readonly pages = new CursorPages(this);
  @state() private told?: string;
  /** An event about to be called off, asked about in the page before it is. */
  @state() private confirming?: { event: Event; series: boolean };

  private readonly t = this.messagesOf<EventsMessages>(eventsMessages);
  private readonly form = new StaffForm<EventField, EventValues>(this, "event", newEventValues("", ""));

  private readonly communityInfo = new Loading<readonly [string, string], Community>(this, {
    args: () => this.source,
    load: async (_, { signal }) => (await this.admin()).community({ signal }),
  });

  private readonly page = new Loading<readonly [string, string, EventFilters, string | undefined], { items: Event[]; nextCursor: string | null }>(this, {
    args: () => (this.source && this.currentFilters ? [...this.source, this.currentFilters, this.pages.cursor] : undefined),
    load: async ([, , filters, cursor], { signal }) =>
      (await this.admin()).events.list(
        {
          from: filters.from,
          to: this.dayAfter(filters.to),
          ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
          ...(filters.category ? { category: filters.category } : {}),
          limit: PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
        },
        { signal },
      ),
  });

  private get zone(): string {
    return this.communityInfo.value?.timezone ?? "Asia/Shanghai";
  }

  private get today(): string {
    return dayOf(this.now(), this.zone);
  }

  /** The filters as chosen, else (once the community's zone is known) the coming weeks from today. */
  private get currentFilters(): EventFilters | undefined {
    if (!this.filters && this.communityInfo.value)
      this.filters = { q: "", category: "", from: this.today, to: this.dayAfter(this.today, DEFAULT_WEEKS * 7 - 1) };
    return this.filters;
  }

  private dayAfter(day: string, days = 1): string {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  }

  private formatDay = (day: string) => fullDay(day, this.resolvedLocale.intl);

  private formatWhen = (start: Date, end?: Date, allDay = false) => {
    const wall = (instant: Date) => {
      const time = wallTimeOf(instant, this.zone);
      return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
    };
    const day = this.formatDay(dayOf(start, this.zone));
    return allDay ? day : `${day} ${wall(start)}${end ? `–${wall(end)}` : ""}`;
  };

  protected override recover(): void {
    this.communityInfo.retry();
    this.page.retry();
  }

  protected override renderContent() {
    if (this.communityInfo.status === "error") return this.loadFailed(this.communityInfo.error, () => this.communityInfo.retry());
    if (this.page.status === "error") return this.loadFailed(this.page.error, () => this.page.retry());
    const categories = this.communityInfo.value?.categories ?? [];
    const told = html`${this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing}${this.confirmation()}`;
    if (this.mode.kind === "form") {
      return html`${told}${eventFormView({
        form: this.form,
        t: this.t,
        heading: this.mode.heading,
        categories,
        withRecurrence: this.mode.withRecurrence,
        timeZone: this.zone,
        now: this.now(),
        formatDay: this.formatDay,
        formatWhen: (instant) => this.formatWhen(instant),
        onSubmit: () => void this.save(),
        onBack: () => this.showList(),
      })}`;
    }
    if (this.mode.kind === "registrations") {
      void import("./registrations-screen.js");
      return html`<community-admin-registrations
        .api=${this.api}
        .community=${this.community}
        .locale=${this.locale}
        .clock=${this.clock}
        .session=${this.session}
        .event=${this.mode.event}
        .when=${this.mode.when}
        .onBack=${() => {
          this.showList();
          this.page.reload();
        }}
      ></community-admin-registrations>`;
    }
    const filters = this.currentFilters ?? { q: "", category: "", from: "", to: "" };
    return html`${told}${eventListView({
      t: this.t,
      filters,
      categories,
      events: this.page.status === "ready" || this.page.value ? this.page.value?.items : undefined,
      loading: this.page.status === "loading",
      pageButtons: (label) => this.pages.buttons(label, pageWords(this.resolvedLocale.messages), this.page.value?.nextCursor),
      mayEdit: this.may("events"),
      communityKnown: this.communityInfo.value !== undefined,
      formatWhen: (event) => this.formatWhen(new Date(event.start), new Date(event.end), event.allDay),
      formatDay: this.formatDay,
      onFilter: (next) => {
        this.filters = { ...next, from: next.from || filters.from, to: next.to || filters.to };
        this.pages.restart();
      },
      onNew: () => this.openForm(newEventValues(this.dayAfter(this.today, 7), categories[0]?.id ?? ""), this.t.t("formNew"), undefined, true),
      onEdit: (event, series) => void this.edit(event, series),
      onDuplicate: (event) =>
        this.openForm(
          { ...eventValues(event), recurrence: { repeat: { kind: "none" }, end: { kind: "never" }, exceptions: [] } },
          this.t.t("formDuplicate", event.title),
          undefined,
          true,
        ),
      ...(this.may("registrations")
        ? {
            onRegistrations: (event: Event) =>
              (this.mode = { kind: "registrations", event, when: this.formatWhen(new Date(event.start), new Date(event.end), event.allDay) }),
          }
        : {}),
      onCancel: (event, series) => {
        this.confirming = { event, series };
        void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(".confirm")?.focus());
      },
    })}`;
  }

  private openForm(values: EventValues, heading: string, editing: string | undefined, withRecurrence: boolean): void {
    this.form.values = values;
    this.form.errors = {};
    this.form.problem = undefined;
    this.told = undefined;
    this.mode = { kind: "form", heading, editing, withRecurrence };
    void this.updateComplete.then(() => this.shadowRoot?.getElementById("event-form-heading")?.focus());
  }

  private showList(told?: string): void {
    this.mode = { kind: "list" };
    this.told = told;
  }

  /** One event or occurrence as listed; a whole series read with its rule. */
  private async edit(event: Event, series: boolean): Promise<void> {
    const id = series ? event.seriesId! : event.id;
    try {
      const managed = series ? await (await this.admin()).admin.events.get(id) : event;
      this.openForm(
        eventValues(managed),
        series ? this.t.t("formEditSeries", managed.title) : this.t.t("formEdit", managed.title),
        id,
        series || !event.seriesId,
      );
    } catch (error) {
      if (!this.sessionEnded(error, "edit")) this.told = this.t.t("notFound");
    }
  }

  private async save(): Promise<void> {
    const mode = this.mode;
    if (mode.kind !== "form") return;
    let savedTitle = "";
    const saved = await this.form.submit(
      () => validateEvent(this.form.values, this.zone, this.t, mode.withRecurrence),
      async (request) => {
        const client = await this.admin();
        const { id: _, ...changes } = request;
        const event = mode.editing ? await client.admin.events.update(mode.editing, changes) : await client.admin.events.create(request);
        savedTitle = event.title;
      },
      (error) => {
        if (this.sessionEnded(error, "saving")) return undefined;
        const fields = isApiError(error) ? (error.problem?.errors ?? []) : [];
        const messages = eventFieldMessages(fields, this.t);
        if (!Object.keys(messages).length) return this.describeFailure(error, this.t.t("forbidden"));
        this.form.errors = messages;
        return undefined;
      },
    );
    if (!saved) return;
    this.page.reload();
    this.showList(this.t.t("saved", savedTitle));
  }

  private confirmation() {
    if (!this.confirming) return nothing;
    const { event, series } = this.confirming;
    const when = this.formatWhen(new Date(event.start), undefined, event.allDay);
    return html`<div class="confirm" role="alertdialog" tabindex="-1" aria-labelledby="confirm-question">
      <p id="confirm-question">${series ? this.t.t("confirmCancelSeries", event.title) : this.t.t("confirmCancel", event.title, when)}</p>
      <div class="actions">
        <button type="button" class="button button--danger" @click=${() => void this.cancel(event, series)}>${series ? this.t.t("cancelSeries") : this.t.t("cancelOne")}</button>
        <button type="button" class="button" @click=${() => (this.confirming = undefined)}>${this.t.t("keep")}</button>
      </div>
    </div>`;
  }

  private async cancel(event: Event, series: boolean): Promise<void> {
    this.confirming = undefined;
    try {
      await (await this.admin()).admin.events.cancel(series ? event.seriesId! : event.id);
      this.told = this.t.t("cancelled", event.title);
      this.page.reload();
    } catch (error) {
      if (!this.sessionEnded(error, "cancelling")) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }
}

if (!customElements.get("community-admin-events")) customElements.define("community-admin-events", CommunityAdminEvents);

declare global {
  interface HTMLElementTagNameMap {
    "community-admin-events": CommunityAdminEvents;
  }
}
