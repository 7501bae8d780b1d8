import { type PlainDate, plainDateOf, startOfMonth, startOfWeek, utcDay } from "./plain-date.js";

const DAY_MS = 86_400_000;

export interface MonthGrid {
  /** Six weeks of seven days; days outside the month fill the first and last weeks. */
  weeks: PlainDate[][];
  /** The first day shown. */
  first: PlainDate;
  /** The day after the last day shown (exclusive). */
  end: PlainDate;
}

/**
 * The six-week grid that shows the month of `date`, starting on `firstDayOfWeek`
 * (1 = Monday … 7 = Sunday). Always six rows, so the height never jumps between months.
 */
export function monthGrid(date: PlainDate, firstDayOfWeek: number): MonthGrid {
  const first = startOfWeek(startOfMonth(date), firstDayOfWeek);
  // Every UTC day is 24 hours long: 43 days counted on from one Date, not 43 date-fns sums
  // (a cold page's first month paid about 10 ms for those).
  const start = utcDay(first).getTime();
  const days = Array.from({ length: 43 }, (_, index) => plainDateOf(new Date(start + index * DAY_MS)));
  const weeks = Array.from({ length: 6 }, (_, week) => days.slice(week * 7, week * 7 + 7));
  return { weeks, first, end: days[42]! };
}
