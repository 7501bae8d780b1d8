import type { Community } from "@community-kit/schema";
import type { CommunityClient } from "@community-kit/sdk";
import { type ClientKind, Loading, type LoadStatus, type Staleness } from "@community-kit/ui";
import { type PlainDate, startOfZonedDay, zonedDay } from "@community-kit/ui/calendar";
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
  /** The zone the days are read in, given the community once it is known. */
  zoneFor: (community: Community | undefined) => string;
}

/**
 * The community, then the events of the days a calendar shows, from the API
 * or a feed: two loads of the shared runtime, the events asked once the
 * community's zone is known. The host renders from the fields.
 */
export class EventsLoader {
  readonly #about: Loading<readonly [string], Community>;
  readonly #days: Loading<readonly [string, PlainDate, PlainDate, string], CalendarEvent[]>;

  /** `request` says what to load before each render, undefined when there is nothing to read. */
  constructor(
    host: ReactiveControllerHost,
    private readonly request: () => LoadRequest | undefined,
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
        const community = this.#about.status === "ready" ? this.#about.value : undefined;
        return asked && community && ([asked.source, asked.first, asked.end, asked.zoneFor(community)] as const);
      },
      load: async ([, first, end, zone], { signal, cached }) => {
        const client = await request()!.client();
        const range = { from: startOfZonedDay(first, zone), to: startOfZonedDay(end, zone) };
        const events = await client.events.listAll(range, { signal, onCached: (saved) => cached(calendarEventsFromApi(saved, zone)) });
        return calendarEventsFromApi(events, zone);
      },
    });
  }

  get community(): Community | undefined {
    return this.#about.value;
  }

  get events(): CalendarEvent[] {
    return this.#days.value ?? [];
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
    if (this.#about.status === "error") this.#about.retry();
    else this.#days.retry();
  }

  /** Loads the same days again (places changed), keeping what is shown until the answer comes. */
  reload(): void {
    this.#days.reload();
  }

  /** The first day on or after `from` that has an event, if the server (or the feed) knows one. */
  async firstDayWithEventsFrom(from: PlainDate): Promise<PlainDate | undefined> {
    const request = this.request();
    if (!request) return undefined;
    const zone = request.zoneFor(this.community);
    const client = await request.client();
    const page = await client.events.list({ from: startOfZonedDay(from, zone), limit: 1 });
    const first = page.items[0];
    return first ? zonedDay(new Date(first.start), zone) : undefined;
  }
}
