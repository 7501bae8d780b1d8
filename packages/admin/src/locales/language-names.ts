import type { Locale } from "@community-kit/schema";

/** Each language named in itself, as a switch between them shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { "zh-CN": "简体中文", "zh-Hant": "繁體中文", en: "English" };
