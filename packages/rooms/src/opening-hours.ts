import type { OpeningPeriod } from "@community-kit/schema";
import { chineseWeekday, compareText, dateFormatter, writesChineseDates } from "@community-kit/ui/calendar";

export interface HoursWords {
  everyDay: string;
  /** "周二至周日" / "Tue–Sun" */
  dayRange: (first: string, last: string) => string;
  /** "、" / ", " */
  separator: string;
}

function weekdayName(weekday: number, intl: string): string {
  // Written out in zh-CN and zh-TW: a page's first Intl.DateTimeFormat loads ICU's locale data (chinese-dates.ts).
  if (writesChineseDates(intl)) return chineseWeekday(weekday, "short", intl);
  // 2026-06-01 was a Monday.
  return dateFormatter(intl, { weekday: "short", timeZone: "UTC" }).format(Date.UTC(2026, 5, weekday));
}

/** Runs of weekdays in order: [2,3,4,6] → [[2,4],[6,6]]. */
function runsOf(weekdays: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const weekday of [...weekdays].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === weekday - 1) last[1] = weekday;
    else runs.push([weekday, weekday]);
  }
  return runs;
}

/**
 * Opening hours as people write them, weekdays with the same hours together:
 * 周二至周日 08:30–11:30、14:00–17:30 / Every day 09:00–21:00.
 */
export function openingHoursText(hours: readonly OpeningPeriod[], intl: string, words: HoursWords): string[] {
  const byDay = new Map<number, string>();
  for (let weekday = 1; weekday <= 7; weekday++) {
    const periods = hours.filter((period) => period.weekday === weekday).sort((a, b) => compareText(a.open, b.open));
    if (periods.length) byDay.set(weekday, periods.map((period) => `${period.open}–${period.close}`).join(words.separator));
  }
  const groups = new Map<string, number[]>();
  for (const [weekday, times] of byDay) groups.set(times, [...(groups.get(times) ?? []), weekday]);
  return [...groups].map(([times, weekdays]) => {
    const days =
      weekdays.length === 7
        ? words.everyDay
        : runsOf(weekdays)
            .map(([first, last]) => (first === last ? weekdayName(first, intl) : words.dayRange(weekdayName(first, intl), weekdayName(last, intl))))
            .join(words.separator);
    return `${days} ${times}`;
  });
}
