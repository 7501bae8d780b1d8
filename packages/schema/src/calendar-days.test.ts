import { describe, expect, it } from "vitest";
import { daysAfter, eachPlainDay, plainDateOf, utcDay } from "./calendar-days.js";

describe("calendar days", () => {
  it("list every day of a range, leap days and year ends included", () => {
    expect(eachPlainDay("2028-02-27", "2028-03-01")).toEqual(["2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01"]);
    expect(eachPlainDay("2026-12-31", "2027-01-01")).toEqual(["2026-12-31", "2027-01-01"]);
    expect(eachPlainDay("2026-06-19", "2026-06-19")).toEqual(["2026-06-19"]);
  });

  it("read and write a day without the machine's zone", () => {
    for (const day of ["1970-01-01", "2026-03-29", "2026-10-25", "2100-02-28"]) expect(plainDateOf(utcDay(day))).toBe(day);
    expect(utcDay("2026-03-29").getTime()).toBe(Date.UTC(2026, 2, 29));
  });

  it("count days after an instant as 24 hours each, across any clock change", () => {
    // London and New York change their clocks in these weeks; a day must not be 23 or 25 hours wherever the server runs.
    for (const instant of ["2026-03-28T12:00:00Z", "2026-10-24T23:30:00Z", "2026-11-01T05:00:00Z"]) {
      const at = new Date(instant);
      expect(daysAfter(at, 1).getTime() - at.getTime()).toBe(86_400_000);
      expect(daysAfter(at, -30).getTime() - at.getTime()).toBe(-30 * 86_400_000);
      expect(daysAfter(at, 1).toISOString()).toBe(new Date(at.getTime() + 86_400_000).toISOString());
    }
  });
});
