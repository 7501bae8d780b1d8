import { type PlainDate, addDays, isoWeekday, startOfMonth } from "./plain-date.js";

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
  const monthStart = startOfMonth(date);
  const lead = (isoWeekday(monthStart) - firstDayOfWeek + 7) % 7;
  const first = addDays(monthStart, -lead);
  const weeks: PlainDate[][] = [];
  for (let week = 0; week < 6; week++) {
    const days: PlainDate[] = [];
    for (let day = 0; day < 7; day++) days.push(addDays(first, week * 7 + day));
    weeks.push(days);
  }
  return { weeks, first, end: addDays(first, 42) };
}
