import type { PlainDate } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import { fullDay } from "../format.js";
import { eventRow } from "./list-view.js";
import type { ViewContext } from "./view-context.js";

export { followAnchor } from "@community-kit/ui/popover";
export { popoverStyles } from "./popover.styles.js";

/**
 * Every event of one day, in a light-dismiss popover beside its day with an
 * arrow to it, and a close button: what "+N more" and Enter on a day open.
 */
export function dayPopover(day: PlainDate | undefined, events: CalendarEvent[], context: ViewContext, onToggle: (event: ToggleEvent) => void) {
  const heading = day ? context.t.t("eventsOn", fullDay(day, context.locale.intl)) : "";
  return html`<div popover="auto" class="popover" part="popover" role="dialog" aria-labelledby="popover-title" @toggle=${onToggle}>
    <div class="popover__arrow" aria-hidden="true"></div>
    <div class="popover__header">
      <h3 class="popover__title" id="popover-title">${heading}</h3>
      <button
        type="button"
        class="popover__close"
        part="button close-popover"
        aria-label=${context.common.t("close")}
        @click=${(click: Event) => (click.currentTarget as HTMLElement).closest<HTMLElement>("[popover]")?.hidePopover()}
      >×</button>
    </div>
    ${
      day
        ? html`<ul class="popover__events">
          ${events.map((event) => html`<li>${eventRow(event, context)}</li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}
