import { type PlainDate, addDays, addMonths, startOfWeek } from "@community-kit/ui/calendar";

/**
 * Where focus goes in the month grid for a key, as in the WAI-ARIA date grid:
 * arrows by day and week, Home/End to the week's ends, PageUp/PageDown by
 * month (with Shift by year). Undefined for keys the grid does not handle.
 */
export function dayAfterKey(key: string, day: PlainDate, firstDayOfWeek: number, shiftKey = false): PlainDate | undefined {
  switch (key) {
    case "ArrowLeft":
      return addDays(day, -1);
    case "ArrowRight":
      return addDays(day, 1);
    case "ArrowUp":
      return addDays(day, -7);
    case "ArrowDown":
      return addDays(day, 7);
    case "Home":
      return startOfWeek(day, firstDayOfWeek);
    case "End":
      return addDays(startOfWeek(day, firstDayOfWeek), 6);
    case "PageUp":
      return addMonths(day, shiftKey ? -12 : -1);
    case "PageDown":
      return addMonths(day, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}
