import type { LazyMessages } from "@community-kit/ui";
import { type DialogMessages, zhCN } from "./zh-CN.js";

export type { DialogMessages };
/** Loaded with the event dialog, not with the calendar: zh-CN with it, the others by pages in those languages only. */
export const dialogMessages: LazyMessages<DialogMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./en.js").then((module) => module.en),
  },
};
