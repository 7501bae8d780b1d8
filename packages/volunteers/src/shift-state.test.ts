import type { Opportunity } from "@community-kit/schema";
import { describe, expect, it } from "vitest";
import { shiftState, shiftsByDay, skillsOf } from "./shift-state.js";

const now = new Date("2026-11-23T08:00:00Z");
const at = (capacity: number, filled: number, start = "2026-11-28T08:30:00+08:00") => ({ capacity, filled, start });

describe("shiftState", () => {
  it("is open with room, few with two places or a fifth left, full at capacity, started once it began", () => {
    expect(shiftState(at(8, 3), now)).toBe("open");
    expect(shiftState(at(8, 6), now)).toBe("few");
    expect(shiftState(at(20, 16), now)).toBe("few");
    expect(shiftState(at(20, 15), now)).toBe("open");
    expect(shiftState(at(2, 0), now)).toBe("few");
    expect(shiftState(at(8, 8), now)).toBe("full");
    expect(shiftState(at(8, 3, "2026-11-23T15:59:00+08:00"), now)).toBe("started");
  });
});

function opportunity(id: string, starts: string[], skills: string[] = [], shiftSkills: string[] = []): Opportunity {
  return {
    id,
    title: id,
    description: "",
    team: { id: "team", name: "Team", description: "" },
    location: { name: "Hall" },
    skills,
    timezone: "Asia/Shanghai",
    updatedAt: "2026-11-01T00:00:00Z",
    shifts: starts.map((start, index) => ({
      id: `${id}-${index}`,
      opportunityId: id,
      start,
      end: start,
      capacity: 5,
      filled: 0,
      waitlisted: 0,
      skills: shiftSkills,
      volunteers: [],
    })),
  };
}

describe("shiftsByDay", () => {
  it("groups every shift by its local day, in time order across opportunities", () => {
    const clean = opportunity("clean", ["2026-11-28T08:30:00+08:00", "2026-12-05T08:30:00+08:00"]);
    const visit = opportunity("visit", ["2026-11-28T07:00:00+08:00", "2026-11-29T00:30:00+08:00"]);
    const days = shiftsByDay([clean, visit]);
    expect(days.map((day) => [day.day, day.entries.map((entry) => entry.shift.id)])).toEqual([
      ["2026-11-28", ["visit-0", "clean-0"]],
      ["2026-11-29", ["visit-1"]],
      ["2026-12-05", ["clean-1"]],
    ]);
    expect(shiftsByDay([clean, visit], (entry) => entry.opportunity.id === "visit").map((day) => day.day)).toEqual(["2026-11-28", "2026-11-29"]);
  });

  it("lists each skill once", () => {
    expect(skillsOf([opportunity("a", ["2026-11-28T08:30:00+08:00"], ["教学"], ["手语"]), opportunity("b", [], ["手语", "医护"])])).toEqual([
      "教学",
      "手语",
      "医护",
    ]);
  });
});
