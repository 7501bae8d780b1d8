import type { Community } from "@community-kit/schema";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { CalendarEvent } from "../calendar-event.js";

export interface ShownEvents {
  events: CalendarEvent[];
  timeZone: string;
  community?: Community;
}

/**
 * Writes the events shown as JSON-LD into the widget's light DOM after each
 * render, with its code loaded then: search engines are in no hurry, residents are.
 * A fifth of a second after the first of a run of renders, at the next moment
 * the page is idle, as things are then: never in the task that paints the month,
 * nor between a resident's tap and the frame that answers it, and never put off
 * by renders that follow. (A widget taken off the page meanwhile still gets it:
 * nobody sees it there.)
 */
export class StructuredDataWriter implements ReactiveController {
  #pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly shown: () => ShownEvents,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#pending) return;
    this.#pending = true;
    setTimeout(() => {
      import("../structured-data.js")
        .then(({ eventsJsonLd, writeStructuredData, whenIdle }) =>
          whenIdle(() => {
            this.#pending = false;
            const { events, ...context } = this.shown();
            writeStructuredData(this.host, events.length ? eventsJsonLd(events, context) : undefined);
          }),
        )
        // Only search engines would miss it; the resident's calendar is whole either way.
        .catch(() => (this.#pending = false));
    }, 200);
  }
}
