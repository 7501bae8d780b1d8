import type { LocalizedMessages } from "@community-kit/ui";
import { en } from "./en.js";
import { zhHant } from "./zh-Hant.js";
import { type EventsMessages, zhCN } from "./zh-CN.js";

export type { EventsMessages };
export const eventsMessages: LocalizedMessages<EventsMessages> = { "zh-CN": zhCN, "zh-Hant": zhHant, en };
