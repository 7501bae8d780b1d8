import { isKnownTimeZone } from "@community-kit/schema";
import {
  CommunityElement,
  LazyPart,
  Localizer,
  adoptLater,
  baseStyles,
  describeLoadError,
  errorState,
  myItemsStyles,
  notice,
  stateStyles,
  tokenStyles,
  NowTimer,
  nextMinute,
} from "@community-kit/ui";
import {
  type MonthGrid,
  type PlainDate,
  type WeekLayout,
  nextMidnight,
  firstDayOfWeek,
  isPlainDate,
  layoutMonth,
  monthGrid,
  zonedDay,
} from "@community-kit/ui/calendar";
import { type PropertyValues, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { EVENTS, EventsLoader, type EventsSource, type LoadRequest } from "./events-loader.js";
import { type CalendarEvent, type EventInput, calendarEventsFromInput, eventsBetween } from "./calendar-event.js";
import { eventsStyles } from "./community-events.styles.js";
import { monthTitle, weekdayHeadings } from "./format.js";
import { CalendarRegistrations } from "./my-registrations/calendar-registrations.js";
import { type EventsMessages, eventsMessages } from "./locales/index.js";
import { ChineseLabels } from "./controllers/chinese-labels.js";
import { DayPopoverController } from "./controllers/day-popover-controller.js";
import { GrowingList } from "./controllers/growing-list.js";
import { NextMonthWithEvents } from "./controllers/next-month-with-events.js";
import { NarrowLayout } from "./controllers/narrow-layout.js";
import { PrintMode } from "./controllers/print-mode.js";
import { StructuredDataWriter } from "./controllers/structured-data-writer.js";
import { dayAfterKey } from "./month-keyboard.js";
import { VIEWS, type ViewRange, isView } from "./views/calendar-views.js";
import { dayPopover } from "./views/day-popover.js";
import { dayGroupsOf, listView } from "./views/list-view.js";
import { listStyles } from "./views/list-view.styles.js";
import { monthView } from "./views/month-view.js";
import { monthStyles } from "./views/month-view.styles.js";
import { popoverStyles } from "./views/popover.styles.js";
import { type CalendarView, toolbar } from "./views/toolbar.js";
import type { ViewContext } from "./views/view-context.js";

let browserZone: string | undefined;
/** The visitor's own zone, the last resort when neither the page nor a community names one. */
function browserTimeZone(): string {
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return browserZone;
}

/** Detail of `ck-event-select`. */
export interface EventSelectDetail {
  event: CalendarEvent;
}

/** Detail of `ck-registration-created`: a resident registered (never who). */
export interface RegistrationCreatedDetail {
  eventId: string;
  status: "confirmed" | "waitlisted";
  position?: number;
  partySize: number;
}

/** Detail of `ck-registration-cancelled`. */
export interface RegistrationCancelledDetail {
  eventId: string;
}

/** Detail of `ck-range-change`: the days shown, `to` exclusive. */
export interface RangeChangeDetail {
  from: PlainDate;
  to: PlainDate;
  view: CalendarView;
}

declare global {
  /** The calendar's events, with their details: what `emit`, `addEventListener` and the React props are typed by. */
  interface GlobalEventHandlersEventMap {
    "ck-event-select": CustomEvent<EventSelectDetail>;
    "ck-range-change": CustomEvent<RangeChangeDetail>;
    "ck-registration-created": CustomEvent<RegistrationCreatedDetail>;
    "ck-registration-cancelled": CustomEvent<RegistrationCancelledDetail>;
  }
}

const NARROW_WIDTH = 480;
const VISIBLE_LANES = 3;
const LIST_PAGE = 60;

/**
 * A community's event calendar: a month grid or a list, with the lunar
 * calendar and China's public holidays in Chinese locales.
 *
 * @summary A community's event calendar, from the Community Kit API or from data.
 * @tagname community-events
 *
 * @event {CustomEvent<EventSelectDetail>} ck-event-select - A resident chose an event. Cancel it to show your own page instead of the dialog.
 * @event {CustomEvent<RangeChangeDetail>} ck-range-change - The days shown changed (month, view).
 * @event {CustomEvent<RegistrationCreatedDetail>} ck-registration-created - A resident registered for an event through the dialog.
 * @event {CustomEvent<RegistrationCancelledDetail>} ck-registration-cancelled - A resident cancelled a registration from "my registrations".
 *
 * @csspart toolbar - The row of navigation, title and view switch.
 * @csspart title - The month's title.
 * @csspart button - Every button; with previous, next, today, view-month, view-list, close, add-to-calendar, retry.
 * @csspart filters - Category chips and search.
 * @csspart chip - A category chip.
 * @csspart search - The search label; search-input the field.
 * @csspart month - The month grid.
 * @csspart week - A week row.
 * @csspart day - A day cell; today the current day.
 * @csspart lunar - The lunar date, festival or solar term under a day number.
 * @csspart holiday-badge - 休 or 班 on official holidays and make-up workdays.
 * @csspart event - An event in the month grid.
 * @csspart more - The "+N more" button of a full day.
 * @csspart list - The list view; list-day a day in it, list-event an event.
 * @csspart popover - The list of a day's events.
 * @csspart dialog - The event dialog.
 * @csspart map-link - The link to the place on a map.
 * @csspart notice - Quiet messages: saved data, a fallen-back attribute.
 * @csspart error - The error state.
 */
export class CommunityEvents extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, stateStyles, eventsStyles, myItemsStyles, monthStyles, listStyles, popoverStyles];

  /** month, week, day or list; a host narrower than 480px always shows the list. */
  @property({ reflect: true }) view = "month";

  /** The day to open on, YYYY-MM-DD (default today in the calendar's zone). */
  @property() date?: string;

  /** IANA time zone the calendar is shown in (default the community's). */
  @property() timezone?: string;

  /** Category ids to show, separated by commas (default all). */
  @property() categories?: string;

  /**
   * An iCalendar feed (.ics) to show, read in the browser with no server,
   * recurring events included; used when no `api` and `community` are set.
   * A feed on another site must allow this page's origin (CORS).
   */
  @property() src?: string;

  /** Leaves out the schema.org Event data (JSON-LD) the calendar writes into the page for search engines. */
  @property({ type: Boolean, attribute: "no-structured-data" }) noStructuredData = false;

  /** Events to show without a server: `{ id, title, start, end?, allDay?, category?, location? }`. */
  @property({ attribute: false }) events?: EventInput[];

  @state() private day?: PlainDate;
  @state() private query = "";
  @state() private activeCategories: Set<string> | null = null;
  @state() private dialogEvent?: CalendarEvent;

  private readonly t = new Localizer<EventsMessages>(eventsMessages);
  private readonly loader = new EventsLoader(this, () => (!this.usesProperty && this.readsSource ? this.loadRequest(this.grid!) : undefined));
  private readonly registrations = new CalendarRegistrations(this, {
    source: () => (!this.usesProperty && this.hasSource ? { key: this.sourceKey, api: this.apiBase!, community: this.communityId! } : undefined),
    community: () => this.loader.community,
    client: () => this.clientOf(EVENTS),
    knownEvent: (eventId) => (this.dialogEvent?.id === eventId ? this.dialogEvent : this.loader.events.find((event) => event.id === eventId)),
    now: () => this.now(),
    registrationCreated: (detail) => this.emit("ck-registration-created", detail),
    registrationCancelled: (detail) => this.emit("ck-registration-cancelled", detail),
    placesChanged: () => this.loader.reload(),
  });
  private readonly titleId = "calendar-title";
  private inputEvents: { events: CalendarEvent[]; invalid: number } = { events: [], invalid: 0 };
  private grid?: MonthGrid;
  private weeks: WeekLayout<CalendarEvent>[] = [];
  private visibleEvents: CalendarEvent[] = [];
  private inputCategories?: { from: object; options: Array<{ id: string; name: string }> };
  private rangeKey?: string;
  private shownZone?: string;
  private navigated = false;
  private returnFocus?: HTMLElement;
  private readonly dayList = new DayPopoverController(
    this,
    (day) => this.dayCell(day),
    () => this.dialogEvent !== undefined,
  );
  private readonly list = new GrowingList(this, LIST_PAGE, () => `${this.currentDay}|${this.effectiveView}`);
  private readonly nextMonth = new NextMonthWithEvents(this, () => ({
    day: this.currentDay,
    empty: this.visibleMonthIsEmpty(),
    firstDayWithEvents: async (from) => {
      if (this.usesProperty) {
        const next = this.inputEvents.events.find((event) => event.lastDay >= from);
        return next && (next.startDay > from ? next.startDay : from);
      }
      return this.loader.firstDayWithEventsFrom(from);
    },
  }));
  private readonly chinese = new ChineseLabels(this, () => ({ grid: this.grid!, script: this.chineseScript }));
  private notices: string[] = [];
  private feed?: { src: string; source: Promise<EventsSource> };
  /** The week and day views, loaded when first shown. */
  private readonly timeGrid = new LazyPart(this, () =>
    import("./views/time-grid-view.js").then((view) => {
      adoptLater(this.renderRoot as ShadowRoot, view.timeGridStyles);
      return view;
    }),
  );

  private readonly layout = new NarrowLayout(this, NARROW_WIDTH, (work) => this.guard(work));
  private readonly print = new PrintMode(this);

  constructor() {
    super();
    new StructuredDataWriter(this, () => ({
      events: this.noStructuredData ? [] : this.visibleEvents,
      timeZone: this.timeZone,
      community: this.usesProperty ? undefined : this.loader.community,
    }));
    // Today moves on at midnight in the calendar's zone; in the week and day views the now line each minute.
    new NowTimer(
      this,
      () => this.now(),
      (now) => (VIEWS[this.effectiveView].drawsNow ? nextMinute(now) : nextMidnight(now, this.timeZone)),
    );
  }

  /** Shows the next month, week or day, as the view is. */
  next(): void {
    this.goto(VIEWS[this.effectiveView].step(this.currentDay, 1));
  }

  /** Shows the previous month, week or day. */
  prev(): void {
    this.goto(VIEWS[this.effectiveView].step(this.currentDay, -1));
  }

  /** Shows the month of today, in the calendar's zone. */
  today(): void {
    this.goto(this.todayInZone);
  }

  /** Shows the month of `date` (YYYY-MM-DD or a Date). */
  goto(date: string | Date): void {
    const day = date instanceof Date ? zonedDay(date, this.timeZone) : date;
    if (!isPlainDate(day)) return;
    this.navigated = true;
    this.day = day;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
  }

  // —— derived configuration ——

  private get validTimezone(): string | undefined {
    const zone = this.timezone?.trim();
    return zone && isKnownTimeZone(zone) ? zone : undefined;
  }

  /** The zone everything is shown in: the attribute, else the community's, else the browser's. */
  private get timeZone(): string {
    return this.validTimezone ?? this.loader.community?.timezone ?? browserTimeZone();
  }

  private get todayInZone(): PlainDate {
    return zonedDay(this.now(), this.timeZone);
  }

  private get currentDay(): PlainDate {
    return this.day ?? this.todayInZone;
  }

  private get effectiveView(): CalendarView {
    if (this.layout.narrow) return "list";
    return isView(this.view) ? this.view : "month";
  }

  /** The days the view shows around the current day. */
  private get shownRange(): ViewRange {
    return VIEWS[this.effectiveView].range(this.currentDay, firstDayOfWeek(this.resolvedLocale.intl));
  }

  private get usesProperty(): boolean {
    return this.events !== undefined;
  }

  private get chineseScript(): "Hans" | "Hant" | undefined {
    const messages = this.resolvedLocale.messages;
    return messages === "zh-CN" ? "Hans" : messages === "zh-Hant" ? "Hant" : undefined;
  }

  // —— lifecycle ——

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);

    if (changed.has("date") && this.date !== undefined) {
      this.navigated = false;
      this.day = isPlainDate(this.date) ? this.date : undefined;
    }
    if (changed.has("categories")) {
      const ids = (this.categories ?? "")
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean);
      this.activeCategories = ids.length ? new Set(ids) : null;
    }
    const zone = this.timeZone;
    const zoneChanged = zone !== this.shownZone;
    // Before the community's zone is known "today" may be a guess; settle it once it is.
    if (zoneChanged && this.shownZone !== undefined && !this.navigated && !isPlainDate(this.date ?? "")) this.day = undefined;
    this.shownZone = zone;
    if (changed.has("events") || zoneChanged) this.inputEvents = calendarEventsFromInput(this.events, zone);

    this.notices = this.attributeNotices();
    this.grid = monthGrid(this.currentDay, firstDayOfWeek(this.resolvedLocale.intl));
    const source = this.usesProperty ? this.inputEvents.events : this.loader.events;
    // An open dialog follows the data: places left change as others register and cancel.
    const fresh = this.dialogEvent && source.find((event) => event.id === this.dialogEvent!.id);
    if (fresh) this.dialogEvent = fresh;
    this.visibleEvents = this.applyFilters(eventsBetween(source, this.grid.first, this.grid.end));
    this.weeks = layoutMonth(this.grid, this.visibleEvents, this.print.printing ? Number.POSITIVE_INFINITY : VISIBLE_LANES);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const range = this.shownRange;
    const rangeKey = `${range.from}|${this.effectiveView}`;
    if (rangeKey !== this.rangeKey) {
      this.rangeKey = rangeKey;
      this.emit("ck-range-change", { from: range.from, to: range.to, view: this.effectiveView });
    }
    this.followTimeGrid();
  }

  /** The week and day views: their code and styles load when first shown. */
  private followTimeGrid(): void {
    const shown = VIEWS[this.effectiveView].drawsNow;
    if (shown && !this.timeGrid.value) this.timeGrid.get().catch((error: unknown) => this.fail(error));
  }

  protected override localizers() {
    return [...super.localizers(), this.t as unknown as Localizer<never>];
  }

  protected override recover(): void {
    this.loader.retry();
  }

  // —— data ——

  private get feedUrl(): string | undefined {
    return this.src?.trim() || undefined;
  }

  /** Whether there is an API and community, or else a feed, to read. */
  private get readsSource(): boolean {
    return this.hasSource || this.feedUrl !== undefined;
  }

  /** The API and community, or the feed, as one key. */
  protected override get sourceKey(): string {
    return this.hasSource ? `${this.apiBase}|${this.communityId}` : `feed|${this.feedUrl}`;
  }

  /** The feed, fetched once per address and read for every month; fetched again after a failure. */
  private feedSource(src: string): Promise<EventsSource> {
    if (this.feed?.src !== src) {
      const feed = {
        src,
        source: import("./feed/feed-source.js").then(({ feedSource }) => feedSource(src, this.validTimezone ?? browserTimeZone(), () => this.now())),
      };
      feed.source.catch(() => {
        if (this.feed === feed) this.feed = undefined;
      });
      this.feed = feed;
    }
    return this.feed.source;
  }

  private loadRequest(grid: MonthGrid): LoadRequest {
    const feedUrl = this.feedUrl;
    return {
      client: this.hasSource || !feedUrl ? () => this.clientOf(EVENTS) : () => this.feedSource(feedUrl),
      source: this.sourceKey,
      first: grid.first,
      end: grid.end,
      zoneFor: (community) => this.validTimezone ?? community?.timezone ?? browserTimeZone(),
    };
  }

  private applyFilters(events: CalendarEvent[]): CalendarEvent[] {
    const categories = this.activeCategories;
    const words = this.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!categories && words.length === 0) return events;
    return events.filter(
      (event) => (!categories || (event.category !== undefined && categories.has(event.category))) && words.every((word) => event.searchText.includes(word)),
    );
  }

  private get filtersActive(): boolean {
    return this.activeCategories !== null || this.query.trim() !== "";
  }

  private visibleMonthIsEmpty(): boolean {
    if (this.filtersActive) return false;
    if (!this.usesProperty && this.loader.status !== "ready") return false;
    const month = this.currentDay.slice(0, 7);
    return !this.visibleEvents.some((event) => event.startDay.slice(0, 7) <= month && event.lastDay.slice(0, 7) >= month);
  }

  private attributeNotices(): string[] {
    const notices: string[] = [];
    if (!isView(this.view)) notices.push(this.t.t("invalidView", String(this.view)));
    if (this.date !== undefined && !isPlainDate(this.date)) notices.push(this.t.t("invalidDate", this.date));
    if (this.timezone?.trim() && !this.validTimezone) notices.push(this.t.t("invalidTimezone", this.timezone));
    if (this.usesProperty && this.inputEvents.invalid > 0) notices.push(this.t.t("invalidEvents", this.inputEvents.invalid));
    return notices;
  }

  // —— interaction ——

  private get viewContext(): ViewContext {
    const categories = this.loader.community?.categories ?? [];
    return {
      locale: this.resolvedLocale,
      timeZone: this.timeZone,
      t: this.t,
      common: this.common,
      categoryColor: (id) => categories.find((category) => category.id === id)?.color,
      categoryName: (id) => (id === undefined ? undefined : (categories.find((category) => category.id === id)?.name ?? id)),
      openEvent: (event, trigger) => void this.openEvent(event, trigger),
      registration: this.registrations.context(),
    };
  }

  private async openEvent(event: CalendarEvent, trigger: HTMLElement): Promise<void> {
    const proceed = this.emit("ck-event-select", { event }, { cancelable: true });
    if (!proceed) return;
    this.returnFocus = this.dayList.closeFor(trigger);
    // The dialog's code loads with the first event a resident opens.
    await import("./event-dialog/define-dialog.js");
    this.dialogEvent = event;
    await this.updateComplete;
    await this.renderRoot.querySelector("community-events-dialog")?.show();
  }

  private dialogClosed = (): void => {
    this.dialogEvent = undefined;
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else this.dayCell(this.currentDay)?.focus();
  };

  private dayCell(day: PlainDate | undefined): HTMLElement | null {
    return day ? this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`) : null;
  }

  private itemsOn(day: PlainDate): CalendarEvent[] {
    for (const week of this.weeks) {
      const column = week.days.indexOf(day);
      if (column >= 0) return week.dayItems[column]!;
    }
    return [];
  }

  /** Enter or Space on a day: its only event opens, several open the day's list. */
  private activateDay(day: PlainDate, cell: HTMLElement): void {
    const items = this.itemsOn(day);
    if (items.length === 1) void this.openEvent(items[0]!, cell);
    else if (items.length > 1) void this.dayList.show(day, cell);
  }

  private gridKeydown = (event: KeyboardEvent): void => {
    const cell = event.target as HTMLElement;
    if (cell.getAttribute("role") !== "gridcell") return;
    const day = cell.dataset.day as PlainDate;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.activateDay(day, cell);
      return;
    }
    const target = dayAfterKey(event.key, day, firstDayOfWeek(this.resolvedLocale.intl), event.shiftKey);
    if (!target) return;
    event.preventDefault();
    this.navigated = true;
    this.day = target;
    void this.updateComplete.then(() => this.dayCell(target)?.focus());
  };

  private focusDay = (day: PlainDate): void => {
    if (day !== this.day) this.day = day;
  };

  private toggleCategory = (category: string | null): void => {
    if (category === null) {
      this.activeCategories = null;
      return;
    }
    const next = new Set(this.activeCategories ?? []);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    this.activeCategories = next.size ? next : null;
  };

  // —— rendering ——

  private categoryOptions(): Array<{ id: string; name: string; color?: string }> {
    if (this.loader.community) return this.loader.community.categories;
    // Collected once per `events`, not at each month: a page may hand over thousands.
    if (this.inputCategories?.from !== this.inputEvents) {
      const ids = new Set<string>();
      for (const event of this.inputEvents.events) if (event.category) ids.add(event.category);
      this.inputCategories = { from: this.inputEvents, options: [...ids].map((id) => ({ id, name: id })) };
    }
    return this.inputCategories.options;
  }

  private renderEmpty() {
    if (this.filtersActive && this.visibleEvents.length === 0 && this.loader.status !== "loading") {
      return html`<div class="empty" part="empty">
        <p>${this.t.t("emptyFiltered")}</p>
        <button type="button" class="button" @click=${() => {
          this.activeCategories = null;
          this.query = "";
        }}>${this.t.t("clearFilters")}</button>
      </div>`;
    }
    if (!this.visibleMonthIsEmpty()) return nothing;
    const next = this.nextMonth.day;
    return html`<div class="empty" part="empty">
      <p>${this.t.t("emptyMonth")}</p>
      ${next ? html`<button type="button" class="button" @click=${() => this.goto(next)}>${this.t.t("jumpTo", monthTitle(next, this.resolvedLocale.intl))}</button>` : nothing}
    </div>`;
  }

  private renderStaleness() {
    return this.usesProperty ? nothing : this.staleNotice(...this.loader.staleness);
  }

  protected override renderContent() {
    const configured = this.usesProperty || this.readsSource;
    const context = this.viewContext;
    const grid = this.grid!;
    const view = this.effectiveView;
    const { status } = this.loader;
    const loading = !this.usesProperty && (status === "loading" || status === "idle");
    const busy = loading && this.loader.events.length === 0;
    const body = !configured
      ? notice(this.common.t("notConfigured"), "notice")
      : !this.usesProperty && status === "error"
        ? errorState(describeLoadError(this.loader.error, this.common, this.communityId ?? ""), this.common.t("retry"), () => this.loader.retry())
        : view === "week" || view === "day"
          ? this.timeGrid.value
            ? this.timeGrid.value.timeGridView(
                {
                  days: this.shownRange.days,
                  events: this.visibleEvents,
                  today: this.todayInZone,
                  focusedDay: this.currentDay,
                  now: this.now(),
                  titleId: this.titleId,
                  busy,
                  loading,
                },
                context,
                { keydown: this.guard(this.gridKeydown), focusDay: this.focusDay },
              )
            : html`<div class="timegrid-placeholder" aria-busy="true"><p>${this.common.t("loading")}</p></div>`
          : view === "month"
            ? monthView(
                {
                  grid,
                  weeks: this.weeks,
                  month: this.currentDay,
                  today: this.todayInZone,
                  focusedDay: this.currentDay,
                  headings: weekdayHeadings(this.resolvedLocale.intl, firstDayOfWeek(this.resolvedLocale.intl)),
                  chineseLabels: this.chinese.labels,
                  lunarLine: this.chineseScript !== undefined,
                  titleId: this.titleId,
                  busy,
                  loading,
                  printing: this.print.printing,
                },
                context,
                { keydown: this.guard(this.gridKeydown), focusDay: this.focusDay, showDay: (day, trigger) => void this.dayList.show(day, trigger) },
              )
            : busy
              ? html`<div class="list" part="list" aria-busy="true"><p>${this.common.t("loading")}</p></div>`
              : listView(
                  {
                    groups: dayGroupsOf(this.visibleEvents, this.currentDay),
                    renderLimit: this.print.printing ? Number.POSITIVE_INFINITY : this.list.limit,
                    today: this.todayInZone,
                    chineseLabels: this.chinese.labels,
                    titleId: this.titleId,
                  },
                  context,
                );

    return html`<section class="calendar ${this.print.printing ? "calendar--print" : ""}" aria-label=${this.t.t("calendarLabel", this.loader.community?.name ?? "")}>
      ${toolbar(
        {
          title: VIEWS[view].title(this.currentDay, this.shownRange, this.resolvedLocale.intl),
          titleId: this.titleId,
          view,
          canSwitchView: !this.layout.narrow,
          categories: this.categoryOptions(),
          activeCategories: this.activeCategories,
          query: this.query,
        },
        context,
        {
          previous: () => this.prev(),
          next: () => this.next(),
          today: () => this.today(),
          setView: (next) => (this.view = next),
          toggleCategory: this.toggleCategory,
          search: (query) => (this.query = query),
        },
      )}
      ${this.registrations.mine.value && !this.usesProperty ? this.registrations.mine.value.render(context) : nothing} ${this.notices.map((message) => notice(message))} ${this.renderStaleness()} ${configured && (this.usesProperty || status !== "error") ? this.renderEmpty() : nothing} ${body}
      ${dayPopover(this.dayList.day, this.dayList.day ? this.itemsOn(this.dayList.day) : [], context, this.dayList.toggled)}
      ${
        this.dialogEvent
          ? html`<community-events-dialog .event=${this.dialogEvent} .context=${context} @ck-dialog-close=${this.dialogClosed}></community-events-dialog>`
          : nothing
      }
    </section>`;
  }
}
