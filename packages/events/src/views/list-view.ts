import { type ChineseDayLabel, type PlainDate, addDays, addMonths, compareText, startOfMonth } from "@community-kit/ui/calendar";
import { styleProperties } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import { clockTime, monthTitle, shortDay } from "../format.js";
import { holidayBadge } from "./day-labels.js";
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
    .sort(([a], [b]) => compareText(a, b))
    .map(([day, events]) => ({ day, events: events.sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.startTime - b.startTime) }));
}

export interface ListViewState {
  groups: DayGroup[];
  /** How many events to render: the rest wait below the sentinel until scrolled near. */
  renderLimit: number;
  today: PlainDate;
  /** Days before this one wait behind a button: in today's month the list starts at today. */
  from: PlainDate | undefined;
  /** The month after the one shown, offered where the list ends. */
  nextMonth: PlainDate;
  chineseLabels: Map<PlainDate, ChineseDayLabel> | undefined;
  titleId: string;
}

export interface ListViewActions {
  showEarlier(): void;
  next(): void;
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

/** The month's events grouped by day, from today in today's month, rendered a screenful at a time, then the way to the next month. */
export function listView(state: ListViewState, context: ViewContext, actions: ListViewActions) {
  const { t } = context;
  const from = state.from;
  const earlier = from ? state.groups.filter((group) => group.day < from) : [];
  const earlierEvents = new Set(earlier.flatMap((group) => group.events.filter((event) => event.lastDay < from!))).size;
  let budget = state.renderLimit;
  const shown: DayGroup[] = [];
  for (const group of from ? state.groups.filter((group) => group.day >= from) : state.groups) {
    if (budget <= 0) break;
    shown.push(budget >= group.events.length ? group : { day: group.day, events: group.events.slice(0, budget) });
    budget -= group.events.length;
  }
  const more = budget < 0 || shown.length + earlier.length < state.groups.length;
  // Held when loaded too: a month of few events leaves the space rather than pull the page up under the reader.
  return html`<div class="list held" part="list" role="region" aria-labelledby=${state.titleId}>
    ${
      earlierEvents
        ? html`<button type="button" class="button list__earlier" part="button earlier" @click=${actions.showEarlier}>${t.t("earlierEvents", earlierEvents)}</button>`
        : nothing
    }
    ${earlier.length && !shown.length ? html`<p class="list__rest" part="list-rest">${t.t("restOfMonthEmpty")}</p>` : nothing}
    ${shown.map((group) => {
      const label = state.chineseLabels?.get(group.day);
      const extra = label ? [label.festival, label.solarTerm].filter(Boolean).join(" ") : "";
      const today = group.day === state.today;
      return html`<section class="list__day ${today ? "list__day--today" : ""}" part="list-day" data-day=${group.day}>
        <h3 class="list__heading" tabindex="-1">
          ${today ? html`<span class="list__today" part="today-label">${t.t("todayLabel")}</span> ` : nothing}${shortDay(group.day, context.locale.intl)}${
            label ? html` <span class="list__lunar">${label.lunarDate}${extra ? ` ${extra}` : ""}</span> ${holidayBadge(label, context)}` : nothing
          }
        </h3>
        <ul class="list__events">
          ${group.events.map((event) => html`<li>${eventRow(event, context)}</li>`)}
        </ul>
      </section>`;
    })}
    ${
      more
        ? html`<div class="list__sentinel" aria-hidden="true"></div>`
        : html`<button type="button" class="button list__next" part="button next-month" @click=${actions.next}>
          ${t.t("jumpTo", monthTitle(state.nextMonth, context.locale.intl))} <span aria-hidden="true">›</span>
        </button>`
    }
  </div>`;
}
