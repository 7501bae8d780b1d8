import {
  dateFormatter,
  type ChineseDayLabel,
  type PlainDate,
  type TimedSpan,
  type WeekSegment,
  layoutDays,
  layoutTimedDay,
  itemsCrossing,
  visibleHours,
  zonedClock,
  zonedDay,
} from "@community-kit/ui/calendar";
import { styleProperties } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import { clockTime, fullDay, shortDay } from "../format.js";
import { continuingNotes, dayDescription, holidayBadge, lunarLine } from "./day-labels.js";
import { eventLabel } from "./event-chip.js";
import type { ViewContext } from "./view-context.js";

export { timeGridStyles } from "./time-grid-view.styles.js";

export interface TimeGridState {
  /** Seven days for the week, one for the day. */
  days: PlainDate[];
  /** The events of those days and around them; the grid picks its own. */
  events: readonly CalendarEvent[];
  today: PlainDate;
  /** The one day column in the tab order (roving tabindex). */
  focusedDay: PlainDate;
  /** Where the now line is drawn, on today's column. */
  now: Date;
  titleId: string;
  /** true while loading with no events to show */
  busy: boolean;
  /** true while loading, also while the days shown before stay */
  loading: boolean;
  /** Lunar dates, festivals and holidays in Chinese locales, once loaded. */
  chineseLabels: Map<PlainDate, ChineseDayLabel> | undefined;
  /** Chinese locales keep a line for the lunar date from the first render. */
  lunarLine: boolean;
}

export interface TimeGridActions {
  keydown(event: KeyboardEvent): void;
  focusDay(day: PlainDate): void;
}

const DAY_MS = 86_400_000;
/** An hour's height and a line of a block's text, in ems of the grid (time-grid-view.styles.ts: --hour-height; 0.875em type, 1.3 line height). */
const HOUR_EM = 3;
const LINE_EM = 0.875 * 1.3;

function minutesOf(instant: Date, timeZone: string): number {
  const [hours, minutes] = zonedClock(instant, timeZone).split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

interface DayColumn {
  day: PlainDate;
  /** How many events touch the day, all-day ones included. */
  count: number;
  /** The all-day bars (events of a day or more) that begin in this column, or cross into the grid here. */
  bars: Array<WeekSegment<CalendarEvent>>;
  /** The bars that cross into this column from an earlier one: read out, as their bar is drawn from where it began. */
  crossing: CalendarEvent[];
  timed: Array<{ item: CalendarEvent } & TimedSpan>;
}

const lastsADay = (event: CalendarEvent) => event.allDay || event.end.getTime() - event.start.getTime() >= DAY_MS;

/** Each day's all-day bars, laid across the days they cover, and its timed events clipped to the day. */
function columnsOf(state: TimeGridState, timeZone: string): { columns: DayColumn[]; lanes: number } {
  const first = state.days[0]!;
  const last = state.days.at(-1)!;
  const shown = state.events.filter((event) => event.lastDay >= first && event.startDay <= last);
  const allDay = layoutDays(state.days, shown.filter(lastsADay));
  const columns = state.days.map(
    (day, index): DayColumn => ({
      day,
      count: allDay.dayItems[index]!.length,
      bars: allDay.segments.filter((segment) => segment.column === index),
      crossing: itemsCrossing(allDay.segments, index),
      timed: [],
    }),
  );
  for (const event of shown) {
    if (lastsADay(event)) continue;
    for (const column of columns) {
      if (column.day < event.startDay || column.day > event.lastDay) continue;
      const startMinute = column.day === event.startDay ? minutesOf(event.start, timeZone) : 0;
      const endsThisDay = zonedDay(event.end, timeZone) === column.day;
      column.count++;
      column.timed.push({ item: event, startMinute, endMinute: endsThisDay ? Math.max(startMinute, minutesOf(event.end, timeZone)) : 1440 });
    }
  }
  return { columns, lanes: Math.max(0, ...allDay.segments.map((segment) => segment.lane + 1)) };
}

function dayColumn(column: DayColumn, firstHour: number, state: TimeGridState, context: ViewContext, actions: TimeGridActions) {
  const { day } = column;
  const isToday = day === state.today;
  const nowMinute = isToday ? minutesOf(state.now, context.timeZone) : -1;
  return html`<div
    role="gridcell"
    class="slot ${isToday ? "slot--today" : ""}"
    part="day${isToday ? " today" : ""}"
    data-day=${day}
    tabindex=${day === state.focusedDay ? "0" : "-1"}
    aria-current=${isToday ? "date" : nothing}
    aria-selected=${day === state.focusedDay ? "true" : "false"}
    @focus=${() => actions.focusDay(day)}
  >
    <span class="visually-hidden">${dayDescription(day, state.today, state.chineseLabels?.get(day), context, column.count)}</span>
    <div class="slot__all-day">
      ${
        state.busy
          ? nothing
          : column.bars.map((bar) =>
              eventButton(
                bar.item,
                context,
                `tevent tevent--all-day ${bar.continuesBefore ? "tevent--continues-before" : ""} ${bar.continuesAfter ? "tevent--continues-after" : ""}`,
                {
                  "--lane": String(bar.lane),
                  "--span": String(bar.span),
                },
              ),
            )
      }
      ${continuingNotes(column.crossing, context)}
    </div>
    <div class="slot__times">
      ${
        state.busy
          ? nothing
          : layoutTimedDay(column.timed).map((placement) =>
              timedBlock(placement.item, context, Math.floor(((placement.height / 60) * HOUR_EM - 0.2) / LINE_EM), {
                top: `calc(${(placement.top - firstHour * 60) / 60} * var(--hour-height))`,
                height: `calc(${placement.height / 60} * var(--hour-height))`,
                left: `${(placement.column / placement.columns) * 100}%`,
                width: `${100 / placement.columns}%`,
              }),
            )
      }
      ${
        nowMinute >= firstHour * 60
          ? html`<div class="slot__now" part="now" aria-hidden="true" style=${styleProperties({ top: `calc(${(nowMinute - firstHour * 60) / 60} * var(--hour-height))` })}></div>`
          : nothing
      }
    </div>
  </div>`;
}

function eventButton(
  event: CalendarEvent,
  context: ViewContext,
  classes: string,
  style: Record<string, string>,
  content = eventText(event, true),
  when?: string,
) {
  return html`<button
    type="button"
    class="${classes} ${event.cancelled ? "tevent--cancelled" : ""}"
    part="event"
    tabindex="-1"
    data-event-id=${event.id}
    style=${styleProperties({ "--event-color": context.categoryColor(event.category), ...style })}
    aria-label=${eventLabel(event, context, when)}
    @click=${(click: Event) => context.openEvent(event, click.currentTarget as HTMLElement)}
  >${content}</button>`;
}

const eventText = (event: CalendarEvent, withPlace: boolean) =>
  html`<span class="tevent__title">${event.title}</span>${withPlace && event.location ? html` <span class="tevent__place">${event.location.name}</span>` : nothing}`;

/**
 * A timed event as a block as tall as it lasts, with its times: the title
 * takes the lines left (ending in an ellipsis), the place shows if a line is
 * left after two of title; a block of one line says time and title on it.
 */
function timedBlock(event: CalendarEvent, context: ViewContext, lines: number, style: Record<string, string>) {
  const times = `${clockTime(event.start, context.locale.intl, context.timeZone)}–${clockTime(event.end, context.locale.intl, context.timeZone)}`;
  const withPlace = lines >= 4 && Boolean(event.location);
  const titleLines = Math.max(1, lines - 1 - (withPlace ? 1 : 0));
  return eventButton(
    event,
    context,
    `tevent tevent--timed ${lines < 2 ? "tevent--one-line" : lines < 3 ? "tevent--two-lines" : ""}`,
    { ...style, "--title-lines": String(titleLines) },
    html`<span class="tevent__time">${times}</span> ${eventText(event, withPlace)}`,
    times,
  );
}

/**
 * A week or a day as a time grid: a column per day under its date (with the
 * lunar date, festival and 休/班 on Chinese pages), the all-day events on top
 * as bars across the days they cover, the timed ones placed by the clock with
 * their times, overlapping ones side by side, and a line at the present moment. The columns are a WAI-ARIA grid row,
 * one in the tab order, and take the same keys as the month.
 */
const headingFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day's short heading (12月7日周一, Mon, Dec 7) as its date and its weekday, so that a narrow
 * column (senior mode, a phone) breaks the line between them and nowhere else.
 */
function headingParts(day: PlainDate, locale: string): string[] {
  let format = headingFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", weekday: "short", timeZone: "UTC" });
    headingFormats.set(locale, format);
  }
  const parts = format.formatToParts(new Date(`${day}T12:00:00Z`));
  const weekday = parts.findIndex((part) => part.type === "weekday");
  // The weekday first (Mon, Dec 7) keeps its comma; after the date (12月7日周一) it starts the second piece.
  const cut = weekday === 0 ? 2 : weekday;
  const text = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join("");
  return weekday < 0 ? [shortDay(day, locale)] : [text(0, cut), text(cut)].filter(Boolean);
}

export function timeGridView(state: TimeGridState, context: ViewContext, actions: TimeGridActions) {
  const { columns, lanes: allDayLanes } = columnsOf(state, context.timeZone);
  const { first, last } = visibleHours(columns.flatMap((column) => column.timed));
  const hours = Array.from({ length: last - first }, (_, index) => first + index);
  return html`<div
    role="grid"
    class="timegrid ${state.days.length === 1 ? "timegrid--day" : ""}"
    part="time-grid"
    aria-labelledby=${state.titleId}
    aria-busy=${state.loading ? "true" : "false"}
    style=${styleProperties({ "--days": String(state.days.length), "--hours": String(last - first), "--all-day-lanes": String(allDayLanes) })}
    @keydown=${actions.keydown}
  >
    <div role="row" class="timegrid__row timegrid__headings">
      <div class="timegrid__axis" aria-hidden="true"></div>
      ${state.days.map((day) => {
        const label = state.chineseLabels?.get(day);
        return html`<div role="columnheader" class="timegrid__heading ${day === state.today ? "timegrid__heading--today" : ""}">
            <span class="timegrid__day" aria-hidden="true">${headingParts(day, context.locale.intl).map((part) => html`<span class="timegrid__piece">${part}</span>`)} ${holidayBadge(label, context)}</span
            ><span aria-hidden="true">${lunarLine(label, state.lunarLine)}</span><span class="visually-hidden">${fullDay(day, context.locale.intl)}</span>
          </div>`;
      })}
    </div>
    <div role="row" class="timegrid__row timegrid__body">
      <div class="timegrid__axis" aria-hidden="true">
        <div class="axis__all-day">${allDayLanes ? context.t.t("allDay") : ""}</div>
        <div class="axis__hours">${hours.map((hour) => html`<span class="axis__hour">${hourLabel(hour, context.locale.intl)}</span>`)}</div>
      </div>
      ${columns.map((column) => dayColumn(column, first, state, context, actions))}
    </div>
  </div>`;
}

/** 07:00 / 7:00 AM: an hour of the time grid's axis. */
function hourLabel(hour: number, locale: string): string {
  return dateFormatter(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2026, 0, 1, hour));
}
