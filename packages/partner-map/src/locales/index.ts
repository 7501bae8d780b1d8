import type { LazyMessages } from "@community-kit/ui";
import { type PartnerMapMessages, zhCN } from "./zh-CN.js";

export type { PartnerMapMessages };

/** zh-CN inline; the others are loaded by pages in those languages only. */
export const partnerMapMessages: LazyMessages<PartnerMapMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./en.js").then((module) => module.en),
  },
};
