import { formatInstantIn } from "@community-kit/schema";
import { dataBlockText, parseInert } from "@community-kit/ui";
import type { CalendarEvent } from "./calendar-event.js";

// Loaded with this chunk rather than the calendar's entry: the writer waits for an idle moment only after loading it.
export { whenIdle } from "@community-kit/ui";

/** What the events are read with: the calendar's zone for the offsets, the community for the organizer. */
export interface StructuredDataContext {
  timeZone: string;
  /** Organizer of events that name none: the community. */
  community?: { name: string };
}

/** Search engines need no more than a page's worth; a month of thousands would only cost the page time. */
const MAX_EVENTS = 200;

function plainText(description: string): string {
  if (!/[<&]/.test(description)) return description.trim();
  return (parseInert(description).body.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A schema.org Event for one calendar event. */
export function eventJsonLd(event: CalendarEvent, context: StructuredDataContext): Record<string, unknown> {
  const remaining = event.capacity === undefined ? undefined : Math.max(0, event.capacity - (event.registeredCount ?? 0));
  const organizer = event.organizer ?? context.community?.name;
  const location = event.location;
  return {
    "@type": "Event",
    name: event.title,
    startDate: event.allDay ? event.startDay : formatInstantIn(event.start, context.timeZone),
    // An all-day event's end is exclusive; schema.org's endDate is its last day.
    endDate: event.allDay ? event.lastDay : formatInstantIn(event.end, context.timeZone),
    eventStatus: event.cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(location && {
      location: {
        "@type": "Place",
        name: location.name,
        ...(location.address && { address: location.address }),
        ...(location.lat !== undefined &&
          location.lng !== undefined && { geo: { "@type": "GeoCoordinates", latitude: location.lat, longitude: location.lng } }),
      },
    }),
    ...(event.description && { description: plainText(event.description) }),
    ...(organizer && { organizer: { "@type": "Organization", name: organizer } }),
    ...(event.url && { url: event.url }),
    ...(event.capacity !== undefined && { maximumAttendeeCapacity: event.capacity, remainingAttendeeCapacity: remaining }),
    ...(event.registration && {
      offers: {
        "@type": "Offer",
        availability: remaining === 0 ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
        ...(event.url && { url: event.url }),
      },
    }),
  };
}

/** The JSON-LD document for the events shown (the first 200), safe to place in a script element. */
export function eventsJsonLd(events: readonly CalendarEvent[], context: StructuredDataContext): string {
  const document = { "@context": "https://schema.org", "@graph": events.slice(0, MAX_EVENTS).map((event) => eventJsonLd(event, context)) };
  // "<" escaped so that no title can close the script element when the page is saved as HTML.
  return JSON.stringify(document).replace(/</g, "\\u003c");
}

const MARK = "data-community-kit";

/**
 * Writes the events into the host's light DOM, where search engines read
 * structured data, or removes what it wrote when there is nothing to say.
 */
export function writeStructuredData(host: HTMLElement, json: string | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${MARK}]`);
  if (json === undefined) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement("script");
    script.type = "application/ld+json";
    script.setAttribute(MARK, "events");
    host.append(script);
  }
  if (script.textContent !== json) script.textContent = dataBlockText(json);
}
