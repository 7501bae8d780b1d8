import { getDayDetail, getLunarFestivals, getSolarTerms } from "chinese-days";
import { type PlainDate, noonUtc } from "./plain-date.js";

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

const lunarFormatters: Record<ChineseScript, Intl.DateTimeFormat> = {
  Hans: new Intl.DateTimeFormat("zh-CN-u-ca-chinese", { timeZone: "UTC", dateStyle: "long" }),
  Hant: new Intl.DateTimeFormat("zh-TW-u-ca-chinese", { timeZone: "UTC", dateStyle: "long" }),
};

/** The lunar month (正月, 闰六月) and day (初一 … 三十) from the platform's Chinese calendar. */
export function lunarParts(day: PlainDate, script: ChineseScript): { month: string; day: string } {
  let month = "";
  let dayText = "";
  for (const part of lunarFormatters[script].formatToParts(noonUtc(day))) {
    if (part.type === "month") month = part.value;
    if (part.type === "day") dayText = part.value;
  }
  return { month, day: dayText };
}

/** Labels for every day from `first` to `last` inclusive, in one pass over the holiday data. */
export function chineseDayLabels(first: PlainDate, last: PlainDate, days: readonly PlainDate[], script: ChineseScript): Map<PlainDate, ChineseDayLabel> {
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
    const detail = getDayDetail(day);
    // Official holidays carry "English,中文,days"; ordinary days carry a weekday name.
    const holidayName = detail.name.split(",")[1];
    if (holidayName) label.holiday = { kind: detail.work ? "work" : "rest", name: inScript(holidayName, script) };
    labels.set(day, label);
  }
  return labels;
}
