import { describe, expect, it } from "vitest";
import { VIEWS, isView } from "./calendar-views.js";

const MONDAY = 1;

describe("the calendar's views", () => {
  it("each says the days it shows around the current day", () => {
    expect(VIEWS.month.range("2026-06-19", MONDAY)).toMatchObject({ from: "2026-06-01", to: "2026-07-13" });
    expect(VIEWS.list.range("2026-06-19", MONDAY)).toEqual(VIEWS.month.range("2026-06-19", MONDAY));
    expect(VIEWS.week.range("2026-06-19", MONDAY)).toEqual({
      from: "2026-06-15",
      to: "2026-06-22",
      days: ["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18", "2026-06-19", "2026-06-20", "2026-06-21"],
    });
    expect(VIEWS.week.range("2026-06-19", 0).from).toBe("2026-06-14");
    expect(VIEWS.day.range("2026-06-19", MONDAY)).toEqual({ from: "2026-06-19", to: "2026-06-20", days: ["2026-06-19"] });
  });

  it("each steps by its own length, across a month's end and a year's", () => {
    expect(VIEWS.month.step("2026-01-31", 1)).toBe("2026-02-28");
    expect(VIEWS.week.step("2026-12-29", 1)).toBe("2027-01-05");
    expect(VIEWS.day.step("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("each titles itself in the page's language", () => {
    expect(VIEWS.month.title("2026-06-19", VIEWS.month.range("2026-06-19", MONDAY), "zh-CN")).toBe("2026年6月");
    expect(VIEWS.week.title("2026-06-19", VIEWS.week.range("2026-06-19", MONDAY), "zh-CN")).toBe("2026年6月15日至21日");
    expect(VIEWS.day.title("2026-06-19", VIEWS.day.range("2026-06-19", MONDAY), "en-US")).toBe("Friday, June 19, 2026");
  });

  it("moves the now line each minute only where one is drawn", () => {
    expect(
      Object.entries(VIEWS)
        .filter(([, view]) => view.drawsNow)
        .map(([name]) => name),
    ).toEqual(["week", "day"]);
  });

  it("knows the names of views, and nothing else", () => {
    expect(["month", "week", "day", "list"].every(isView)).toBe(true);
    expect(["agenda", "toString", ""].some(isView)).toBe(false);
  });
});
