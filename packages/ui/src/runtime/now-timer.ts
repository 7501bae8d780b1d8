import type { ReactiveController, ReactiveControllerHost } from "lit";

const MINUTE = 60_000;

/** When the next minute begins after `now`: what a now line and shifts that have started move on with. */
export function nextMinute(now: Date): Date {
  return new Date((Math.floor(now.getTime() / MINUTE) + 1) * MINUTE);
}

/**
 * Renders the widget again when "now" moves on to the next step (the next
 * minute, or the next midnight in a zone: see `nextMidnight`), as
 * FullCalendar's NowTimer does: a page left open overnight shows the new day
 * as today. It reads the widget's clock, so a pinned or faked clock moves it.
 */
export class NowTimer implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  /** The instant the timer is set for: a change of view or zone sets it again. */
  #setFor?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly now: () => Date,
    private readonly next: (now: Date) => Date,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const now = this.now();
    const next = this.next(now).getTime();
    if (next === this.#setFor) return;
    clearTimeout(this.#timer);
    this.#setFor = next;
    // At least a second: a clock pinned by a page or story never reaches the next step.
    this.#timer = setTimeout(
      () => {
        this.#setFor = undefined;
        this.host.requestUpdate();
      },
      Math.max(next - now.getTime(), 1000),
    );
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#setFor = undefined;
  }
}
