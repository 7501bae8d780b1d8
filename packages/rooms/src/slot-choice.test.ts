import { describe, expect, it } from "vitest";
import { type Slots, durationsFrom, endAfter, isWithin } from "./slot-choice.js";

const limits = { slotMinutes: 30, minMinutes: 60, maxMinutes: 120 };

/** Half-hour slots on 2 June from `times`, each "HH:MM" with its state. */
function slots(...times: Array<[string, "free" | "busy" | "unavailable"]>): Slots {
  return times.map(([time, state]) => {
    const [hour, minute] = time.split(":").map(Number) as [number, number];
    const end = hour * 60 + minute + 30;
    const pad = (value: number) => String(value).padStart(2, "0");
    return { start: `2026-06-02T${time}:00+08:00`, end: `2026-06-02T${pad(Math.floor(end / 60))}:${pad(end % 60)}:00+08:00`, state };
  });
}

describe("durationsFrom", () => {
  it("offers each length from the shortest to the longest allowed over free time that follows", () => {
    const day = slots(["09:00", "free"], ["09:30", "free"], ["10:00", "free"], ["10:30", "free"], ["11:00", "free"]);
    expect(durationsFrom(day, 0, limits)).toEqual([60, 90, 120]);
    expect(durationsFrom(day, 3, limits)).toEqual([60]);
    expect(durationsFrom(day, 4, limits)).toEqual([]);
  });

  it("stops at a booked slot, and offers nothing where less than the shortest booking is free", () => {
    const day = slots(["09:00", "free"], ["09:30", "free"], ["10:00", "busy"], ["10:30", "free"], ["11:00", "free"]);
    expect(durationsFrom(day, 0, limits)).toEqual([60]);
    expect(durationsFrom(day, 1, limits)).toEqual([]);
    expect(durationsFrom(day, 2, limits)).toEqual([]);
  });

  it("stops where the room closes in between, as at lunch", () => {
    const day = slots(["11:00", "free"], ["14:00", "free"], ["14:30", "free"]);
    expect(durationsFrom(day, 0, limits)).toEqual([]);
    expect(durationsFrom(day, 1, limits)).toEqual([60]);
  });

  it("keeps to the booking grid when it is coarser than the slots", () => {
    const day = slots(["09:00", "free"], ["09:30", "free"], ["10:00", "free"], ["10:30", "free"]);
    expect(durationsFrom(day, 0, { slotMinutes: 60, minMinutes: 60, maxMinutes: 180 })).toEqual([60, 120]);
  });
});

describe("endAfter and isWithin", () => {
  it("find the end of a booking among the slots and the slots it covers", () => {
    const day = slots(["09:00", "free"], ["09:30", "free"], ["10:00", "free"]);
    const end = endAfter(day, day[0]!.start, 60)!;
    expect(end).toBe("2026-06-02T10:00:00+08:00");
    expect(day.map((slot) => isWithin(slot, day[0]!.start, end))).toEqual([true, true, false]);
    expect(endAfter(day, day[0]!.start, 45)).toBeUndefined();
  });
});
