import type { Community, Event } from "@community-kit/schema";
import type { CommunityClient } from "@community-kit/sdk";
import { type ClientKind, Loading, type LoadStatus, type Staleness } from "@community-kit/ui";
import { type PlainDate, startOfZonedDay, utcDay, zonedDay } from "@community-kit/ui/calendar";
import type { ReactiveControllerHost } from "lit";
import { type CalendarEvent, calendarEventsFromApi } from "./calendar-event.js";

/** What the calendar reads: the API client, or an iCalendar feed that answers as it does. */
export type EventsSource = Pick<CommunityClient, "communityId" | "community"> & { events: Pick<CommunityClient["events"], "list" | "listAll"> };

/** The API client, loaded with the SDK by pages that read an API. */
export const EVENTS: ClientKind<CommunityClient> = { name: "events", load: () => import("@community-kit/sdk").then((sdk) => sdk.createClient) };

export interface LoadRequest {
  client: () => Promise<EventsSource>;
  /** Names the API and community, or the feed, so that a change reloads. */
  source: string;
  /** The days to load, `end` exclusive. */
  first: PlainDate;
  end: PlainDate;
}

const HOUR = 3_600_000;

/**
 * The community and the events of the days a calendar shows, from the API or a
 * feed: two loads of the shared runtime, asked at once; the events are read in
 * the community's zone once it is known. The host renders from the fields.
 */
export class EventsLoader {
  readonly #about: Loading<readonly [string], Community>;
  readonly #days: Loading<readonly [string, PlainDate, PlainDate], Event[]>;
  /** The events read in a zone, kept while neither they nor the zone change: renders read them often. */
  #read?: { loaded: Event[]; zone: string; events: CalendarEvent[] };

  /**
   * `request` says what to load before each render, undefined when there is nothing to read; `zoneFor` is the
   * zone the days are read in, given the community once it is known.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly request: () => LoadRequest | undefined,
    private readonly zoneFor: (community: Community | undefined) => string,
  ) {
    this.#about = new Loading(host, {
      args: () => {
        const asked = request();
        return asked && ([asked.source] as const);
      },
      load: async (_, { signal, cached }) => (await request()!.client()).community({ signal, onCached: cached }),
    });
    this.#days = new Loading(host, {
      args: () => {
        const asked = request();
        return asked && ([asked.source, asked.first, asked.end] as const);
      },
      load: async ([, first, end], { signal, cached }) => {
        const client = await request()!.client();
        // The days in any zone on Earth, from the first's midnight at UTC+14 to the end's at UTC−12: asked before
        // the community names its zone, the events come a round trip sooner, read in it once it has.
        const range = { from: new Date(utcDay(first).getTime() - 14 * HOUR), to: new Date(utcDay(end).getTime() + 12 * HOUR) };
        return client.events.listAll(range, { signal, onCached: cached });
      },
    });
  }

  get community(): Community | undefined {
    return this.#about.value;
  }

  /**
   * The events loaded, once the community (and so the zone they are read in) is known: those of the days asked
   * for and of the hours around them that are those days elsewhere, which the views leave out.
   */
  get events(): CalendarEvent[] {
    const loaded = this.#days.value;
    if (!loaded || this.#about.status !== "ready") return [];
    const zone = this.zoneFor(this.community);
    if (this.#read?.loaded !== loaded || this.#read.zone !== zone) {
      this.#read = { loaded, zone, events: calendarEventsFromApi(loaded, zone) };
    }
    return this.#read.events;
  }

  get status(): LoadStatus {
    return this.#about.status === "error" ? "error" : this.#about.status === "ready" ? this.#days.status : this.#about.status;
  }

  get error(): unknown {
    return this.#about.status === "error" ? this.#about.error : this.#days.error;
  }

  get staleness(): Staleness[] {
    return [this.#about.staleness, this.#days.staleness];
  }

  /** Forgets what failed and asks the server again. */
  retry(): void {
    // Asked at once, both may have failed.
    this.#about.retry();
    this.#days.retry();
  }

  /** Loads the same days again (places changed), keeping what is shown until the answer comes. */
  reload(): void {
    this.#days.reload();
  }

  /** The first day on or after `from` that has an event, if the server (or the feed) knows one. */
  async firstDayWithEventsFrom(from: PlainDate): Promise<PlainDate | undefined> {
    const request = this.request();
    if (!request) return undefined;
    const zone = this.zoneFor(this.community);
    const client = await request.client();
    const page = await client.events.list({ from: startOfZonedDay(from, zone), limit: 1 });
    const first = page.items[0];
    return first ? zonedDay(new Date(first.start), zone) : undefined;
  }
}
