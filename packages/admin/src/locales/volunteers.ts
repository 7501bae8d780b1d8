import type { LazyMessages } from "@community-kit/ui";
import { type VolunteersMessages, volunteersZhCN } from "./volunteers.zh-CN.js";

export type { VolunteersMessages };

export const volunteersMessages: LazyMessages<VolunteersMessages> = {
  "zh-CN": volunteersZhCN,
  load: {
    "zh-Hant": () => import("./volunteers.zh-Hant.js").then((module) => module.volunteersZhHant),
    en: () => import("./volunteers.en.js").then((module) => module.volunteersEn),
  },
};
