import type { ChineseDayLabel, PlainDate } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { fullDay } from "../format.js";
import type { ViewContext } from "./view-context.js";

/** 春节假期, 春节调休上班. */
const holidayName = (holiday: NonNullable<ChineseDayLabel["holiday"]>, context: ViewContext) =>
  holiday.kind === "rest" ? context.t.t("holidayRestLabel", holiday.name) : context.t.t("holidayWorkLabel", holiday.name);

/** The words a screen reader hears for a day: the date, today, the lunar date and festival, 休/班, and how many events. */
export function dayDescription(day: PlainDate, today: PlainDate, label: ChineseDayLabel | undefined, context: ViewContext, count: number): string {
  const holiday = label?.holiday ? holidayName(label.holiday, context) : "";
  const lunar = label ? [label.lunarDate, label.festival, label.solarTerm].filter(Boolean).join(" ") : "";
  return [fullDay(day, context.locale.intl), day === today ? context.t.t("todayLabel") : "", lunar, holiday, context.t.t("eventCount", count)]
    .filter(Boolean)
    .join("，");
}

/** 休 or 班 beside a day's number, read out as the holiday it is (春节假期) where the heading is read. */
export function holidayBadge(label: ChineseDayLabel | undefined, context: ViewContext) {
  if (!label?.holiday) return nothing;
  const { kind } = label.holiday;
  return html`<span class="day__badge day__badge--${kind}" part="holiday-badge"
    ><span aria-hidden="true">${kind === "rest" ? context.t.t("holidayRest") : context.t.t("holidayWork")}</span
    ><span class="visually-hidden">${holidayName(label.holiday, context)}</span></span
  >`;
}

/** The festival, solar term or lunar day under a day's number; a blank line held for it while the labels load. */
export function lunarLine(label: ChineseDayLabel | undefined, held: boolean) {
  if (label) {
    const special = label.festival ?? label.solarTerm;
    return html`<span class="day__lunar ${special ? "day__lunar--festival" : ""}" part="lunar">${special ?? label.lunar}</span>`;
  }
  return held ? html`<span class="day__lunar" part="lunar"> </span>` : nothing;
}

/** Read out on a day that a bar drawn from an earlier day crosses: "（续）幸福邻里节". */
export const continuingNotes = (items: ReadonlyArray<{ title: string }>, context: ViewContext) =>
  items.map((item) => html`<span class="visually-hidden">${context.t.t("continues", item.title)}</span>`);
