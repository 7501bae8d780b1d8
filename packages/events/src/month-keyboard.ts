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

export interface GridKeys {
  firstDayOfWeek(): number;
  /** Enter or Space on a day. */
  activate(day: PlainDate, cell: HTMLElement): void;
  /** An arrow, Home, End or Page key moved to `day`. */
  moveTo(day: PlainDate): void;
}

/** The keydown handler of a grid of days (month, week, day): its cells carry `role="gridcell"` and `data-day`. */
export function gridKeydown(keys: GridKeys): (event: KeyboardEvent) => void {
  return (event) => {
    const cell = event.target as HTMLElement;
    if (cell.getAttribute("role") !== "gridcell") return;
    const day = cell.dataset.day as PlainDate;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      keys.activate(day, cell);
      return;
    }
    const target = dayAfterKey(event.key, day, keys.firstDayOfWeek(), event.shiftKey);
    if (!target) return;
    event.preventDefault();
    keys.moveTo(target);
  };
}
