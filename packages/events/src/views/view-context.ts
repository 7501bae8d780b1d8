import type { Community, RegistrationRequest, RegistrationResult } from "@community-kit/schema";
import type { CommonMessages, Localizer, ResolvedLocale } from "@community-kit/ui";
import type { CalendarEvent } from "../calendar-event.js";
import type { EventsMessages } from "../locales/index.js";

/** What every view needs from the element: locale, zone, messages and the ways back to it. */
export interface ViewContext {
  locale: ResolvedLocale;
  timeZone: string;
  /** The calendar's clock. */
  now(): Date;
  t: Localizer<EventsMessages>;
  common: Localizer<CommonMessages>;
  /** The colour of a category, when the community gave it one. */
  categoryColor(category: string | undefined): string | undefined;
  categoryName(category: string | undefined): string | undefined;
  /** A resident chose an event: `trigger` gets focus back when its dialog closes. */
  openEvent(event: CalendarEvent, trigger: HTMLElement): void;
  /** Present when the calendar reads an API: residents can register there. */
  registration?: RegistrationContext;
}

/** The community's privacy notice and how it tells residents who ask, with the way to register. */
export interface RegistrationContext extends Pick<Community, "privacy" | "notices"> {
  /** Registers; the calendar then shows the places left as the server has them, in the dialog too. */
  register(eventId: string, request: RegistrationRequest, idempotencyKey: string): Promise<RegistrationResult>;
}

/** A category's colour and name from the community's list; an id it does not list is shown as it is. */
export function categoryLookups(categories: ReadonlyArray<{ id: string; name: string; color?: string }>): Pick<ViewContext, "categoryColor" | "categoryName"> {
  const find = (id: string | undefined) => categories.find((category) => category.id === id);
  return {
    categoryColor: (id) => find(id)?.color,
    categoryName: (id) => (id === undefined ? undefined : (find(id)?.name ?? id)),
  };
}
