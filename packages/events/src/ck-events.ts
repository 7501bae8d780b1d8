import type { PlainDate } from "@community-kit/ui/calendar";
import type { CalendarEvent } from "./calendar-event.js";
import type { CalendarView } from "./views/toolbar.js";

/** Detail of `ck-event-select`. */
export interface EventSelectDetail {
  event: CalendarEvent;
}

/** Detail of `ck-registration-created`: a resident registered (never who). */
export interface RegistrationCreatedDetail {
  eventId: string;
  status: "confirmed" | "waitlisted";
  position?: number;
  partySize: number;
}

/** Detail of `ck-registration-cancelled`. */
export interface RegistrationCancelledDetail {
  eventId: string;
}

/** Detail of `ck-range-change`: the days shown, `to` exclusive. */
export interface RangeChangeDetail {
  from: PlainDate;
  to: PlainDate;
  view: CalendarView;
}

declare global {
  /** The calendar's events, with their details: what `emit`, `addEventListener` and the React props are typed by. */
  interface GlobalEventHandlersEventMap {
    "ck-event-select": CustomEvent<EventSelectDetail>;
    "ck-range-change": CustomEvent<RangeChangeDetail>;
    "ck-registration-created": CustomEvent<RegistrationCreatedDetail>;
    "ck-registration-cancelled": CustomEvent<RegistrationCancelledDetail>;
  }
}
