import type { LazyMessages } from "@community-kit/ui";
import { type RoomsMessages, zhCN } from "./zh-CN.js";

export type { RoomsMessages };

/** zh-CN inline; the others are loaded by pages in those languages only. */
export const roomsMessages: LazyMessages<RoomsMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./en.js").then((module) => module.en),
  },
};
