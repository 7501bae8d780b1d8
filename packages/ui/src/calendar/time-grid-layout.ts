import { type PlainDate, dayNumber } from "./plain-date.js";
import { type DaySpan, type WeekLayout, comparePlaced, layoutWeek } from "./week-layout.js";

/** A timed item on one day of a time grid, in minutes of that day's wall clock. */
export interface TimedSpan {
  /** Minutes after the day's midnight it starts, 0 if it began the day before. */
  startMinute: number;
  /** Minutes after midnight it ends, 1440 if it runs into the next day. */
  endMinute: number;
}

export interface TimedPlacement<Item> {
  item: Item;
  /** Minutes after midnight, and for how long it is drawn (at least `minimumMinutes`). */
  top: number;
  height: number;
  /** 0-based column among the items it overlaps, and how many columns they share. */
  column: number;
  columns: number;
}

/**
 * Lays a day's timed items side by side where they overlap, as calendars do:
 * items are taken in start order (longer first on a tie), each goes into the
 * first column free at its start, and every item of a group of overlapping
 * items shares that group's number of columns. Items shorter than
 * `minimumMinutes` are drawn that tall, and overlap as drawn.
 */
export function layoutTimedDay<Item>(items: ReadonlyArray<{ item: Item } & TimedSpan>, minimumMinutes = 20): TimedPlacement<Item>[] {
  const sorted = [...items].sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  const placements: TimedPlacement<Item>[] = [];
  let group: TimedPlacement<Item>[] = [];
  /** Where each column of the current group is free again. */
  let columnEnds: number[] = [];
  let groupEnd = -Infinity;

  const closeGroup = () => {
    for (const placement of group) placement.columns = columnEnds.length;
    group = [];
    columnEnds = [];
  };

  for (const { item, startMinute, endMinute } of sorted) {
    const drawnEnd = Math.max(endMinute, startMinute + minimumMinutes);
    if (startMinute >= groupEnd) {
      closeGroup();
      groupEnd = -Infinity;
    }
    let column = columnEnds.findIndex((end) => end <= startMinute);
    if (column === -1) column = columnEnds.push(drawnEnd) - 1;
    else columnEnds[column] = drawnEnd;
    const placement = { item, top: startMinute, height: drawnEnd - startMinute, column, columns: 1 };
    group.push(placement);
    placements.push(placement);
    groupEnd = Math.max(groupEnd, drawnEnd);
  }
  closeGroup();
  return placements;
}

/** The hours a grid shows: `from`–`to` at least, widened to whole hours around every item. */
export function visibleHours(spans: Iterable<TimedSpan>, from = 7, to = 21): { first: number; last: number } {
  let first = from;
  let last = to;
  for (const span of spans) {
    first = Math.min(first, Math.floor(span.startMinute / 60));
    last = Math.max(last, Math.ceil(span.endMinute / 60));
  }
  return { first, last: Math.min(24, last) };
}

/**
 * Lays items out on a run of days (a week, or one day) in as many lanes as
 * they need, each item one segment across its days: the time grid's all-day row.
 */
export function layoutDays<Item extends DaySpan>(days: PlainDate[], items: readonly Item[]): WeekLayout<Item> {
  const first = dayNumber(days[0]!);
  const placed = items
    .map((item) => ({ item, start: dayNumber(item.startDay) - first, last: dayNumber(item.lastDay) - first }))
    .filter(({ start, last }) => last >= 0 && start < days.length)
    .sort(comparePlaced);
  return layoutWeek(days, 0, placed, Number.POSITIVE_INFINITY);
}
