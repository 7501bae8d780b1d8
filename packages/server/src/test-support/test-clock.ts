import { type Clock, fixedClock } from "@community-kit/schema";

/**
 * The one "now" of a test run, stopped: CK_TEST_NOW when it is set (npm test
 * pins it at awkward instants: a Shanghai midnight, a leap day, London's
 * repeated hour, New Year's Eve), else the moment the run began. Servers take
 * it as their clock and fixtures are placed relative to it, so a test passes
 * at any hour and in any zone.
 */
export const testClock: Clock = fixedClock(process.env.CK_TEST_NOW || new Date());

/** `days` days after the test clock's now (negative: before). */
export function daysFromNow(days: number): Date {
  return new Date(testClock.now().getTime() + days * 86_400_000);
}
