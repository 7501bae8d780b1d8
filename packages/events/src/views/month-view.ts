import { type ChineseDayLabel, type MonthGrid, type PlainDate, type WeekLayout, itemsCrossing } from "@community-kit/ui/calendar";
import { styleProperties } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import { fullDay } from "../format.js";
import { continuingNotes, dayDescription, holidayBadge, lunarLine } from "./day-labels.js";
import { eventChip } from "./event-chip.js";
import type { ViewContext } from "./view-context.js";

export interface MonthViewState {
  grid: MonthGrid;
  weeks: WeekLayout<CalendarEvent>[];
  /** Any day of the month shown; days of other months are dimmed. */
  month: PlainDate;
  today: PlainDate;
  /** The one day cell in the tab order (roving tabindex). */
  focusedDay: PlainDate;
  headings: Array<{ short: string; long: string }>;
  /** Lunar dates, festivals and holidays in Chinese locales, once loaded. */
  chineseLabels: Map<PlainDate, ChineseDayLabel> | undefined;
  /** Chinese locales keep a line for the lunar date from the first render, so that rows never grow. */
  lunarLine: boolean;
  titleId: string;
  /** true while loading with no events to show: the grid keeps its height, the events show as placeholders */
  busy: boolean;
  /** true while loading, also while the days shown before stay (another month's answer on its way): assistive technology waits */
  loading: boolean;
  /** Printing shows every lane, each week as tall as its busiest day. */
  printing: boolean;
}

export interface MonthViewActions {
  keydown(event: KeyboardEvent): void;
  focusDay(day: PlainDate): void;
  showDay(day: PlainDate, trigger: HTMLElement): void;
}

function dayCell(week: WeekLayout<CalendarEvent>, column: number, state: MonthViewState, context: ViewContext, actions: MonthViewActions) {
  const day = week.days[column]!;
  const label = state.chineseLabels?.get(day);
  const items = week.dayItems[column]!;
  const hidden = week.hiddenCounts[column]!;
  const outside = day.slice(0, 7) !== state.month.slice(0, 7);
  const classes = ["day", outside ? "day--outside" : "", day === state.today ? "day--today" : "", label?.holiday ? `day--${label.holiday.kind}` : ""].join(" ");
  const starting = week.segments.filter((segment) => segment.column === column);

  return html`<div
    role="gridcell"
    class=${classes}
    part="day${day === state.today ? " today" : ""}"
    data-day=${day}
    tabindex=${day === state.focusedDay ? "0" : "-1"}
    aria-current=${day === state.today ? "date" : nothing}
    aria-selected=${day === state.focusedDay ? "true" : "false"}
    @focus=${() => actions.focusDay(day)}
  >
    <span class="visually-hidden">${dayDescription(day, state.today, label, context, items.length)}</span>
    <div class="day__header" aria-hidden="true">
      <span class="day__date"
        ><span class="day__number">${Number(day.slice(8))}</span
        >${day === state.today ? html`<span class="day__today" part="today-label">${context.t.t("todayLabel")}</span>` : nothing}</span
      >
      ${holidayBadge(label, context)} ${lunarLine(label, state.lunarLine)}
    </div>
    <div class="day__events">
      ${state.busy ? nothing : starting.map((segment) => eventChip(segment.item, context, segment))}
      ${continuingNotes(itemsCrossing(week.segments, column), context)}
    </div>
    ${
      hidden > 0 && !state.busy
        ? html`<button
          type="button"
          class="day__more"
          part="more"
          tabindex="-1"
          aria-label=${context.t.t("moreLabel", hidden, fullDay(day, context.locale.intl))}
          @click=${(click: Event) => actions.showDay(day, click.currentTarget as HTMLElement)}
        >${context.t.t("more", hidden)}</button>`
        : nothing
    }
  </div>`;
}

/** The month as a WAI-ARIA grid: six weeks of day cells, one of them in the tab order. */
export function monthView(state: MonthViewState, context: ViewContext, actions: MonthViewActions) {
  return html`<div
    role="grid"
    class="month ${state.printing ? "month--print" : ""} ${state.busy ? "month--placeholders" : ""} ${state.lunarLine ? "month--lunar" : ""}"
    part="month"
    aria-labelledby=${state.titleId}
    aria-busy=${state.loading ? "true" : "false"}
    @keydown=${actions.keydown}
  >
    <div role="row" class="month__headings">
      ${state.headings.map(
        (heading) =>
          html`<div role="columnheader" class="month__heading"><span aria-hidden="true">${heading.short}</span><span class="visually-hidden">${heading.long}</span></div>`,
      )}
    </div>
    ${state.weeks.map(
      (week) => html`<div
        role="row"
        class="week"
        part="week"
        style=${styleProperties({ "--lanes-used": state.printing ? String(Math.max(0, ...week.segments.map((segment) => segment.lane + 1))) : undefined })}
      >
        ${week.days.map((_, column) => dayCell(week, column, state, context, actions))}
      </div>`,
    )}
  </div>`;
}
