import { describe, expect, it } from "vitest";
import { firstBookableDay, slotsOfDay, windowFor } from "./availability-window.js";
import type { Slots } from "./slot-choice.js";

const limits = { slotMinutes: 30, minMinutes: 60, maxMinutes: 180 };
const slot = (day: string, time: string, state: Slots[number]["state"]): Slots[number] => {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const end = `${String(hour + (minute === 30 ? 1 : 0)).padStart(2, "0")}:${minute === 30 ? "00" : "30"}`;
  return { start: `${day}T${time}:00+08:00`, end: `${day}T${end}:00+08:00`, state };
};

describe("the days of times loaded at once", () => {
  // The evening of the 5th is over; on the 6th one free half-hour is too short for an hour's booking; the 7th has an hour.
  const week: Slots = [
    slot("2026-12-05", "19:00", "unavailable"),
    slot("2026-12-05", "19:30", "unavailable"),
    slot("2026-12-06", "09:00", "free"),
    slot("2026-12-06", "09:30", "busy"),
    slot("2026-12-07", "09:00", "free"),
    slot("2026-12-07", "09:30", "free"),
  ];

  it("opens on the first day a booking of the shortest length can start", () => {
    expect(firstBookableDay(week, limits, "2026-12-05")).toBe("2026-12-07");
    expect(firstBookableDay(week.slice(0, 4), limits, "2026-12-05")).toBeUndefined();
  });

  it("never opens on a day before today, when the window was loaded yesterday", () => {
    const yesterdayOpen: Slots = [slot("2026-12-05", "09:00", "free"), slot("2026-12-05", "09:30", "free"), ...week.slice(2)];
    expect(firstBookableDay(yesterdayOpen, limits, "2026-12-05")).toBe("2026-12-05");
    expect(firstBookableDay(yesterdayOpen, limits, "2026-12-06")).toBe("2026-12-07");
  });

  it("gives each day its own slots", () => {
    expect(slotsOfDay(week, "2026-12-06").map((each) => each.start)).toEqual(["2026-12-06T09:00:00+08:00", "2026-12-06T09:30:00+08:00"]);
  });

  it("keeps the window loaded while the day shown is in it, and starts another on a day beyond", () => {
    expect(windowFor("2026-12-11", "2026-12-05")).toBe("2026-12-05");
    expect(windowFor("2026-12-12", "2026-12-05")).toBe("2026-12-12");
    expect(windowFor("2026-12-04", "2026-12-05")).toBe("2026-12-04");
    expect(windowFor("2026-12-05", undefined)).toBe("2026-12-05");
  });
});
