import { unsafeCSS } from "lit";

/** The colour tokens a theme sets, each read by the widgets as `--ck-color-<name>`. */
type ColourTokens = Record<
  | "primary"
  | "on-primary"
  | "text"
  | "muted"
  | "surface"
  | "subtle"
  | "border"
  | "border-strong"
  | "today"
  | "danger"
  | "success"
  | "warning"
  | "holiday"
  | "workday"
  | "focus"
  | "event",
  string
>;

/**
 * The preset themes besides the default, chosen with the `theme` attribute and
 * loaded only by pages that name one. Each pair of text and background in them
 * meets WCAG 2.1 AA (the component tests run axe's contrast check on every
 * widget in every theme).
 */
const PRESETS: Record<string, Partial<ColourTokens>> = {
  // The red of government portals (党政机关网站), with a warm surface.
  government: { primary: "#b31b1b", focus: "#b31b1b", text: "#1a1a1a", subtle: "#f8f1ec", today: "#fdeed9", event: "#b31b1b" },
  neutral: { primary: "#374151", focus: "#111827", text: "#111827", subtle: "#f3f4f6", today: "#e5e7eb", event: "#374151" },
  dark: {
    primary: "#93c5fd",
    "on-primary": "#111827",
    text: "#f9fafb",
    muted: "#d1d5db",
    surface: "#111827",
    subtle: "#1f2937",
    border: "#4b5563",
    "border-strong": "#9ca3af",
    today: "#422006",
    danger: "#fca5a5",
    success: "#6ee7b7",
    warning: "#fcd34d",
    holiday: "#fca5a5",
    workday: "#d1d5db",
    focus: "#93c5fd",
    event: "#2563eb",
  },
  "high-contrast": {
    primary: "#00007a",
    text: "#000000",
    muted: "#000000",
    subtle: "#ffffff",
    border: "#000000",
    "border-strong": "#000000",
    today: "#ffff00",
    danger: "#9b0000",
    success: "#005a00",
    warning: "#6b3600",
    holiday: "#9b0000",
    workday: "#000000",
    focus: "#000000",
    event: "#00007a",
  },
};

/** Every value the `theme` attribute takes; `auto` follows the reader's system (dark, more contrast). */
export const THEMES = ["default", ...Object.keys(PRESETS), "auto"] as const;

/** A preset's declarations; dark also tells the browser, so that native controls and scrollbars turn dark. */
const declarations = (name: string) =>
  Object.entries(PRESETS[name]!)
    .map(([token, value]) => `--ck-color-${token}:${value}`)
    .concat(name === "dark" ? ["color-scheme:dark"] : [])
    .join(";");

/**
 * One rule per preset, and `auto` taking dark or high contrast from the
 * reader's system settings. `:where` gives them the specificity of the default
 * tokens, which they follow, so that senior mode and a page's own values win.
 */
export const themeStyles = unsafeCSS(
  Object.keys(PRESETS)
    .map((name) => `:host(:where([theme=${name}])){${declarations(name)}}`)
    .join("") +
    darkCategoryMarks(":host([theme=dark])") +
    `@media (prefers-color-scheme:dark){:host(:where([theme=auto])){${declarations("dark")}}${darkCategoryMarks(":host([theme=auto])")}}` +
    `@media (prefers-contrast:more){:host(:where([theme=auto])){${declarations("high-contrast")}}}`,
);

/**
 * A community's category colours are chosen on white (and carry white text on the chips pressed and
 * the all-day bars). On a dark surface the marks drawn in them alone, a filter chip's border and a
 * timed event's dot, are lifted to a lightness that keeps WCAG 1.4.11's 3 : 1, in their own hue.
 */
function darkCategoryMarks(host: string): string {
  const lifted = (property: string) => `oklch(from var(${property},var(--ck-color-event)) max(l,.7) c h)`;
  return `@supports (color:oklch(from red l c h)){${host} .chip:not([aria-pressed=true]){border-color:${lifted("--chip-color")}}${host} .event--timed::before{background:${lifted("--event-color")}}}`;
}

/** The web team's problem when `theme` names no theme (the default shows): the theme, and the ones there are. */
export function unknownTheme(theme: string, intl: string): readonly ["unknownTheme", string, string] | undefined {
  if ((THEMES as readonly string[]).includes(theme)) return undefined;
  return ["unknownTheme", theme, new Intl.ListFormat(intl, { type: "disjunction" }).format(THEMES)];
}
