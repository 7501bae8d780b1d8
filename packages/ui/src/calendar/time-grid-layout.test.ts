import { describe, expect, it } from "vitest";
import { layoutDays, layoutTimedDay, visibleHours } from "./time-grid-layout.js";

const at = (hour: number, minute = 0) => hour * 60 + minute;
const span = (item: string, from: number, to: number) => ({ item, startMinute: from, endMinute: to });
const placed = (items: ReturnType<typeof span>[]) =>
  Object.fromEntries(layoutTimedDay(items).map((placement) => [placement.item, [placement.column, placement.columns]]));

describe("layoutTimedDay", () => {
  it("puts overlapping events side by side and lets a separate one have the whole width", () => {
    expect(
      placed([
        span("太极拳", at(7), at(8)),
        span("书法课堂", at(9), at(10, 30)),
        span("义诊", at(8, 30), at(11, 30)),
        span("读书会", at(10), at(11)),
        span("广场舞", at(19), at(20)),
      ]),
      // 读书会 overlaps both 义诊 and 书法课堂 from 10:00 to 10:30: three columns.
    ).toEqual({ 太极拳: [0, 1], 义诊: [0, 3], 书法课堂: [1, 3], 读书会: [2, 3], 广场舞: [0, 1] });
  });

  it("gives three events at the same time a third each, and reuses a column once it is free", () => {
    expect(placed([span("a", at(9), at(12)), span("b", at(9), at(10)), span("c", at(9), at(10)), span("d", at(10), at(11))])).toEqual({
      a: [0, 3],
      b: [1, 3],
      c: [2, 3],
      d: [1, 3],
    });
  });

  it("draws a short event tall enough to read, and lays it out as drawn", () => {
    const [short, next] = layoutTimedDay([span("5 min", at(9), at(9, 5)), span("after", at(9, 10), at(10))]);
    expect(short).toMatchObject({ top: at(9), height: 20, column: 0, columns: 2 });
    expect(next).toMatchObject({ column: 1, columns: 2 });
  });
});

describe("visibleHours", () => {
  it("shows 07:00–21:00, widened to whole hours around early and late events", () => {
    expect(visibleHours([])).toEqual({ first: 7, last: 21 });
    expect(visibleHours([span("晨练", at(6, 30), at(7, 30)), span("夜跑", at(21), at(22, 15))])).toEqual({ first: 6, last: 23 });
    expect(visibleHours([span("通宵", 0, 1440)])).toEqual({ first: 0, last: 24 });
  });
});

describe("layoutDays", () => {
  const allDay = (title: string, startDay: string, lastDay: string) => ({ title, startDay, lastDay, allDay: true, startTime: Date.parse(startDay) });
  const week = ["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18", "2026-06-19", "2026-06-20", "2026-06-21"];

  it("lays each event of several days as one segment across the days shown, in the first lane free", () => {
    const layout = layoutDays(week, [
      allDay("幸福邻里节", "2026-06-18", "2026-06-20"),
      allDay("端午假期", "2026-06-19", "2026-06-21"),
      allDay("书画展", "2026-06-10", "2026-06-16"),
      allDay("下周", "2026-06-22", "2026-06-23"),
    ]);
    const segments = Object.fromEntries(
      layout.segments.map((segment) => [segment.item.title, [segment.column, segment.span, segment.lane, segment.continuesBefore, segment.continuesAfter]]),
    );
    expect(segments).toEqual({
      书画展: [0, 2, 0, true, false],
      幸福邻里节: [3, 3, 0, false, false],
      端午假期: [4, 3, 1, false, false],
    });
    expect(layout.dayItems.map((items) => items.length)).toEqual([1, 1, 0, 1, 2, 2, 1]);
  });

  it("lays one day out as a single column, what goes on after it marked", () => {
    const layout = layoutDays(["2026-06-19"], [allDay("幸福邻里节", "2026-06-18", "2026-06-20")]);
    expect(layout.segments.map((segment) => [segment.column, segment.span, segment.continuesBefore, segment.continuesAfter])).toEqual([[0, 1, true, true]]);
  });
});
