import { type PlainDate, addMonths, startOfMonth } from "@community-kit/ui/calendar";
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface EmptyMonth {
  /** The current day, whose month is shown. */
  day: PlainDate;
  /** Whether that month has nothing to show (and nothing is still loading). */
  empty: boolean;
  /** The first day on or after `from` that has an event, if any. */
  firstDayWithEvents(from: PlainDate): Promise<PlainDate | undefined>;
}

/**
 * For a month with no events, the next one that has some, so that the empty
 * state can offer to go there: asked once per empty month shown.
 */
export class NextMonthWithEvents implements ReactiveController {
  /** The first day with events after the month shown; undefined while not known or when there is none. */
  day?: PlainDate;
  /** Whether the answer for the month shown is in (or could not be had): then no `day` means none to come. */
  known = false;
  #askedFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly month: () => EmptyMonth,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { day, empty, firstDayWithEvents } = this.month();
    const month = day.slice(0, 7);
    if (!empty || month === this.#askedFor) return;
    this.#askedFor = month;
    this.day = undefined;
    this.known = false;
    const answered = (next: PlainDate | undefined) => {
      if (this.#askedFor !== month) return;
      this.day = next;
      this.known = true;
      this.host.requestUpdate();
    };
    // Without the answer the empty state offers no jump.
    firstDayWithEvents(startOfMonth(addMonths(day, 1))).then(answered, () => answered(undefined));
  }
}
