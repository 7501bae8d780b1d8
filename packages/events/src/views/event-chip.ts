import { html } from "lit";
import { styleProperties } from "@community-kit/ui";
import type { CalendarEvent } from "../calendar-event.js";
import { clockTime } from "../format.js";
import type { ViewContext } from "./view-context.js";

/** The accessible name of an event button: time, title and place, in words. */
export function eventLabel(
  event: CalendarEvent,
  context: ViewContext,
  when = event.allDay ? context.t.t("allDay") : clockTime(event.start, context.locale.intl, context.timeZone),
): string {
  return [event.cancelled ? context.t.t("cancelled") : "", when, event.title, event.location?.name].filter(Boolean).join(" ");
}

/** An event as a button in the month grid; all-day and multi-day events are solid bars. */
export function eventChip(
  event: CalendarEvent,
  context: ViewContext,
  placement: { lane: number; span: number; continuesBefore: boolean; continuesAfter: boolean },
) {
  const color = context.categoryColor(event.category);
  const bar = event.allDay || event.startDay !== event.lastDay;
  const classes = [
    "event",
    bar ? "event--bar" : "event--timed",
    event.cancelled ? "event--cancelled" : "",
    placement.continuesBefore ? "event--continues-before" : "",
    placement.continuesAfter ? "event--continues-after" : "",
  ].join(" ");
  const style = { "--lane": String(placement.lane), "--span": String(placement.span), ...(color ? { "--event-color": color } : {}) };
  return html`<button
    type="button"
    class=${classes}
    part="event"
    tabindex="-1"
    data-event-id=${event.id}
    style=${styleProperties(style)}
    aria-label=${eventLabel(event, context)}
    @click=${(click: Event) => context.openEvent(event, click.currentTarget as HTMLElement)}
  >${bar ? "" : html`<span class="event__time">${clockTime(event.start, context.locale.intl, context.timeZone)}</span> `}<span
      class="event__title"
      >${event.title}</span
    ></button>`;
}
