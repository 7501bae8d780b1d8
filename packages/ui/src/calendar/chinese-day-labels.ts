import { getDayDetail, getLunarDate, getSolarTerms, getYearLeapMonth, monthDays } from "#chinese-days";
import { type PlainDate, addDays } from "./plain-date.js";

/** What a Chinese-locale calendar shows under a day's number. */
export interface ChineseDayLabel {
  /** 初一 … 三十; on a month's first day the month itself (正月, 闰六月) */
  lunar: string;
  /** The whole lunar date: 正月初一, 闰六月十五 */
  lunarDate: string;
  /** A traditional festival (春节, 元宵, 端午, 七夕, 中秋, 重阳, 腊八, 除夕) */
  festival?: string;
  /** A solar term on the day it begins (清明, 冬至, …) */
  solarTerm?: string;
  /** An official public holiday (休) or a make-up workday (班), with the holiday's name */
  holiday?: { kind: "rest" | "work"; name: string };
}

export type ChineseScript = "Hans" | "Hant";

// The traditional festivals a community calendar shows, by lunar month and day (chinese-days lists many folk observances too).
const FESTIVALS: Record<string, string> = {
  "1-1": "春节",
  "1-15": "元宵",
  "5-5": "端午",
  "7-7": "七夕",
  "8-15": "中秋",
  "9-9": "重阳",
  "12-8": "腊八",
};
const NEW_YEARS_EVE = "除夕";

// The few characters of holiday, festival and solar-term names that differ in traditional script.
const TRADITIONAL: Record<string, string> = {
  节: "節",
  劳: "勞",
  动: "動",
  国: "國",
  庆: "慶",
  阳: "陽",
  腊: "臘",
  闰: "閏",
  惊: "驚",
  蛰: "蟄",
  谷: "穀",
  满: "滿",
  种: "種",
  处: "處",
  纪: "紀",
  胜: "勝",
  战: "戰",
};

function inScript(text: string, script: ChineseScript): string {
  return script === "Hans" ? text : text.replace(/./gu, (character) => TRADITIONAL[character] ?? character);
}

const MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "腊"];
const DAY_TENS = ["初", "十", "廿", "三"];
const DAY_UNITS = ["十", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 初一 … 初十, 十一 … 二十, 廿一 … 三十 */
function lunarDayName(day: number): string {
  if (day === 20) return "二十";
  if (day === 30) return "三十";
  return DAY_TENS[Math.floor((day - 1) / 10)]! + DAY_UNITS[day % 10]!;
}

/** A day of the Chinese calendar: year, month (1–12), whether the month is a leap month, day (1–30). */
interface LunarDay {
  year: number;
  month: number;
  leap: boolean;
  day: number;
}

/** Days in a lunar month, from chinese-days' table. */
function lengthOf({ year, month, leap }: LunarDay): number {
  return leap ? getYearLeapMonth(year).days : monthDays(year, month);
}

/** The lunar day after `date`: the next day of its month, or the first of the next (the leap month after its namesake). */
function nextLunarDay(date: LunarDay): LunarDay {
  if (date.day < lengthOf(date)) return { ...date, day: date.day + 1 };
  if (!date.leap && getYearLeapMonth(date.year).leapMonth === date.month) return { ...date, leap: true, day: 1 };
  return date.month === 12 ? { year: date.year + 1, month: 1, leap: false, day: 1 } : { year: date.year, month: date.month + 1, leap: false, day: 1 };
}

/**
 * The lunar dates of every day from `first` to `last`, from chinese-days' tables (the
 * same source as the festivals; browsers' Intl Chinese calendar puts some new moons a
 * day late, 2027's 正月初一 on 7 February rather than the 6th). The first day is looked
 * up; each after it is counted on by the months' lengths, which costs nothing cold,
 * where looking up 42 days (and their festivals) cost a cold page about 60 ms.
 */
function lunarDaysBetween(first: PlainDate, last: PlainDate): Map<PlainDate, LunarDay> {
  const { lunarYear, lunarMon, lunarDay, isLeap } = getLunarDate(first);
  let lunar: LunarDay = { year: lunarYear, month: lunarMon, leap: isLeap, day: lunarDay };
  const days = new Map<PlainDate, LunarDay>();
  for (let day = first; day <= last; day = addDays(day, 1)) {
    days.set(day, lunar);
    lunar = nextLunarDay(lunar);
  }
  return days;
}

function lunarMonthName({ month, leap }: LunarDay, script: ChineseScript): string {
  // Taiwan calls the eleventh month 冬月.
  const name = script === "Hant" && month === 11 ? "冬" : MONTHS[month - 1];
  return inScript(`${leap ? "闰" : ""}${name}月`, script);
}

/** 春节 … 腊八 on their lunar days (not in a leap month), and 除夕 on the last day of 腊月. */
function festivalOf(date: LunarDay): string | undefined {
  if (date.leap) return undefined;
  return date.month === 12 && date.day === lengthOf(date) ? NEW_YEARS_EVE : FESTIVALS[`${date.month}-${date.day}`];
}

/** A day of the official schedule as the community's server gives it (OfficialDay in @community-kit/schema). */
export interface OfficialDay {
  date: PlainDate;
  kind: "rest" | "work";
  name: string;
}

/** 休 or 班 of `day` by chinese-days' schedule, which stops at the last year published before its release. */
function bundledHoliday(day: PlainDate): OfficialDay | undefined {
  const detail = getDayDetail(day);
  // Official holidays carry "English,中文,days"; ordinary days carry a weekday name.
  const name = detail.name.split(",")[1];
  return name ? { date: day, kind: detail.work ? "work" : "rest", name } : undefined;
}

/**
 * Labels for every day from `first` to `last` inclusive, in one pass over the
 * holiday data. A year for which the community set official days (`official`)
 * takes its 休/班 from them alone; other years from the schedule bundled.
 */
export function chineseDayLabels(
  first: PlainDate,
  last: PlainDate,
  days: readonly PlainDate[],
  script: ChineseScript,
  official: readonly OfficialDay[] = [],
): Map<PlainDate, ChineseDayLabel> {
  const officialYears = new Set(official.map((day) => day.date.slice(0, 4)));
  const officialDays = new Map(official.map((day) => [day.date, day]));
  const solarTerms = new Map<PlainDate, string>();
  for (const term of getSolarTerms(first, last)) solarTerms.set(term.date, inScript(term.name, script));

  const labels = new Map<PlainDate, ChineseDayLabel>();
  const lunarDays = lunarDaysBetween(first, last);
  for (const day of days) {
    const lunar = lunarDays.get(day) ?? lunarDaysBetween(day, day).get(day)!;
    const month = lunarMonthName(lunar, script);
    const dayName = lunarDayName(lunar.day);
    const label: ChineseDayLabel = { lunar: lunar.day === 1 ? month : dayName, lunarDate: `${month}${dayName}` };
    const festival = festivalOf(lunar);
    if (festival) label.festival = inScript(festival, script);
    const solarTerm = solarTerms.get(day);
    if (solarTerm) label.solarTerm = solarTerm;
    const holiday = officialYears.has(day.slice(0, 4)) ? officialDays.get(day) : bundledHoliday(day);
    if (holiday) label.holiday = { kind: holiday.kind, name: inScript(holiday.name, script) };
    labels.set(day, label);
  }
  return labels;
}
