import type { LazyMessages } from "@community-kit/ui";
import { type VolunteerMessages, zhCN } from "./zh-CN.js";

export type { VolunteerMessages };

/** zh-CN inline; the others are loaded by pages in those languages only. */
export const volunteerMessages: LazyMessages<VolunteerMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./en.js").then((module) => module.en),
  },
};
