import { type PlainDate, addDays, addMonths, monthGrid, startOfWeek } from "@community-kit/ui/calendar";
import { fullDay, monthTitle, rangeTitle } from "../format.js";
import type { CalendarView } from "./toolbar.js";

/** The days a view shows, `to` exclusive; `days` each day for the views drawn by the day (week, day). */
export interface ViewRange {
  from: PlainDate;
  to: PlainDate;
  days: PlainDate[];
}

/**
 * What makes a view, as FullCalendar's DateProfileGenerator declares it: the
 * days it shows around the current day, how far ‹ and › move, its title, and
 * what "now" it moves on with. The calendar asks its view and branches on none.
 */
export interface ViewDefinition {
  range(day: PlainDate, firstDayOfWeek: number): ViewRange;
  step(day: PlainDate, direction: 1 | -1): PlainDate;
  title(day: PlainDate, range: ViewRange, locale: string): string;
  /** Whether it draws the present moment (a now line) and so moves on each minute; else with the day. */
  drawsNow: boolean;
}

const daysFrom = (first: PlainDate, count: number) => Array.from({ length: count }, (_, index) => addDays(first, index));

const byMonth: Omit<ViewDefinition, "drawsNow"> = {
  range: (day, firstDayOfWeek) => {
    const grid = monthGrid(day, firstDayOfWeek);
    return { from: grid.first, to: grid.end, days: [] };
  },
  step: (day, direction) => addMonths(day, direction),
  title: (day, _, locale) => monthTitle(day, locale),
};

export const VIEWS: Record<CalendarView, ViewDefinition> = {
  month: { ...byMonth, drawsNow: false },
  list: { ...byMonth, drawsNow: false },
  week: {
    range: (day, firstDayOfWeek) => {
      const first = startOfWeek(day, firstDayOfWeek);
      return { from: first, to: addDays(first, 7), days: daysFrom(first, 7) };
    },
    step: (day, direction) => addDays(day, 7 * direction),
    title: (_, range, locale) => rangeTitle(range.days[0]!, range.days[6]!, locale),
    drawsNow: true,
  },
  day: {
    range: (day) => ({ from: day, to: addDays(day, 1), days: [day] }),
    step: (day, direction) => addDays(day, direction),
    title: (day, _, locale) => fullDay(day, locale),
    drawsNow: true,
  },
};

/** Whether `name` names a view (an attribute may name none). */
export const isView = (name: string): name is CalendarView => Object.hasOwn(VIEWS, name);
