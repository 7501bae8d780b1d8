import { getDayDetail, getLunarDate, getLunarFestivals, getSolarTerms } from "chinese-days";
import type { PlainDate } from "./plain-date.js";

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

// chinese-days lists many folk observances; a community calendar shows the traditional festivals.
const FESTIVAL_NAMES: Record<string, string> = {
  春节: "春节",
  除夕: "除夕",
  元宵节: "元宵",
  端午节: "端午",
  乞巧节: "七夕",
  七夕节: "七夕",
  中秋节: "中秋",
  重阳节: "重阳",
  腊八节: "腊八",
};

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

/**
 * The lunar month (正月, 闰六月) and day (初一 … 三十), from chinese-days' tables,
 * the same source as the festivals. Browsers' Intl Chinese calendar (ICU) puts
 * some new moons a day late: it has 2027's 正月初一 on 7 February, not the 6th.
 */
export function lunarParts(day: PlainDate, script: ChineseScript): { month: string; day: string } {
  const { lunarMon, lunarDay, isLeap } = getLunarDate(day);
  // Taiwan calls the eleventh month 冬月.
  const month = script === "Hant" && lunarMon === 11 ? "冬" : MONTHS[lunarMon - 1];
  return { month: inScript(`${isLeap ? "闰" : ""}${month}月`, script), day: lunarDayName(lunarDay) };
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
  const festivals = new Map<PlainDate, string>();
  for (const { date, name } of getLunarFestivals(first, last)) {
    const festival = name.map((entry) => FESTIVAL_NAMES[entry]).find(Boolean);
    if (festival) festivals.set(date, inScript(festival, script));
  }
  const solarTerms = new Map<PlainDate, string>();
  for (const term of getSolarTerms(first, last)) solarTerms.set(term.date, inScript(term.name, script));

  const labels = new Map<PlainDate, ChineseDayLabel>();
  for (const day of days) {
    const lunar = lunarParts(day, script);
    const label: ChineseDayLabel = { lunar: lunar.day === "初一" ? lunar.month : lunar.day, lunarDate: `${lunar.month}${lunar.day}` };
    const festival = festivals.get(day);
    if (festival) label.festival = festival;
    const solarTerm = solarTerms.get(day);
    if (solarTerm) label.solarTerm = solarTerm;
    const holiday = officialYears.has(day.slice(0, 4)) ? officialDays.get(day) : bundledHoliday(day);
    if (holiday) label.holiday = { kind: holiday.kind, name: inScript(holiday.name, script) };
    labels.set(day, label);
  }
  return labels;
}
