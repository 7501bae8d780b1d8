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
 */
export class StructuredDataWriter implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly shown: () => ShownEvents,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      import("../structured-data.js")
        .then(({ eventsJsonLd, writeStructuredData }) => {
          const { events, ...context } = this.shown();
          writeStructuredData(this.host, events.length ? eventsJsonLd(events, context) : undefined);
        })
        // Only search engines would miss it; the resident's calendar is whole either way.
        .catch(() => {});
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
