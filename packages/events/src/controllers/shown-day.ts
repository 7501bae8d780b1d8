import { type PlainDate, isPlainDate } from "@community-kit/ui/calendar";
import type { ReactiveControllerHost } from "lit";

/**
 * The day the calendar is on: the `date` attribute's, else today in the
 * calendar's zone, until someone moves. Before the community's zone is known
 * "today" may be a guess; it settles once the zone is known, unless the
 * resident or the page moved meanwhile.
 */
export class ShownDay {
  #day?: PlainDate;
  #moved = false;
  #zone?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Today in the calendar's zone. */
    readonly today: () => PlainDate,
  ) {}

  get current(): PlainDate {
    return this.#day ?? this.today();
  }

  /** Before each render: the `date` attribute, when it changed, and the zone. */
  follow(date: string | undefined, dateChanged: boolean, zone: string): void {
    if (dateChanged && date !== undefined) {
      this.#moved = false;
      this.#day = isPlainDate(date) ? date : undefined;
    }
    if (zone !== this.#zone && this.#zone !== undefined && !this.#moved && !isPlainDate(date ?? "")) this.#day = undefined;
    this.#zone = zone;
  }

  /** The resident or the page moved to `day`. */
  moveTo(day: PlainDate): void {
    this.#moved = true;
    this.#day = day;
    this.host.requestUpdate();
  }

  /** Focus went to a day the view already shows. */
  readonly focus = (day: PlainDate): void => {
    if (day === this.#day) return;
    this.#day = day;
    this.host.requestUpdate();
  };
}
