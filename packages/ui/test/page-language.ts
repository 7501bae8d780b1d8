import { expect, waitUntil } from "@open-wc/testing";

type Language = "zh-CN" | "zh-Hant" | "en";

/**
 * A site's language switch, as a resident meets it: a widget with no locale of
 * its own, inside a part of the page in zh-CN, says `says["zh-CN"]`; the site
 * sets that part to English, then the whole page to zh-Hant, and the same
 * widget says each in place, without being made again.
 */
export async function expectFollowsLanguageSwitch(widget: HTMLElement, says: Record<Language, string>): Promise<void> {
  const part = document.createElement("div");
  part.lang = "zh-CN";
  part.append(widget);
  document.body.append(part);
  const before = document.documentElement.lang;
  const text = () => widget.shadowRoot?.textContent?.replace(/\s+/g, " ") ?? "";
  const shows = (language: Language) => waitUntil(() => text().includes(says[language]), `not in ${language}: ${text()}`, { timeout: 5000 });
  try {
    await shows("zh-CN");
    part.lang = "en";
    await shows("en");
    part.removeAttribute("lang");
    document.documentElement.lang = "zh-Hant";
    await shows("zh-Hant");
    expect(part.firstElementChild).to.equal(widget);
  } finally {
    document.documentElement.lang = before;
    part.remove();
  }
}
