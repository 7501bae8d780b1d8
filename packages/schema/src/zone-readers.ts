/**
 * Two ways to read a zone's wall clock. Temporal (Chromium 144+, Firefox 139+)
 * answers from the zone data alone; Intl.DateTimeFormat loads ICU's locale data
 * the first time a page makes one, which costs 30–70 ms on a cold page, more
 * than drawing a month. Both read the same IANA data: zone-readers.test.ts in
 * Chromium checks that they agree.
 */

/** A wall-clock reading, seconds included. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type WallClockReader = (epochMilliseconds: number, timeZone: string) => WallTime;

/** The part of Temporal read here; TypeScript's libraries do not declare it yet. */
interface TemporalZones {
  Instant: { fromEpochMilliseconds(epochMilliseconds: number): { toZonedDateTimeISO(timeZone: string): WallTime } };
  Now: { timeZoneId(): string };
}

const temporal = (globalThis as { Temporal?: TemporalZones }).Temporal;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl's reading, in every runtime. */
export const intlWallClock: WallClockReader = (epochMilliseconds, timeZone) => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    // Names are case-blind ("asia/shanghai"): a server asked about many spellings keeps a bounded few.
    if (formatters.size > 500) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of formatter.formatToParts(epochMilliseconds)) if (type in wall) wall[type as keyof WallTime] = +value;
  return wall;
};

/**
 * The reader the kit uses: Temporal's where the runtime has it (browsers' Intl
 * reads the same zones, offsets such as "+08:00" too), as a plain object: a
 * ZonedDateTime's fields are getters, which a spread would lose.
 */
export const wallClock: WallClockReader = temporal
  ? (epochMilliseconds, timeZone) => {
      const { year, month, day, hour, minute, second } = temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO(timeZone);
      return { year, month, day, hour, minute, second };
    }
  : intlWallClock;

/** Whether the runtime knows the zone, by the reader the kit uses. */
export function knowsZone(timeZone: string): boolean {
  try {
    wallClock(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone the device is set to. */
export function deviceTimeZone(): string {
  return temporal?.Now.timeZoneId() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
