import { type PlainDate, addDays, addMonths, monthGrid, startOfMonth, startOfWeek } from "@community-kit/ui/calendar";
import { type TemplateResult, html } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import { fullDay, monthTitle, rangeTitle } from "../format.js";
import { dayGroupsOf, listView } from "./list-view.js";
import { type MonthViewState, monthView } from "./month-view.js";
import type { CalendarView } from "./toolbar.js";
import type { ViewContext } from "./view-context.js";

/** The days a view shows, `to` exclusive; `days` each day for the views drawn by the day (week, day). */
export interface ViewRange {
  from: PlainDate;
  to: PlainDate;
  days: PlainDate[];
}

/** The week and day views' code, loaded when first shown. */
export type TimeGridModule = typeof import("./time-grid-view.js");

/** What the calendar knows at a render, for whichever view draws it: what the month view takes, and the rest. */
export interface ViewInput
  extends Pick<MonthViewState, "grid" | "weeks" | "today" | "headings" | "chineseLabels" | "lunarLine" | "titleId" | "busy" | "loading" | "printing"> {
  /** The current day: the month, week or day shown is around it, and it holds the focus. */
  day: PlainDate;
  now: Date;
  range: ViewRange;
  /** The events of the month grid around the day, filters applied. */
  events: CalendarEvent[];
  /** How many of the list's events are drawn so far. */
  listLimit: number;
  /** The list shows the days of today's month before today. */
  listEarlierShown: boolean;
  timeGrid: TimeGridModule | undefined;
}

export interface ViewActions {
  keydown(event: KeyboardEvent): void;
  focusDay(day: PlainDate): void;
  showDay(day: PlainDate, trigger: HTMLElement): void;
  showEarlier(): void;
  next(): void;
}

/**
 * What makes a view, as FullCalendar's DateProfileGenerator declares it: the
 * days it shows around the current day, how far ‹ and › move, its title, what
 * "now" it moves on with, and how it draws. The calendar asks its view and
 * branches on none, so that a new view is one entry here.
 */
export interface ViewDefinition {
  range(day: PlainDate, firstDayOfWeek: number): ViewRange;
  step(day: PlainDate, direction: 1 | -1): PlainDate;
  title(day: PlainDate, range: ViewRange, locale: string): string;
  /** Whether it draws the present moment (a now line) and so moves on each minute, with code loaded on first use; else it moves on with the day. */
  drawsNow: boolean;
  render(input: ViewInput, context: ViewContext, actions: ViewActions): TemplateResult;
}

const daysFrom = (first: PlainDate, count: number) => Array.from({ length: count }, (_, index) => addDays(first, index));

const byMonth: Pick<ViewDefinition, "range" | "step" | "title" | "drawsNow"> = {
  range: (day, firstDayOfWeek) => {
    const grid = monthGrid(day, firstDayOfWeek);
    return { from: grid.first, to: grid.end, days: [] };
  },
  step: (day, direction) => addMonths(day, direction),
  title: (day, _, locale) => monthTitle(day, locale),
  drawsNow: false,
};

const timeGrid: ViewDefinition["render"] = (input, context, actions) =>
  input.timeGrid
    ? input.timeGrid.timeGridView(
        {
          days: input.range.days,
          events: input.events,
          today: input.today,
          focusedDay: input.day,
          now: input.now,
          titleId: input.titleId,
          busy: input.busy,
          loading: input.loading,
          chineseLabels: input.chineseLabels,
          lunarLine: input.lunarLine,
        },
        context,
        actions,
      )
    : html`<div class="timegrid-placeholder" aria-busy="true"><p>${context.common.t("loading")}</p></div>`;

export const VIEWS: Record<CalendarView, ViewDefinition> = {
  month: {
    ...byMonth,
    render: (input, context, actions) => monthView({ ...input, month: input.day, focusedDay: input.day }, context, actions),
  },
  list: {
    ...byMonth,
    render: (input, context, actions) =>
      input.busy
        ? html`<div class="list held" part="list" aria-busy="true"><p>${context.common.t("loading")}</p></div>`
        : listView(
            {
              groups: dayGroupsOf(input.events, input.day),
              renderLimit: input.printing ? Number.POSITIVE_INFINITY : input.listLimit,
              today: input.today,
              from: input.printing || input.listEarlierShown || input.today.slice(0, 7) !== input.day.slice(0, 7) ? undefined : input.today,
              nextMonth: startOfMonth(addMonths(input.day, 1)),
              chineseLabels: input.chineseLabels,
              titleId: input.titleId,
            },
            context,
            actions,
          ),
  },
  week: {
    range: (day, firstDayOfWeek) => {
      const first = startOfWeek(day, firstDayOfWeek);
      return { from: first, to: addDays(first, 7), days: daysFrom(first, 7) };
    },
    step: (day, direction) => addDays(day, 7 * direction),
    title: (_, range, locale) => rangeTitle(range.days[0]!, range.days[6]!, locale),
    drawsNow: true,
    render: timeGrid,
  },
  day: {
    range: (day) => ({ from: day, to: addDays(day, 1), days: [day] }),
    step: (day, direction) => addDays(day, direction),
    title: (day, _, locale) => fullDay(day, locale),
    drawsNow: true,
    render: timeGrid,
  },
};

/** Whether `name` names a view (an attribute may name none). */
export const isView = (name: string): name is CalendarView => Object.hasOwn(VIEWS, name);
