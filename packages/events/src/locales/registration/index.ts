import type { LazyMessages } from "@community-kit/ui";
import { type RegistrationMessages, zhCN } from "./zh-CN.js";

export type { RegistrationMessages };
/** Loaded with the event dialog, not with the calendar: zh-CN with it, the others by pages in those languages only. */
export const registrationMessages: LazyMessages<RegistrationMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./en.js").then((module) => module.en),
  },
};
