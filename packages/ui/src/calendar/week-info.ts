import { chineseFirstDay, writesChineseDates } from "./chinese-dates.js";

const known = new Map<string, number>();

/** First day of the week for a locale tag (1 = Monday … 7 = Sunday), from Intl where it knows. */
export function firstDayOfWeek(localeTag: string): number {
  let day = known.get(localeTag);
  if (day === undefined) {
    day = lookUpFirstDay(localeTag);
    known.set(localeTag, day);
  }
  return day;
}

// Intl.Locale is built anew each time, and a calendar asks several times a render.
function lookUpFirstDay(localeTag: string): number {
  // As Intl has it (test/chinese-dates.test.ts), without loading Intl's data for it.
  if (writesChineseDates(localeTag)) return chineseFirstDay(localeTag);
  try {
    const locale = new Intl.Locale(localeTag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info?.firstDay) return info.firstDay;
  } catch {
    // An odd tag falls through to the table below.
  }
  // Monday in mainland China and most of Europe; Sunday in Taiwan, Hong Kong and the US.
  return /^(zh-(TW|HK|MO|Hant)|en-US|en$)/i.test(localeTag) ? 7 : 1;
}
