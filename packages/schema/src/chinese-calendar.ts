/**
 * The traditional Chinese (lunisolar) date of a Gregorian day, from the
 * platform's Intl Chinese calendar. No table of ours to keep up to date.
 */
export interface ChineseDate {
  /** 1–12 */
  month: number;
  /** true in a leap month such as 闰六月 */
  leap: boolean;
  /** 1–30 */
  day: number;
}

const numericChinese = new Intl.DateTimeFormat("en-u-ca-chinese", { timeZone: "UTC", month: "numeric", day: "numeric" });

/** The Chinese-calendar date of day `date` (YYYY-MM-DD). */
export function chineseDateOf(date: string): ChineseDate {
  let month = "";
  let day = "";
  for (const part of numericChinese.formatToParts(new Date(`${date}T12:00:00Z`))) {
    if (part.type === "month") month = part.value;
    if (part.type === "day") day = part.value;
  }
  return { month: parseInt(month, 10), leap: month.endsWith("bis"), day: parseInt(day, 10) };
}
