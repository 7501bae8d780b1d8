import type { LazyMessages } from "@community-kit/ui";
import { type NoticesMessages, noticesZhCN } from "./notices.zh-CN.js";

export type { NoticesMessages };

export const noticesMessages: LazyMessages<NoticesMessages> = {
  "zh-CN": noticesZhCN,
  load: {
    "zh-Hant": () => import("./notices.zh-Hant.js").then((module) => module.noticesZhHant),
    en: () => import("./notices.en.js").then((module) => module.noticesEn),
  },
};
