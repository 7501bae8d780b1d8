import { type Locale, NOTICE_PLACEHOLDERS, NOTICE_WORDING, type NoticeCause, type NoticeSubject, type NoticeTemplates } from "@community-kit/schema";
import type { SubjectOfNotice } from "./notice-subjects.js";

/** What a notice's words are made from: its subject's, and the community's name. */
export type NoticeFields = Pick<SubjectOfNotice, "title" | "startAt" | "endAt" | "timezone" | "place" | "reason"> & { community: string };

const PLACEHOLDER = new RegExp(`\\{(${NOTICE_PLACEHOLDERS.join("|")})\\}`, "g");

const INTL: Record<Locale, string> = { "zh-CN": "zh-CN", "zh-Hant": "zh-TW", en: "en-GB" };

/** When, in the place's zone, as residents say it: 12月9日（周三）14:00–16:00; Wed 9 Dec, 14:00–16:00. */
function when(fields: NoticeFields, locale: Locale): string {
  const start = new Date(fields.startAt);
  const end = new Date(fields.endAt);
  const options = {
    timeZone: fields.timezone,
    month: "numeric",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  } as const;
  if (locale === "en") return new Intl.DateTimeFormat("en-GB", { ...options, month: "short" }).formatRange(start, end);
  const format = new Intl.DateTimeFormat(INTL[locale], options);
  const read = (date: Date) => Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  const from = read(start);
  const to = read(end);
  const day = (at: typeof from) => `${at.month}月${at.day}日（${at.weekday}）`;
  return `${day(from)}${from.hour}:${from.minute}–${to.day === from.day && to.month === from.month ? "" : day(to)}${to.hour}:${to.minute}`;
}

/** A notice's words in `locale`: the community's own wording for the cause where it set one, else the kit's. */
export function noticeText(subject: NoticeSubject, cause: NoticeCause, locale: Locale, fields: NoticeFields, templates: NoticeTemplates | undefined): string {
  const kit = NOTICE_WORDING[locale][subject];
  const withReason = fields.reason && (cause === "rejected" || cause === "cancelled") ? kit[`${cause}WithReason`] : undefined;
  const template = templates?.[locale]?.[cause] ?? withReason ?? kit[cause];
  if (!template) throw new Error(`No notice is written for a ${subject} ${cause}`);
  const values: Record<string, string> = {
    community: fields.community,
    title: fields.title,
    when: when(fields, locale),
    place: fields.place,
    reason: fields.reason ?? "",
  };
  return template.replace(PLACEHOLDER, (_, name: string) => values[name]!);
}
