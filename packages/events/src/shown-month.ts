import { type MonthGrid, type PlainDate, type WeekLayout, layoutMonth, monthGrid } from "@community-kit/ui/calendar";
import { type CalendarEvent, eventsBetween } from "./calendar-event.js";

/**
 * The month grid around the current day and its events, filtered and laid
 * out in lanes: what the views, the day popover and the structured data draw
 * from, made once before each render.
 */
export class ShownMonth {
  readonly grid: MonthGrid;
  /** The grid's events that the filters let through. */
  readonly events: CalendarEvent[];
  readonly weeks: WeekLayout<CalendarEvent>[];

  constructor(day: PlainDate, firstDayOfWeek: number, all: readonly CalendarEvent[], filter: (events: CalendarEvent[]) => CalendarEvent[], lanes: number) {
    this.grid = monthGrid(day, firstDayOfWeek);
    this.events = filter(eventsBetween(all, this.grid.first, this.grid.end));
    this.weeks = layoutMonth(this.grid, this.events, lanes);
  }

  /** The events of one day of the grid, in lane order. */
  itemsOn(day: PlainDate): CalendarEvent[] {
    for (const week of this.weeks) {
      const column = week.days.indexOf(day);
      if (column >= 0) return week.dayItems[column]!;
    }
    return [];
  }

  /** Whether no event shown falls in `day`'s month (the grid's other days aside). */
  noneInMonthOf(day: PlainDate): boolean {
    const month = day.slice(0, 7);
    return !this.events.some((event) => event.startDay.slice(0, 7) <= month && event.lastDay.slice(0, 7) >= month);
  }
}
