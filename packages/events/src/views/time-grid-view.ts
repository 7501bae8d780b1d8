import { type PlainDate, type TimedSpan, layoutTimedDay, visibleHours, zonedClock, zonedDay } from "@community-kit/ui/calendar";
import { styleProperties } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import { fullDay, hourLabel, shortDay } from "../format.js";
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
}

export interface TimeGridActions {
  keydown(event: KeyboardEvent): void;
  focusDay(day: PlainDate): void;
}

const DAY_MS = 86_400_000;

function minutesOf(instant: Date, timeZone: string): number {
  const [hours, minutes] = zonedClock(instant, timeZone).split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

interface DayColumn {
  day: PlainDate;
  allDay: CalendarEvent[];
  timed: Array<{ item: CalendarEvent } & TimedSpan>;
}

/** Each day's all-day events (and those of a day or more), and its timed ones clipped to the day. */
function columnsOf(state: TimeGridState, timeZone: string): DayColumn[] {
  const columns = state.days.map((day): DayColumn => ({ day, allDay: [], timed: [] }));
  const first = state.days[0]!;
  const last = state.days.at(-1)!;
  for (const event of state.events) {
    if (event.lastDay < first || event.startDay > last) continue;
    const allDay = event.allDay || event.end.getTime() - event.start.getTime() >= DAY_MS;
    for (const column of columns) {
      if (column.day < event.startDay || column.day > event.lastDay) continue;
      if (allDay) {
        column.allDay.push(event);
        continue;
      }
      const startMinute = column.day === event.startDay ? minutesOf(event.start, timeZone) : 0;
      const endsThisDay = zonedDay(event.end, timeZone) === column.day;
      column.timed.push({ item: event, startMinute, endMinute: endsThisDay ? Math.max(startMinute, minutesOf(event.end, timeZone)) : 1440 });
    }
  }
  return columns;
}

function dayColumn(column: DayColumn, firstHour: number, state: TimeGridState, context: ViewContext, actions: TimeGridActions) {
  const { day } = column;
  const isToday = day === state.today;
  const count = column.allDay.length + column.timed.length;
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
    <span class="visually-hidden"
      >${[fullDay(day, context.locale.intl), isToday ? context.t.t("todayLabel") : "", context.t.t("eventCount", count)].filter(Boolean).join("，")}</span
    >
    <div class="slot__all-day">
      ${state.busy ? nothing : column.allDay.map((event) => eventButton(event, context, "tevent tevent--all-day"))}
    </div>
    <div class="slot__times">
      ${
        state.busy
          ? nothing
          : layoutTimedDay(column.timed).map((placement) =>
              eventButton(placement.item, context, "tevent tevent--timed", {
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

function eventButton(event: CalendarEvent, context: ViewContext, classes: string, style: Record<string, string> = {}) {
  const color = context.categoryColor(event.category);
  return html`<button
    type="button"
    class="${classes} ${event.cancelled ? "tevent--cancelled" : ""}"
    part="event"
    tabindex="-1"
    data-event-id=${event.id}
    style=${styleProperties({ "--event-color": color, ...style })}
    aria-label=${eventLabel(event, context)}
    @click=${(click: Event) => context.openEvent(event, click.currentTarget as HTMLElement)}
  ><span class="tevent__title">${event.title}</span>${event.location ? html` <span class="tevent__place">${event.location.name}</span>` : nothing}</button>`;
}

/**
 * A week or a day as a time grid: a column per day with its all-day events
 * on top and its timed events placed by the clock, overlapping ones side by
 * side, and a line at the present moment. The columns are a WAI-ARIA grid row,
 * one in the tab order, and take the same keys as the month.
 */
export function timeGridView(state: TimeGridState, context: ViewContext, actions: TimeGridActions) {
  const columns = columnsOf(state, context.timeZone);
  const { first, last } = visibleHours(columns.flatMap((column) => column.timed));
  const allDayLanes = Math.max(0, ...columns.map((column) => column.allDay.length));
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
      ${state.days.map(
        (day) => html`<div role="columnheader" class="timegrid__heading ${day === state.today ? "timegrid__heading--today" : ""}">
          <span aria-hidden="true">${shortDay(day, context.locale.intl)}</span><span class="visually-hidden">${fullDay(day, context.locale.intl)}</span>
        </div>`,
      )}
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
