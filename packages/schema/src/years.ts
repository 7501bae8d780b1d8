/**
 * The instants every zone writes in the years 0001 to 9999: 14 hours (the
 * widest offset) inside them, so that no community's local date, and no
 * iCalendar file written from it, runs into year 0 or 10000.
 */
const FIRST_INSTANT = new Date("0001-01-01T14:00:00Z").getTime();
const LAST_INSTANT = new Date("9999-12-31T10:00:00Z").getTime();

/** Whether an instant falls in the years 0001 to 9999 in every zone. */
export const isWithinYears = (instant: Date) => instant.getTime() >= FIRST_INSTANT && instant.getTime() <= LAST_INSTANT;
