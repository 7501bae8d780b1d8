import type { LazyMessages } from "@community-kit/ui";
import { type PartnersMessages, partnersZhCN } from "./partners.zh-CN.js";

export type { PartnersMessages };

export const partnersMessages: LazyMessages<PartnersMessages> = {
  "zh-CN": partnersZhCN,
  load: {
    "zh-Hant": () => import("./partners.zh-Hant.js").then((module) => module.partnersZhHant),
    en: () => import("./partners.en.js").then((module) => module.partnersEn),
  },
};
