import type { LazyMessages } from "@community-kit/ui";
import { type ConsoleMessages, consoleZhCN } from "./console.zh-CN.js";

export type { ConsoleMessages };

export const consoleMessages: LazyMessages<ConsoleMessages> = {
  "zh-CN": consoleZhCN,
  load: {
    "zh-Hant": () => import("./console.zh-Hant.js").then((module) => module.consoleZhHant),
    en: () => import("./console.en.js").then((module) => module.consoleEn),
  },
};
