import type { LocalizedMessages } from "@community-kit/ui";
import { en } from "./en.js";
import { zhHant } from "./zh-Hant.js";
import { type RegistrationMessages, zhCN } from "./zh-CN.js";

export type { RegistrationMessages };
/** Loaded with the event dialog, not with the calendar. */
export const registrationMessages: LocalizedMessages<RegistrationMessages> = { "zh-CN": zhCN, "zh-Hant": zhHant, en };
