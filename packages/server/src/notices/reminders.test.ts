import { describe, expect, it } from "vitest";
import { dueReminder, reminderMoments } from "./reminders.js";

const at = (iso: string) => new Date(iso);

describe("when residents are reminded", () => {
  it("the day before at 10:00 on the place's own clock, and two hours before", () => {
    expect(reminderMoments(at("2026-12-09T01:00:00Z"), "Asia/Shanghai")).toEqual({
      dayBefore: at("2026-12-08T02:00:00Z"),
      hoursBefore: at("2026-12-08T23:00:00Z"),
    });
    // Half past midnight in Shanghai is still the 10th there: reminded on the 9th, though it is the 9th in UTC.
    expect(reminderMoments(at("2026-12-09T16:30:00Z"), "Asia/Shanghai").dayBefore).toEqual(at("2026-12-09T02:00:00Z"));
  });

  it("across a clock change: 10:00 the day before is 10:00 on that day's clock, 24 or 22 hours before a 09:00 start", () => {
    // New York falls back on 1 November 2026: 10:00 EDT on the 31st is 14:00Z, as 09:00 EST on the 1st is.
    expect(reminderMoments(at("2026-11-01T14:00:00Z"), "America/New_York")).toEqual({
      dayBefore: at("2026-10-31T14:00:00Z"),
      hoursBefore: at("2026-11-01T12:00:00Z"),
    });
    // And springs forward on 14 March 2027: 10:00 EST on the 13th is 15:00Z, 22 hours before 09:00 EDT.
    expect(reminderMoments(at("2027-03-14T13:00:00Z"), "America/New_York").dayBefore).toEqual(at("2027-03-13T15:00:00Z"));
  });

  it("sends the day before's until two hours before, then the two hours', and nothing once it has begun", () => {
    const start = at("2026-12-09T01:00:00Z");
    const madeLastWeek = at("2026-12-01T00:00:00Z");
    const due = (now: string) => dueReminder(start, "Asia/Shanghai", madeLastWeek, at(now));
    expect(due("2026-12-08T01:59:59Z")).toBeUndefined();
    expect(due("2026-12-08T02:00:00Z")).toBe("reminder-day");
    expect(due("2026-12-08T22:59:59Z")).toBe("reminder-day");
    expect(due("2026-12-08T23:00:00Z")).toBe("reminder-hours");
    expect(due("2026-12-09T01:00:00Z")).toBeUndefined();
  });

  it("spares a reminder whose moment had passed when the resident asked", () => {
    const start = at("2026-12-09T01:00:00Z");
    const bookedLastNight = at("2026-12-08T12:00:00Z");
    expect(dueReminder(start, "Asia/Shanghai", bookedLastNight, at("2026-12-08T12:00:05Z"))).toBeUndefined();
    expect(dueReminder(start, "Asia/Shanghai", bookedLastNight, at("2026-12-08T23:00:00Z"))).toBe("reminder-hours");
    expect(dueReminder(start, "Asia/Shanghai", at("2026-12-09T00:00:00Z"), at("2026-12-09T00:10:00Z"))).toBeUndefined();
  });
});
