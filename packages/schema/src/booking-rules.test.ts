import { describe, expect, it } from "vitest";
import { type Held, type Schedule, checkBookingTime, fits, nextFreeStarts, openingsOn, slotsOn, unitsHeld } from "./booking-rules.js";
import { dayOf } from "./zoned-time.js";

/** 书画活动室: Tuesday to Sunday 08:30–11:30 and 14:00–17:30, closed for 国庆. */
const calligraphyRoom: Schedule = {
  timeZone: "Asia/Shanghai",
  hours: [2, 3, 4, 5, 6, 7].flatMap((weekday) => [
    { weekday, open: "08:30", close: "11:30" },
    { weekday, open: "14:00", close: "17:30" },
  ]),
  closures: [{ from: "2026-10-01", to: "2026-10-07", reason: "国庆节" }],
  limits: { slotMinutes: 30, minMinutes: 30, maxMinutes: 180, leadMinutes: 120, horizonDays: 30, bufferMinutes: 15 },
};

const at = (text: string) => new Date(text);
const now = at("2026-06-15T08:00:00+08:00"); // a Monday
const booking = (start: string, end: string) => ({ start: at(start), end: at(end) });
const codes = (start: string, end: string, schedule = calligraphyRoom, when = now) =>
  checkBookingTime(booking(start, end), dayOf(at(start), schedule.timeZone), schedule, when).map((problem) => problem.code);

describe("opening hours and closures", () => {
  it("opens twice on Tuesday, never on Monday, and not during a closure", () => {
    expect(openingsOn("2026-06-16", calligraphyRoom).map((opening) => [opening.start.toISOString(), opening.end.toISOString()])).toEqual([
      ["2026-06-16T00:30:00.000Z", "2026-06-16T03:30:00.000Z"],
      ["2026-06-16T06:00:00.000Z", "2026-06-16T09:30:00.000Z"],
    ]);
    expect(openingsOn("2026-06-15", calligraphyRoom)).toEqual([]);
    expect(openingsOn("2026-10-02", calligraphyRoom)).toEqual([]);
  });
});

describe("checkBookingTime", () => {
  it("takes a booking that keeps every rule", () => {
    expect(codes("2026-06-16T09:00:00+08:00", "2026-06-16T10:30:00+08:00")).toEqual([]);
  });

  it.each([
    ["end before start", "2026-06-16T10:00:00+08:00", "2026-06-16T09:00:00+08:00", ["end_before_start"]],
    ["in the past", "2026-06-14T09:00:00+08:00", "2026-06-14T10:00:00+08:00", ["in_past"]],
    ["less than the lead time ahead", "2026-06-16T09:00:00+08:00", "2026-06-16T10:00:00+08:00", ["too_soon"]],
    ["beyond how far ahead one may book", "2026-07-21T09:00:00+08:00", "2026-07-21T10:00:00+08:00", ["too_far_ahead"]],
    ["longer than the maximum", "2026-06-16T14:00:00+08:00", "2026-06-16T17:30:00+08:00", ["too_long"]],
    ["over the lunch closing", "2026-06-16T11:00:00+08:00", "2026-06-16T14:00:00+08:00", ["outside_hours"]],
    ["on a Monday", "2026-06-22T09:00:00+08:00", "2026-06-22T10:00:00+08:00", ["outside_hours"]],
    ["off the half-hour grid", "2026-06-16T09:10:00+08:00", "2026-06-16T10:10:00+08:00", ["off_grid"]],
  ])("refuses %s", (_, start, end, expected) => {
    const when = expected.includes("too_soon") ? at("2026-06-16T08:00:00+08:00") : now;
    expect(codes(start, end, calligraphyRoom, when)).toEqual(expected);
  });

  it("refuses a closed day", () => {
    expect(codes("2026-10-02T09:00:00+08:00", "2026-10-02T10:00:00+08:00", calligraphyRoom, at("2026-09-20T08:00:00+08:00"))).toEqual(["closed"]);
  });

  it("measures a booking across the clocks going forward in real time", () => {
    // A loudspeaker lent round the clock in London; 00:30–03:30 on 29 March 2026 lasts two hours, not three.
    const speaker: Schedule = {
      timeZone: "Europe/London",
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: "00:00", close: "24:00" })),
      closures: [],
      limits: { slotMinutes: 30, minMinutes: 30, maxMinutes: 120, leadMinutes: 0, horizonDays: 30, bufferMinutes: 0 },
    };
    const when = at("2026-03-20T12:00:00Z");
    expect(codes("2026-03-29T00:30:00+00:00", "2026-03-29T03:30:00+01:00", speaker, when)).toEqual([]);
    expect(codes("2026-03-28T00:30:00+00:00", "2026-03-28T03:30:00+00:00", speaker, when)).toEqual(["too_long"]);
    // The day has 23 hours: 46 half-hour slots.
    expect(slotsOn("2026-03-29", speaker, 1, [], when)).toHaveLength(46);
  });
});

describe("buffers and units", () => {
  const held: Held[] = [{ ...booking("2026-06-16T09:00:00+08:00", "2026-06-16T10:00:00+08:00"), units: 1 }];

  it("keeps the buffer free after a booking", () => {
    expect(fits(booking("2026-06-16T10:00:00+08:00", "2026-06-16T11:00:00+08:00"), 1, 1, held, 15)).toBe(false);
    expect(fits(booking("2026-06-16T10:30:00+08:00", "2026-06-16T11:30:00+08:00"), 1, 1, held, 15)).toBe(true);
    expect(fits(booking("2026-06-16T10:00:00+08:00", "2026-06-16T11:00:00+08:00"), 1, 1, held, 0)).toBe(true);
  });

  it("lends equipment while units last, counting the peak, not the sum", () => {
    const speakers: Held[] = [
      { ...booking("2026-06-16T18:00:00+08:00", "2026-06-16T19:00:00+08:00"), units: 2 },
      { ...booking("2026-06-16T19:00:00+08:00", "2026-06-16T20:00:00+08:00"), units: 2 },
      { ...booking("2026-06-16T18:30:00+08:00", "2026-06-16T19:30:00+08:00"), units: 1 },
    ];
    const evening = booking("2026-06-16T18:00:00+08:00", "2026-06-16T20:00:00+08:00");
    expect(unitsHeld(evening, speakers, 0)).toBe(3);
    expect(fits(evening, 1, 4, speakers, 0)).toBe(true);
    expect(fits(evening, 2, 4, speakers, 0)).toBe(false);
  });
});

describe("slots and alternatives", () => {
  const held: Held[] = [{ ...booking("2026-06-16T09:00:00+08:00", "2026-06-16T10:00:00+08:00"), units: 1 }];

  it("shows each slot of a day free, booked, kept clear by a booking's buffer, or not bookable and why", () => {
    const slots = slotsOn("2026-06-16", calligraphyRoom, 1, held, at("2026-06-16T07:00:00+08:00"));
    const slot = (time: string) => slots.find((candidate) => candidate.start.toISOString() === at(`2026-06-16T${time}:00+08:00`).toISOString())!;
    expect(slots).toHaveLength(6 + 7);
    // 08:30 is within the two hours' lead time; the 15-minute buffer after 10:00 keeps the 10:00 slot clear, not booked.
    expect(["08:30", "09:00", "09:30", "10:00", "10:30", "14:00"].map((time) => [slot(time).state, slot(time).reason])).toEqual([
      ["unavailable", "too_soon"],
      ["busy", undefined],
      ["busy", undefined],
      ["buffer", undefined],
      ["free", undefined],
      ["free", undefined],
    ]);
  });

  it("says a slot has begun, or is beyond the horizon, and tells staff's maintenance from a booking", () => {
    const block: Held = { ...booking("2026-06-16T14:00:00+08:00", "2026-06-16T15:00:00+08:00"), units: 1, block: true };
    const during = slotsOn("2026-06-16", calligraphyRoom, 1, [block], at("2026-06-16T09:10:00+08:00"));
    const state = (time: string) => {
      const found = during.find((candidate) => candidate.start.toISOString() === at(`2026-06-16T${time}:00+08:00`).toISOString())!;
      return [found.state, found.reason];
    };
    expect([state("09:00"), state("14:00"), state("15:00"), state("15:30")]).toEqual([
      ["unavailable", "past"],
      ["maintenance", undefined],
      ["buffer", undefined],
      ["free", undefined],
    ]);
    const farAhead = slotsOn("2026-07-16", calligraphyRoom, 1, [], at("2026-06-15T08:00:00+08:00"));
    expect(new Set(farAhead.map((slot) => slot.reason))).toEqual(new Set(["too_far_ahead"]));
  });

  it("offers the next times the same length is free", () => {
    const starts = nextFreeStarts(at("2026-06-16T09:00:00+08:00"), 60, 1, calligraphyRoom, 1, held, now, (instant) => dayOf(instant, "Asia/Shanghai"));
    expect(starts.map((start) => start.start.toISOString())).toEqual([
      at("2026-06-16T10:30:00+08:00").toISOString(),
      at("2026-06-16T14:00:00+08:00").toISOString(),
      at("2026-06-16T14:30:00+08:00").toISOString(),
    ]);
  });
});
