// The auto-loader, /embed/community-kit.js: one <script type="module"> for any
// page. It finds the kit's tags on the page, now and whenever more are added,
// and imports only the bundles of the widgets that are there, from beside
// itself. Loading it twice, or two versions of it, is harmless: a bundle
// defines its element only if no other has.

import { HELD_HEIGHT, HELD_MONTH_HEIGHT } from "@community-kit/ui/held-height";

/** Each widget's tag, and its bundle beside this file. */
export const WIDGET_BUNDLES: Readonly<Record<string, string>> = {
  "community-events": "community-events.js",
  "community-room-booking": "community-room-booking.js",
  "community-volunteer-signup": "community-volunteer-signup.js",
  "community-partner-map": "community-partner-map.js",
};

const base = new URL(".", import.meta.url);
const requested = new Set<string>();
const tags = Object.keys(WIDGET_BUNDLES);

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(/* @vite-ignore */ new URL(WIDGET_BUNDLES[tag]!, base).href).catch((error: unknown) => {
    // A bundle that could not load (offline, blocked) may be asked for again by the next tag added.
    requested.delete(tag);
    console.error(`[community-kit] could not load <${tag}>`, error);
  });
}

/** Loads the bundle of every widget tag in `root` or at it. */
function scan(root: Element | Document): void {
  for (const tag of tags) {
    if (requested.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
}

// Until its bundle has come, each widget holds its place, as its loading state will. An adopted
// sheet: no inline style for a Content Security Policy to refuse.
const holding = new CSSStyleSheet();
holding.replaceSync(
  `${tags.map((tag) => `${tag}:not(:defined)`).join()}{display:block;min-height:${HELD_HEIGHT}}` +
    `@media(min-width:480px){community-events:not(:defined){min-height:${HELD_MONTH_HEIGHT}}}`,
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, holding];

scan(document);
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  // Every widget asked for: nothing left to watch for.
  if (tags.every((tag) => requested.has(tag) || customElements.get(tag))) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
