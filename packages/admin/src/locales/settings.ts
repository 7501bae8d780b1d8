import type { LazyMessages } from "@community-kit/ui";
import { type SettingsMessages, settingsZhCN } from "./settings.zh-CN.js";

export type { SettingsMessages };

export const settingsMessages: LazyMessages<SettingsMessages> = {
  "zh-CN": settingsZhCN,
  load: {
    "zh-Hant": () => import("./settings.zh-Hant.js").then((module) => module.settingsZhHant),
    en: () => import("./settings.en.js").then((module) => module.settingsEn),
  },
};
