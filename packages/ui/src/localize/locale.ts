/** The locales that every message table covers. */
export type SupportedLocale = "zh-CN" | "zh-Hant" | "en";

export const SUPPORTED_LOCALES: readonly SupportedLocale[] = ["zh-CN", "zh-Hant", "en"];

/** Shared by every widget on the page that asks for the same tag. */
export interface ResolvedLocale {
  /** Which message table to use. */
  readonly messages: SupportedLocale;
  /** The tag for Intl (dates, week start), as precise as the page gave it: zh-TW, en-GB, … */
  readonly intl: string;
}

// A widget asks at every render, several times: each tag is worked out once (Intl.getCanonicalLocales for most).
const resolved: Record<string, ResolvedLocale> = Object.create(null);

/**
 * Maps what a page may write in `locale` (zh, zh-TW, zh-HK, zh-Hans-CN, en-GB …)
 * onto a message table, keeping the precise tag for Intl. Anything else gets zh-CN.
 */
export function resolveLocale(tag: string | null | undefined): ResolvedLocale {
  const value = (tag ?? "").trim();
  resolved[value] ??= resolveTag(value);
  return resolved[value];
}

function resolveTag(value: string): ResolvedLocale {
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
