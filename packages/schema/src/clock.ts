/**
 * Where the server and the widgets read "now": the system's clock in
 * production, a pinned one in tests, stories and benchmarks, so that nothing
 * depends on the hour or the zone a suite happens to run in.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `instant`. */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant).getTime();
  if (Number.isNaN(at)) throw new RangeError(`Not an instant: ${String(instant)}`);
  return { now: () => new Date(at) };
}
