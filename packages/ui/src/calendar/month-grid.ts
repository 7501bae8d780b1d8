import { type PlainDate, addDays, startOfMonth, startOfWeek } from "./plain-date.js";

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
  const days = Array.from({ length: 42 }, (_, index) => addDays(first, index));
  const weeks = Array.from({ length: 6 }, (_, week) => days.slice(week * 7, week * 7 + 7));
  return { weeks, first, end: addDays(first, 42) };
}
