import type { Decorator } from "@storybook/web-components-vite";

export const THEMES = ["default", "government", "neutral", "dark", "high-contrast", "auto"];
export const LOCALES = [
  { value: "story", title: "Language as the story sets it" },
  { value: "zh-CN", title: "简体中文 (zh-CN)" },
  { value: "zh-Hant", title: "繁體中文 (zh-Hant)" },
  { value: "en", title: "English (en)" },
];
/** The fonts host pages set: a system sans, or SimSun as many government portals still do. */
const FONT_STACKS = {
  system: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  simsun: 'SimSun, "Songti SC", "Noto Serif CJK SC", serif',
};
export const HOST_FONTS = [
  { value: "system", title: "Host font: system sans" },
  { value: "simsun", title: "Host font: SimSun (portals)" },
];

/** What the story itself set on each widget, so that a toolbar choice can be taken back. */
const ownAttributes = new WeakMap<Element, { theme: string | null; locale: string | null; senior: boolean }>();

function setOrRemove(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Puts every widget of the story in the theme, language and senior mode chosen in the toolbar
 * (a story that names a theme of its own, as the themes' stories do, keeps it), and the canvas
 * in the host font chosen, as the page around a widget would be.
 */
export const withToolbar: Decorator = (story, { globals, canvasElement }) => {
  const theme = String(globals.theme ?? "default");
  const locale = String(globals.locale ?? "story");
  const senior = globals.senior === "on";
  canvasElement.ownerDocument.body.style.fontFamily = FONT_STACKS[globals.hostFont as keyof typeof FONT_STACKS] ?? FONT_STACKS.system;
  requestAnimationFrame(() => {
    for (const element of canvasElement.querySelectorAll<HTMLElement>("*")) {
      if (!element.localName.startsWith("community-") || element.localName === "community-provider") continue;
      let own = ownAttributes.get(element);
      if (!own) {
        own = { theme: element.getAttribute("theme"), locale: element.getAttribute("locale"), senior: element.hasAttribute("senior") };
        ownAttributes.set(element, own);
      }
      if (own.theme === null) setOrRemove(element, "theme", theme === "default" ? null : theme);
      setOrRemove(element, "locale", locale === "story" ? own.locale : locale);
      element.toggleAttribute("senior", senior || own.senior);
    }
  });
  return story();
};
