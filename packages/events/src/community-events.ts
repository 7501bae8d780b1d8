import { CommunityElement, NowTimer, baseStyles, controlStyles, emptyStyles, nextMinute, stateStyles, tokenStyles } from "@community-kit/ui";
import { type PlainDate, firstDayOfWeek, isPlainDate, nextMidnight, zonedDay } from "@community-kit/ui/calendar";
import { type PropertyValues, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { CalendarData } from "./calendar-data.js";
import type { EventInput } from "./calendar-event.js";
import { eventsStyles } from "./community-events.styles.js";
import { ChineseLabels } from "./controllers/chinese-labels.js";
import { DayPopoverController } from "./controllers/day-popover-controller.js";
import { EventDialogController } from "./controllers/event-dialog-controller.js";
import { EventFilters } from "./controllers/event-filters.js";
import { GrowingList } from "./controllers/growing-list.js";
import { NarrowLayout } from "./controllers/narrow-layout.js";
import { NextMonthWithEvents } from "./controllers/next-month-with-events.js";
import { PrintMode } from "./controllers/print-mode.js";
import { RangeChange } from "./controllers/range-change.js";
import { ShownDay } from "./controllers/shown-day.js";
import { StructuredDataWriter } from "./controllers/structured-data-writer.js";
import { TimeGridPart } from "./controllers/time-grid-part.js";
import { attributeProblems } from "./attribute-problems.js";
import { EVENTS } from "./events-loader.js";
import { weekdayHeadings } from "./format.js";
import { type EventsMessages, eventsMessages } from "./locales/index.js";
import { gridKeydown } from "./month-keyboard.js";
import { CalendarRegistrations } from "./my-registrations/calendar-registrations.js";
import { ShownMonth } from "./shown-month.js";
import { VIEWS, type ViewRange, isView } from "./views/calendar-views.js";
import { calendarEmptyState } from "./views/empty-state.js";
import { listStyles } from "./views/list-view.styles.js";
import { monthStyles } from "./views/month-view.styles.js";
import { type CalendarView, toolbar } from "./views/toolbar.js";
import { type ViewContext, categoryLookups } from "./views/view-context.js";
// The widget's ck-* events, declared once with their details for `emit`, listeners and the React props.
import "./ck-events.js";

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
 * @csspart notice - Quiet messages: saved data, being refreshed or kept offline.
 * @csspart unavailable - Where the page's set-up leaves nothing to show: a neutral line and the links the page put inside the element.
 * @csspart error - The error state.
 */
export class CommunityEvents extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, controlStyles, stateStyles, emptyStyles, eventsStyles, monthStyles, listStyles];

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

  private readonly t = this.messagesOf<EventsMessages>(eventsMessages);
  private readonly filters = new EventFilters(this);
  private readonly shown = new ShownDay(this, () => zonedDay(this.now(), this.timeZone));
  private readonly data = new CalendarData(this, () => ({
    events: this.events,
    api: this.hasSource ? () => this.clientOf(EVENTS) : undefined,
    feed: this.feedUrl,
    sourceKey: this.sourceKey,
    timezone: this.timezone,
    days: () => this.month.grid,
    now: () => this.now(),
  }));
  private readonly registrations = new CalendarRegistrations(this, {
    source: () => (!this.data.fromProperty && this.hasSource ? { key: this.sourceKey, api: this.apiBase!, community: this.communityId! } : undefined),
    community: () => this.data.community,
    client: () => this.clientOf(EVENTS),
    knownEvent: (eventId) => (this.dialog.event?.id === eventId ? this.dialog.event : this.data.events.find((event) => event.id === eventId)),
    now: () => this.now(),
    registrationCreated: (detail) => this.emit("ck-registration-created", detail),
    registrationCancelled: (detail) => this.emit("ck-registration-cancelled", detail),
    placesChanged: () => this.data.reload(),
  });
  private readonly dayList: DayPopoverController = new DayPopoverController(
    this,
    (day) => this.dayCell(day),
    () => this.dialog.event !== undefined,
  );
  private readonly dialog: EventDialogController = new EventDialogController(this, {
    select: (event) => this.emit("ck-event-select", { event }, { cancelable: true }),
    dayList: this.dayList,
    dayCell: (day) => this.dayCell(day),
    currentDay: () => this.shown.current,
  });
  private readonly list = new GrowingList(this, LIST_PAGE, () => `${this.shown.current}|${this.effectiveView}`);
  private readonly nextMonth = new NextMonthWithEvents(this, () => ({
    day: this.shown.current,
    empty: this.visibleMonthIsEmpty(),
    firstDayWithEvents: (from) => this.data.firstDayWithEventsFrom(from),
  }));
  private readonly chinese = new ChineseLabels(
    this,
    () => this.resolvedLocale.messages,
    () => ({ grid: this.month.grid, officialDays: this.data.community?.officialDays }),
  );
  private readonly timeGrid = new TimeGridPart(
    this,
    () => VIEWS[this.effectiveView].drawsNow,
    (error) => this.fail(error),
  );
  private readonly layout = new NarrowLayout(this, NARROW_WIDTH, (work) => this.guard(work));
  private readonly print = new PrintMode(this);
  private readonly titleId = "calendar-title";
  private month!: ShownMonth;

  constructor() {
    super();
    new StructuredDataWriter(this, () => ({
      events: this.noStructuredData ? [] : this.month.events,
      timeZone: this.timeZone,
      community: this.data.community,
    }));
    new RangeChange(
      this,
      () => ({ from: this.shownRange.from, to: this.shownRange.to, view: this.effectiveView }),
      (detail) => this.emit("ck-range-change", detail),
    );
    // Today moves on at midnight in the calendar's zone; in the week and day views the now line each minute.
    new NowTimer(
      this,
      () => this.now(),
      (now) => (VIEWS[this.effectiveView].drawsNow ? nextMinute(now) : nextMidnight(now, this.timeZone)),
    );
  }

  /** Shows the next month, week or day, as the view is. */
  next(): void {
    this.goto(VIEWS[this.effectiveView].step(this.shown.current, 1));
  }

  /** Shows the previous month, week or day. */
  prev(): void {
    this.goto(VIEWS[this.effectiveView].step(this.shown.current, -1));
  }

  /** Shows the month of today, in the calendar's zone. */
  today(): void {
    this.goto(this.shown.today());
  }

  /** Shows the month of `date` (YYYY-MM-DD or a Date). */
  goto(date: string | Date): void {
    const day = date instanceof Date ? zonedDay(date, this.timeZone) : date;
    if (isPlainDate(day)) this.shown.moveTo(day);
  }

  // —— derived configuration ——

  private get timeZone(): string {
    return this.data.timeZone;
  }

  private get effectiveView(): CalendarView {
    if (this.layout.narrow) return "list";
    return isView(this.view) ? this.view : "month";
  }

  private get firstDayOfWeek(): number {
    return firstDayOfWeek(this.resolvedLocale.intl);
  }

  /** The days the view shows around the current day. */
  private get shownRange(): ViewRange {
    return VIEWS[this.effectiveView].range(this.shown.current, this.firstDayOfWeek);
  }

  private get feedUrl(): string | undefined {
    return this.src?.trim() || undefined;
  }

  /** The API and community, or the feed, as one key. */
  protected override get sourceKey(): string {
    return this.hasSource ? `${this.apiBase}|${this.communityId}` : `feed|${this.feedUrl}`;
  }

  // —— lifecycle ——

  protected override async scheduleUpdate(): Promise<void> {
    // Events handed in are shown at once: their month waits for its labels. A month from the API is not shown before the API answers.
    if (!this.hasUpdated && this.events) await this.chinese.beforeFirstMonth();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.shown.follow(this.date, changed.has("date"), this.timeZone);
    if (changed.has("categories")) this.filters.setCategories(this.categories);
    this.forWebTeam(attributeProblems(this, this.data));
    this.dialog.follow(this.data.events);
    const lanes = this.print.printing ? Number.POSITIVE_INFINITY : VISIBLE_LANES;
    this.month = new ShownMonth(this.shown.current, this.firstDayOfWeek, this.data.events, (events) => this.filters.apply(events), lanes);
  }

  protected override setupMessages() {
    return import("./locales/setup.js").then((setup) => setup.eventsSetup);
  }

  protected override recover(): void {
    this.data.retry();
  }

  private visibleMonthIsEmpty(): boolean {
    return !this.filters.active && this.data.status === "ready" && this.month.noneInMonthOf(this.shown.current);
  }

  // —— interaction ——

  private get viewContext(): ViewContext {
    return {
      locale: this.resolvedLocale,
      timeZone: this.timeZone,
      now: () => this.now(),
      t: this.t,
      common: this.common,
      ...categoryLookups(this.data.community?.categories ?? []),
      openEvent: (event, trigger) => void this.dialog.open(event, trigger),
      registration: this.registrations.context(),
    };
  }

  private dayCell(day: PlainDate | undefined): HTMLElement | null {
    return day ? this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${day}"]`) : null;
  }

  private readonly gridKeydown = gridKeydown({
    firstDayOfWeek: () => this.firstDayOfWeek,
    // Enter or Space on a day: its only event opens, several open the day's list.
    activate: (day, cell) => {
      const items = this.month.itemsOn(day);
      if (items.length === 1) void this.dialog.open(items[0]!, cell);
      else if (items.length > 1) void this.dayList.show(day, cell);
    },
    moveTo: (day) => {
      this.shown.moveTo(day);
      void this.updateComplete.then(() => this.dayCell(day)?.focus());
    },
  });

  // —— rendering ——

  private renderBody(context: ViewContext) {
    const { status } = this.data;
    if (!this.data.configured) return this.unavailable(["notConfigured"]);
    if (status === "error") return this.loadFailed(this.data.error, () => this.data.retry());
    const loading = status === "loading" || status === "idle";
    const empty = calendarEmptyState(
      {
        filteredOut: this.filters.active && this.month.events.length === 0 && status !== "loading",
        emptyMonth: this.visibleMonthIsEmpty(),
        next: this.nextMonth.day,
        nextKnown: this.nextMonth.known,
      },
      context,
      { clearFilters: this.filters.clear, goto: (day) => this.goto(day) },
    );
    const view = VIEWS[this.effectiveView].render(
      {
        ...this.month,
        day: this.shown.current,
        today: this.shown.today(),
        now: this.now(),
        range: this.shownRange,
        headings: weekdayHeadings(this.resolvedLocale.intl, this.firstDayOfWeek),
        chineseLabels: this.chinese.labels,
        lunarLine: this.chinese.shown,
        titleId: this.titleId,
        busy: loading && this.data.events.length === 0,
        loading,
        printing: this.print.printing,
        listLimit: this.list.limit,
        listEarlierShown: this.list.earlierShown,
        timeGrid: this.timeGrid.value,
      },
      context,
      {
        keydown: this.guard(this.gridKeydown),
        focusDay: this.shown.focus,
        showDay: (day, trigger) => void this.dayList.show(day, trigger),
        showEarlier: () => {
          this.list.showEarlier();
          // The list changed under the button the resident pressed: the focus goes to the top of what it shows now.
          void this.focusAfterRender(".list__heading");
        },
        next: () => {
          this.next();
          void this.focusAfterRender(".toolbar__title");
        },
      },
    );
    return html`${empty} ${view}`;
  }

  protected override renderContent() {
    const context = this.viewContext;
    const view = this.effectiveView;
    const title = VIEWS[view].title(this.shown.current, this.shownRange, this.resolvedLocale.intl);
    const categories = this.filters.options(this.data.community?.categories, this.data.events);
    return html`<section class="calendar ${this.print.printing ? "calendar--print" : ""}" aria-label=${this.t.t("calendarLabel", this.data.community?.name ?? "")}>
      ${toolbar(
        {
          title,
          titleId: this.titleId,
          view,
          canSwitchView: !this.layout.narrow,
          categories,
          categoriesPending: !this.data.fromProperty && this.data.status === "loading",
        },
        this.filters,
        context,
        {
          previous: () => this.prev(),
          next: () => this.next(),
          today: () => this.today(),
          setView: (next) => (this.view = next),
        },
      )}
      ${this.data.fromProperty ? nothing : this.registrations.mine.value?.render(context)}
      ${this.staleNotice(...this.data.staleness)} ${this.renderBody(context)}
      ${this.dayList.render((day) => this.month.itemsOn(day), context)}
      ${this.dialog.render(context)}
    </section>`;
  }
}
