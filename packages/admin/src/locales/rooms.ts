import type { LazyMessages } from "@community-kit/ui";
import { type RoomsMessages, roomsZhCN } from "./rooms.zh-CN.js";

export type { RoomsMessages };

export const roomsMessages: LazyMessages<RoomsMessages> = {
  "zh-CN": roomsZhCN,
  load: {
    "zh-Hant": () => import("./rooms.zh-Hant.js").then((module) => module.roomsZhHant),
    en: () => import("./rooms.en.js").then((module) => module.roomsEn),
  },
};
