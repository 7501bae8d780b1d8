import type { Community } from "@community-kit/schema";
import type { CommunityClient } from "@community-kit/sdk";
import { type PlainDate, startOfZonedDay, zonedDay } from "@community-kit/ui/calendar";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { type CalendarEvent, calendarEventsFromApi } from "./calendar-event.js";

export type LoadStatus = "idle" | "loading" | "ready" | "error";

/** refreshing: a saved copy is shown while the network answers; offline: it did not. */
export type Staleness = "fresh" | "refreshing" | "offline";

/** What the calendar reads: the API client, or an iCalendar feed that answers as it does. */
export type EventsSource = Pick<CommunityClient, "communityId" | "community"> & { events: Pick<CommunityClient["events"], "list" | "listAll"> };

export interface LoadRequest {
  client: () => Promise<EventsSource>;
  /** Names the API and community, or the feed, so that a change reloads. */
  source: string;
  /** The days to load, `end` exclusive. */
  first: PlainDate;
  end: PlainDate;
  /** The zone the days are read in, given the community once it is known. */
  zoneFor: (community: Community | undefined) => string;
}

/**
 * Loads a community and the events of the days a calendar shows from the API
 * (or a feed):
 * a saved copy first when there is one, then what the server says; aborts what
 * is no longer wanted. The host renders from its fields.
 */
export class EventsLoader implements ReactiveController {
  status: LoadStatus = "idle";
  error?: unknown;
  staleness: Staleness = "fresh";
  community?: Community;
  events: CalendarEvent[] = [];

  #loadedKey?: string;
  #controller?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#controller?.abort();
    // Reconnected, the host asks again.
    this.#loadedKey = undefined;
  }

  /** Loads the request's days unless they are what is loaded or loading. */
  request(request: LoadRequest): void {
    const key = this.#keyOf(request);
    if (key === this.#loadedKey) return;
    this.#loadedKey = key;
    void this.#load(request);
  }

  /** Forgets what was loaded, so that the next request goes to the server again. */
  retry(): void {
    this.#loadedKey = undefined;
    this.community = undefined;
    this.status = "loading";
    this.host.requestUpdate();
  }

  /** Loads the same days again, keeping what is shown until the answer comes. */
  reload(): void {
    this.#loadedKey = undefined;
    this.host.requestUpdate();
  }

  /** The first day on or after `from` that has an event, if the server knows one. */
  async firstDayWithEventsFrom(request: LoadRequest, from: PlainDate): Promise<PlainDate | undefined> {
    const zone = request.zoneFor(this.community);
    const client = await request.client();
    const page = await client.events.list({ from: startOfZonedDay(from, zone), limit: 1 });
    const first = page.items[0];
    return first ? zonedDay(new Date(first.start), zone) : undefined;
  }

  #keyOf(request: LoadRequest): string {
    return `${request.source}|${request.first}|${request.zoneFor(this.community)}`;
  }

  async #load(request: LoadRequest): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    const current = () => !signal.aborted;
    const update = () => this.host.requestUpdate();
    if (!(this.events.length && this.status === "ready")) this.status = "loading";
    this.staleness = "fresh";
    update();
    let shownFromCache = false;
    try {
      const client = await request.client();
      if (!current()) return;
      if (this.community?.id !== client.communityId) {
        this.community = await client.community({
          signal,
          onCached: (community) => {
            if (!current()) return;
            this.community = community;
            update();
          },
        });
        update();
        if (!current()) return;
        // The community's zone may move "today" and the days shown: the host asks again.
        if (this.#keyOf(request) !== this.#loadedKey) {
          this.#loadedKey = undefined;
          return;
        }
      }
      const zone = request.zoneFor(this.community);
      const range = { from: startOfZonedDay(request.first, zone), to: startOfZonedDay(request.end, zone) };
      const events = await client.events.listAll(range, {
        signal,
        onCached: (cached) => {
          if (!current()) return;
          shownFromCache = true;
          this.events = calendarEventsFromApi(cached, zone);
          this.status = "ready";
          this.staleness = "refreshing";
          update();
        },
      });
      if (!current()) return;
      this.events = calendarEventsFromApi(events, zone);
      this.status = "ready";
      this.staleness = "fresh";
      this.error = undefined;
    } catch (error) {
      if (!current()) return;
      if (shownFromCache) {
        this.staleness = "offline";
      } else {
        this.status = "error";
        this.error = error;
      }
    }
    update();
  }
}
