import type { Localizer } from "@community-kit/ui";
import type { EventsMessages } from "../locales/events.js";
import { type RecurrenceChoice, WEEKDAYS } from "./recurrence-builder.js";

/** A repeat in the words staff would say it: 每周二、周四，到 2027年6月30日为止，2026年12月31日除外. */
export function describeRecurrence(choice: RecurrenceChoice, firstDay: string, t: Localizer<EventsMessages>, formatDay: (day: string) => string): string {
  const { repeat, end } = choice;
  const separator = t.t("listSeparator");
  let words: string;
  switch (repeat.kind) {
    case "none":
      return t.t("repeatKind", "none");
    case "daily":
      words = t.t("ruleDaily", repeat.interval);
      break;
    case "weekly":
      words = t.t(
        "ruleWeekly",
        repeat.interval,
        WEEKDAYS.filter((day) => repeat.days.includes(day))
          .map((day) => t.t("weekday", day))
          .join(separator),
      );
      break;
    case "monthly-day":
      words = t.t("ruleMonthlyDay", Number(firstDay.slice(8, 10)));
      break;
    case "monthly-weekday":
      words = t.t("ruleMonthlyWeekday", repeat.nth, repeat.weekday);
      break;
    case "yearly":
      words = t.t("ruleYearly", Number(firstDay.slice(5, 7)), Number(firstDay.slice(8, 10)));
      break;
    case "lunar":
      words = t.t("ruleLunar", repeat.month, repeat.day);
      break;
  }
  if (repeat.kind !== "lunar" && end.kind === "until") words += t.t("ruleUntil", formatDay(end.date));
  if (repeat.kind !== "lunar" && end.kind === "count") words += t.t("ruleCount", end.count);
  if (choice.exceptions.length) words += t.t("ruleExcept", [...choice.exceptions].sort().map(formatDay).join(separator));
  return words;
}
