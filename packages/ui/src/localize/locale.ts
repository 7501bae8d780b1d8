/** The locales that every message table covers. */
export type SupportedLocale = "zh-CN" | "zh-Hant" | "en";

export const SUPPORTED_LOCALES: readonly SupportedLocale[] = ["zh-CN", "zh-Hant", "en"];

export interface ResolvedLocale {
  /** Which message table to use. */
  messages: SupportedLocale;
  /** The tag for Intl (dates, week start), as precise as the page gave it: zh-TW, en-GB, … */
  intl: string;
}

/**
 * Maps what a page may write in `locale` (zh, zh-TW, zh-HK, zh-Hans-CN, en-GB …)
 * onto a message table, keeping the precise tag for Intl. Anything else gets zh-CN.
 */
export function resolveLocale(tag: string | null | undefined): ResolvedLocale {
  const value = (tag ?? "").trim();
  let canonical: string;
  try {
    // zh-CN and zh-TW, already canonical, without Intl: the first Intl call a page makes loads ICU's data.
    canonical = !value ? "zh-CN" : value === "zh-CN" || value === "zh-TW" ? value : (Intl.getCanonicalLocales(value)[0] ?? "zh-CN");
  } catch {
    canonical = "zh-CN";
  }
  const lower = canonical.toLowerCase();
  if (lower === "zh-hant" || /^zh-(hant|tw|hk|mo)\b/.test(lower)) {
    return { messages: "zh-Hant", intl: lower === "zh-hant" ? "zh-TW" : canonical };
  }
  if (lower.startsWith("zh")) return { messages: "zh-CN", intl: lower === "zh" || lower === "zh-hans" ? "zh-CN" : canonical };
  if (lower.startsWith("en")) return { messages: "en", intl: canonical };
  return { messages: "zh-CN", intl: "zh-CN" };
}
