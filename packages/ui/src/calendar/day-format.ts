import { type PlainDate, noonUtc } from "./plain-date.js";
import { chineseFullDay, writesChineseDates } from "./chinese-dates.js";

const cache = new Map<string, Intl.DateTimeFormat>();

/** An Intl.DateTimeFormat, made once per locale and options: making one costs far more than using it. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** 2026年6月19日星期五 / Friday 19 June 2026; a plain day is formatted as noon UTC in UTC, so it never shifts. */
export function fullDay(day: PlainDate, locale: string): string {
  if (writesChineseDates(locale)) return chineseFullDay(day, locale);
  return dateFormatter(locale, { dateStyle: "full", timeZone: "UTC" }).format(noonUtc(day));
}
