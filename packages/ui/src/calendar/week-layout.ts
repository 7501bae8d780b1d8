import type { MonthGrid } from "./month-grid.js";
import { type PlainDate, compareText, dayNumber } from "./plain-date.js";

/** An item that occupies whole days, from `startDay` to `lastDay` inclusive. */
export interface DaySpan {
  startDay: PlainDate;
  lastDay: PlainDate;
  allDay: boolean;
  /** Start instant in ms, for the order within a day. */
  startTime: number;
  title: string;
}

export interface WeekSegment<Item> {
  item: Item;
  /** 0–6, the first column the segment covers in this week */
  column: number;
  /** columns covered, 1–7 */
  span: number;
  /** 0-based row within the week's event area */
  lane: number;
  /** the item began before this week / goes on after it */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface WeekLayout<Item> {
  days: PlainDate[];
  /** Segments in the visible lanes. */
  segments: WeekSegment<Item>[];
  /** Every item on each day, in display order: the "+N more" list and what Enter opens. */
  dayItems: Item[][];
  /** How many of each day's items did not fit into the visible lanes. */
  hiddenCounts: number[];
}

/**
 * Lays the items of a month out on its six weeks: every item becomes one
 * segment per week it touches, in the first lane free across its days.
 */
export function layoutMonth<Item extends DaySpan>(grid: MonthGrid, items: readonly Item[], visibleLanes: number): WeekLayout<Item>[] {
  const lastShown = grid.weeks[5]![6]!;
  const firstNumber = dayNumber(grid.first);
  const placed: Array<Placed<Item>>[] = grid.weeks.map(() => []);
  // Each item's days as offsets from the grid's first day; thousands of items fall on a few dozen days, each worked out once.
  const offsets = new Map<PlainDate, number>();
  const offsetOf = (day: PlainDate): number => {
    let offset = offsets.get(day);
    if (offset === undefined) {
      offset = dayNumber(day) - firstNumber;
      offsets.set(day, offset);
    }
    return offset;
  };
  for (const item of items) {
    if (item.lastDay < grid.first || item.startDay > lastShown) continue;
    const start = offsetOf(item.startDay);
    const last = offsetOf(item.lastDay);
    const entry = { item, start, last };
    for (let week = Math.max(0, Math.floor(start / 7)); week <= Math.min(5, Math.floor(last / 7)); week++) placed[week]!.push(entry);
  }
  return grid.weeks.map((days, index) => layoutWeek(days, index * 7, placed[index]!.sort(comparePlaced), visibleLanes));
}

/**
 * Earlier first; of those, longer spans first so that they take the top lanes;
 * then all-day, then by start and title. Days compare as numbers: this runs for
 * every event of every week.
 */
export function comparePlaced<Item extends DaySpan>(a: Placed<Item>, b: Placed<Item>): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.last !== b.last) return b.last - a.last;
  if (a.item.allDay !== b.item.allDay) return a.item.allDay ? -1 : 1;
  return compareStartAndTitle(a.item, b.item);
}

/** Earlier start first, then by title: the order of a day's items, and of a week's once spans and all-day are settled. */
export function compareStartAndTitle(a: DaySpan, b: DaySpan): number {
  return a.startTime - b.startTime || compareText(a.title, b.title);
}

export interface Placed<Item> {
  item: Item;
  /** days from the grid's first day */
  start: number;
  last: number;
}

/** The items whose segments cross into `column` from an earlier one: a bar is drawn from where it begins, and read out on each day. */
export const itemsCrossing = <Item>(segments: readonly WeekSegment<Item>[], column: number): Item[] =>
  segments.filter((segment) => segment.column < column && segment.column + segment.span > column).map((segment) => segment.item);

/** Lays sorted items out on `days` in the first lane free across each one's days (of `visibleLanes`). */
export function layoutWeek<Item extends DaySpan>(days: PlainDate[], weekOffset: number, sorted: Placed<Item>[], visibleLanes: number): WeekLayout<Item> {
  const lastColumn = days.length - 1;
  const laneEnds: number[] = [];
  const segments: WeekSegment<Item>[] = [];
  const dayItems: Item[][] = days.map(() => []);
  const hiddenCounts = days.map(() => 0);

  for (const { item, start, last } of sorted) {
    const column = Math.max(0, start - weekOffset);
    const endColumn = Math.min(lastColumn, last - weekOffset);
    // First fit among the visible lanes only: an item that fits none of them is
    // hidden whatever lane it would get, and busy days have hundreds of lanes.
    let lane = 0;
    while (lane < visibleLanes && lane < laneEnds.length && laneEnds[lane]! >= column) lane++;
    if (lane < visibleLanes) laneEnds[lane] = endColumn;
    for (let day = column; day <= endColumn; day++) {
      dayItems[day]!.push(item);
      if (lane >= visibleLanes) hiddenCounts[day]!++;
    }
    if (lane < visibleLanes) {
      segments.push({
        item,
        column,
        span: endColumn - column + 1,
        lane,
        continuesBefore: start < weekOffset,
        continuesAfter: last > weekOffset + lastColumn,
      });
    }
  }
  return { days, segments, dayItems, hiddenCounts };
}
