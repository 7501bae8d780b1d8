import type { LazyMessages } from "@community-kit/ui";
import { type EventsMessages, eventsZhCN } from "./events.zh-CN.js";

export type { EventsMessages };

export const eventsMessages: LazyMessages<EventsMessages> = {
  "zh-CN": eventsZhCN,
  load: {
    "zh-Hant": () => import("./events.zh-Hant.js").then((module) => module.eventsZhHant),
    en: () => import("./events.en.js").then((module) => module.eventsEn),
  },
};
