import { browserTimeZone } from "./format.js";
import { type Community, isKnownTimeZone } from "@community-kit/schema";
import type { LoadStatus, Staleness } from "@community-kit/ui";
import type { PlainDate } from "@community-kit/ui/calendar";
import type { ReactiveControllerHost } from "lit";
import { type CalendarEvent, type EventInput, calendarEventsFromInput } from "./calendar-event.js";
import { EventsLoader, type EventsSource } from "./events-loader.js";
import { FeedCache } from "./feed/feed-cache.js";

/** What the page set, read before each render. */
export interface DataSettings {
  /** Events handed over as a property: they win over any source. */
  events: EventInput[] | undefined;
  /** The API client, when the page names an API and community. */
  api: (() => Promise<EventsSource>) | undefined;
  /** An iCalendar feed's address, read when there is no API. */
  feed: string | undefined;
  /** Names the API and community, or the feed. */
  sourceKey: string;
  /** The `timezone` attribute as written. */
  timezone: string | undefined;
  /** The days shown, `end` exclusive. */
  days: () => { first: PlainDate; end: PlainDate };
  now: () => Date;
}

/**
 * The events a calendar shows and the zone it shows them in, from wherever
 * the page said: the `events` property, the API, or an iCalendar feed. The
 * element asks this and not where they came from.
 */
export class CalendarData {
  readonly #loader: EventsLoader;
  readonly #feed = new FeedCache();
  #input?: { events: EventInput[] | undefined; zone: string; read: { events: CalendarEvent[]; invalid: number } };

  constructor(
    host: ReactiveControllerHost,
    private readonly settings: () => DataSettings,
  ) {
    this.#loader = new EventsLoader(
      host,
      () => {
        const asked = settings();
        const api = asked.api;
        const feed = asked.feed;
        if (asked.events !== undefined || (!api && !feed)) return undefined;
        return {
          client: api ?? (() => this.#feed.get(feed!, this.validTimezone ?? browserTimeZone(), asked.now)),
          source: asked.sourceKey,
          ...asked.days(),
        };
      },
      (community) => this.validTimezone ?? community?.timezone ?? browserTimeZone(),
    );
  }

  get fromProperty(): boolean {
    return this.settings().events !== undefined;
  }

  /** Whether there is anything to show: events, an API and community, or a feed. */
  get configured(): boolean {
    const { events, api, feed } = this.settings();
    return events !== undefined || api !== undefined || feed !== undefined;
  }

  /** The `timezone` attribute, when it names a zone. */
  get validTimezone(): string | undefined {
    const zone = this.settings().timezone?.trim();
    return zone && isKnownTimeZone(zone) ? zone : undefined;
  }

  /** The zone everything is shown in: the attribute, else the community's, else the browser's. */
  get timeZone(): string {
    return this.validTimezone ?? this.community?.timezone ?? browserTimeZone();
  }

  get community(): Community | undefined {
    return this.fromProperty ? undefined : this.#loader.community;
  }

  /** The property's events read in the calendar's zone, again only when either changes. */
  get #read(): { events: CalendarEvent[]; invalid: number } {
    const events = this.settings().events;
    const zone = this.timeZone;
    const input = this.#input;
    if (input && input.events === events && input.zone === zone) return input.read;
    // Remembered before it is read: events that throw while read show the error state once, not on every render.
    this.#input = { events, zone, read: { events: [], invalid: 0 } };
    this.#input.read = calendarEventsFromInput(events, zone);
    return this.#input.read;
  }

  /** The events loaded, or handed over. */
  get events(): CalendarEvent[] {
    return this.fromProperty ? this.#read.events : this.#loader.events;
  }

  /** How many of the handed-over events could not be read. */
  get invalidEvents(): number {
    return this.fromProperty ? this.#read.invalid : 0;
  }

  get status(): LoadStatus {
    return this.fromProperty ? "ready" : this.#loader.status;
  }

  get error(): unknown {
    return this.#loader.error;
  }

  get staleness(): Staleness[] {
    return this.fromProperty ? [] : this.#loader.staleness;
  }

  retry(): void {
    this.#loader.retry();
  }

  /** Loads the same days again (places changed), keeping what is shown until the answer comes. */
  reload(): void {
    this.#loader.reload();
  }

  /** The first day on or after `from` with an event, for the empty month's "go to" button. */
  async firstDayWithEventsFrom(from: PlainDate): Promise<PlainDate | undefined> {
    if (!this.fromProperty) return this.#loader.firstDayWithEventsFrom(from);
    const next = this.#read.events.find((event) => event.lastDay >= from);
    return next && (next.startDay > from ? next.startDay : from);
  }
}
