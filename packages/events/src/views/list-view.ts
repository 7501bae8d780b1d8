import { type ChineseDayLabel, type PlainDate, addDays, addMonths, startOfMonth } from "@community-kit/ui/calendar";
import { styleProperties } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import { clockTime, shortDay } from "../format.js";
import type { ViewContext } from "./view-context.js";

export interface DayGroup {
  day: PlainDate;
  events: CalendarEvent[];
}

/** The events of the month of `day` by day, each day's all-day events first, then by time; an event of several days on each. */
export function dayGroupsOf(events: readonly CalendarEvent[], day: PlainDate): DayGroup[] {
  const first = `${day.slice(0, 7)}-01`;
  const end = startOfMonth(addMonths(first, 1));
  const groups = new Map<PlainDate, CalendarEvent[]>();
  for (const event of events) {
    let shown = event.startDay < first ? first : event.startDay;
    while (shown <= event.lastDay && shown < end) {
      let group = groups.get(shown);
      if (!group) {
        group = [];
        groups.set(shown, group);
      }
      group.push(event);
      shown = addDays(shown, 1);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, events]) => ({ day, events: events.sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.startTime - b.startTime) }));
}

export interface ListViewState {
  groups: DayGroup[];
  /** How many events to render: the rest wait below the sentinel until scrolled near. */
  renderLimit: number;
  today: PlainDate;
  chineseLabels: Map<PlainDate, ChineseDayLabel> | undefined;
  titleId: string;
}

/** An event as a row: time, title, place and category. Shared by the list and the day popover. */
export function eventRow(event: CalendarEvent, context: ViewContext) {
  const color = context.categoryColor(event.category);
  const category = context.categoryName(event.category);
  return html`<button
    type="button"
    class=${event.cancelled ? "row row--cancelled" : "row"}
    part="list-event"
    data-event-id=${event.id}
    style=${styleProperties({ "--event-color": color })}
    @click=${(click: Event) => context.openEvent(event, click.currentTarget as HTMLElement)}
  >
    <span class="row__time">${event.allDay ? context.t.t("allDay") : clockTime(event.start, context.locale.intl, context.timeZone)}</span>
    <span class="row__title">${event.cancelled ? html`<span class="row__status">${context.t.t("cancelled")}</span> ` : nothing}${event.title}</span>
    ${event.location ? html`<span class="row__place">${event.location.name}</span>` : nothing}
    ${category ? html`<span class="row__category">${category}</span>` : nothing}
  </button>`;
}

/** The month's events grouped by day, rendered a screenful at a time. */
export function listView(state: ListViewState, context: ViewContext) {
  let budget = state.renderLimit;
  const shown: DayGroup[] = [];
  for (const group of state.groups) {
    if (budget <= 0) break;
    shown.push(budget >= group.events.length ? group : { day: group.day, events: group.events.slice(0, budget) });
    budget -= group.events.length;
  }
  const more = budget < 0 || shown.length < state.groups.length;
  return html`<div class="list" part="list" role="region" aria-labelledby=${state.titleId}>
    ${shown.map((group) => {
      const label = state.chineseLabels?.get(group.day);
      const extra = label ? [label.festival, label.solarTerm].filter(Boolean).join(" ") : "";
      return html`<section class="list__day ${group.day === state.today ? "list__day--today" : ""}" part="list-day" data-day=${group.day}>
        <h3 class="list__heading">
          ${shortDay(group.day, context.locale.intl)}${label ? html` <span class="list__lunar">${label.lunarDate}${extra ? ` ${extra}` : ""}</span>` : nothing}
        </h3>
        <ul class="list__events">
          ${group.events.map((event) => html`<li>${eventRow(event, context)}</li>`)}
        </ul>
      </section>`;
    })}
    ${more ? html`<div class="list__sentinel" aria-hidden="true"></div>` : nothing}
  </div>`;
}
