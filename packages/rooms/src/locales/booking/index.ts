import type { LazyMessages } from "@community-kit/ui";
import { type BookingMessages, zhCN } from "./zh-CN.js";

export type { BookingMessages };

/** Loaded with the booking form, not with the cards: zh-CN with it, the others by pages in those languages only. */
export const bookingMessages: LazyMessages<BookingMessages> = {
  "zh-CN": zhCN,
  load: {
    "zh-Hant": () => import("./zh-Hant.js").then((module) => module.zhHant),
    en: () => import("./en.js").then((module) => module.en),
  },
};
