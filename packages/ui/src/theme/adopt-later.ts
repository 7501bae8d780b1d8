import { type CSSResult, adoptStyles } from "lit";

/**
 * Adds styles that arrive after the widget has rendered (a preset theme, a part
 * loaded when first shown) to its shadow root, after the styles already there.
 */
export function adoptLater(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  // Without constructable stylesheets Lit's fallback appends a <style> instead.
  if (!sheet) {
    adoptStyles(root, [styles]);
    return;
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Takes back styles adopted by adoptLater (a fallback <style> stays: the browsers that need it are rare and old). */
export function unadopt(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
}
