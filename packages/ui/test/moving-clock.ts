import type { Clock } from "@community-kit/schema";

/**
 * A clock the test moves, as time passes for a page left open: the widget
 * reads "now" from it, and its own timers run on the browser's time.
 */
export function movingClock(start: string): Clock & { moveTo(instant: string): void } {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    moveTo(instant) {
      at = Date.parse(instant);
    },
  };
}
