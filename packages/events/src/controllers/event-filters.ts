import type { ReactiveControllerHost } from "lit";
import type { CalendarEvent } from "../calendar-event.js";

export interface CategoryOption {
  id: string;
  name: string;
  color?: string;
}

/**
 * The category chips and the search words: which events the views show.
 * The `categories` attribute sets the first choice; a resident changes it.
 */
export class EventFilters {
  query = "";
  /** null when every category is shown. */
  categories: Set<string> | null = null;
  #fromEvents?: { events: readonly CalendarEvent[]; options: CategoryOption[] };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** From the `categories` attribute: ids separated by commas, none for all. */
  setCategories(list: string | undefined): void {
    const ids = (list ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
    this.categories = ids.length ? new Set(ids) : null;
  }

  /** null shows every category again. */
  readonly toggle = (category: string | null): void => {
    const next = new Set(category === null ? [] : (this.categories ?? []));
    if (category !== null && !next.delete(category)) next.add(category);
    this.categories = next.size ? next : null;
    this.host.requestUpdate();
  };

  readonly search = (query: string): void => {
    this.query = query;
    this.host.requestUpdate();
  };

  readonly clear = (): void => {
    this.categories = null;
    this.search("");
  };

  get active(): boolean {
    return this.categories !== null || this.query.trim() !== "";
  }

  apply(events: CalendarEvent[]): CalendarEvent[] {
    const categories = this.categories;
    const words = this.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!categories && words.length === 0) return events;
    return events.filter(
      (event) => (!categories || (event.category !== undefined && categories.has(event.category))) && words.every((word) => event.searchText.includes(word)),
    );
  }

  /** The chips: the community's categories, or else those the page's events name. */
  options(community: readonly CategoryOption[] | undefined, events: readonly CalendarEvent[]): readonly CategoryOption[] {
    if (community) return community;
    // Collected once per set of events, not at each month: a page may hand over thousands.
    if (this.#fromEvents?.events !== events) {
      const ids = new Set<string>();
      for (const event of events) if (event.category) ids.add(event.category);
      this.#fromEvents = { events, options: [...ids].map((id) => ({ id, name: id })) };
    }
    return this.#fromEvents.options;
  }
}
