import type { EventsSource } from "../events-loader.js";

/**
 * An iCalendar feed, fetched once per address and read for every month; a
 * failed fetch is forgotten, so that the next month or a retry asks again.
 * Its reader loads with the first feed.
 */
export class FeedCache {
  #feed?: { src: string; source: Promise<EventsSource> };

  get(src: string, fallbackZone: string, now: () => Date): Promise<EventsSource> {
    if (this.#feed?.src !== src) {
      const feed = { src, source: import("./feed-source.js").then(({ feedSource }) => feedSource(src, fallbackZone, now)) };
      feed.source.catch(() => {
        if (this.#feed === feed) this.#feed = undefined;
      });
      this.#feed = feed;
    }
    return this.#feed.source;
  }
}
