import type { LazyMessages } from "@community-kit/ui";
import { type CalendarMessages, calendarZhCN } from "./calendar.zh-CN.js";

export type { CalendarMessages };

export const calendarMessages: LazyMessages<CalendarMessages> = {
  "zh-CN": calendarZhCN,
  load: {
    "zh-Hant": () => import("./calendar.zh-Hant.js").then((module) => module.calendarZhHant),
    en: () => import("./calendar.en.js").then((module) => module.calendarEn),
  },
};
