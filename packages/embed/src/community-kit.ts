// The auto-loader, /embed/community-kit.js: one <script type="module"> for any
// page. It finds the kit's tags on the page, now and whenever more are added,
// and imports only the bundles of the widgets that are there, from beside
// itself, each as its first tag comes within a screen of the viewport. A page
// with two kinds of widget or more gets them from the shared build (shared/),
// where they share one Lit and runtime; a page with one, that widget's own
// bundle, which is smaller alone. Loading it twice, or two versions of it, is
// harmless: a bundle defines its element only if no other has.

import { HELD_CATALOGUE_HEIGHT, HELD_HEIGHT, HELD_MONTH_HEIGHT } from "@community-kit/ui/held-height";
import { whenNearViewport } from "@community-kit/ui/near-viewport";

/** Each widget's tag, and its bundle beside this file (and in shared/). */
export const WIDGET_BUNDLES: Readonly<Record<string, string>> = {
  "community-events": "community-events.js",
  "community-room-booking": "community-room-booking.js",
  "community-volunteer-signup": "community-volunteer-signup.js",
  "community-partner-map": "community-partner-map.js",
};

/**
 * By build folder ("" or "shared/") and tag: the chunks a widget's bundle imports, and those of its API client
 * beyond them. Written in by the build (vite.config.ts), absent in tests.
 */
declare const __BUNDLE_IMPORTS__: Readonly<Record<string, Readonly<Record<string, readonly [readonly string[], readonly string[]]>>>> | undefined;
const bundleImports = typeof __BUNDLE_IMPORTS__ === "undefined" ? {} : __BUNDLE_IMPORTS__;

const base = new URL(".", import.meta.url);
const requested = new Set<string>();
const tags = Object.keys(WIDGET_BUNDLES);

/** Once one widget came from the shared build, the rest do too, to share its Lit. */
let shared = false;

const preloaded = new Set<string>();
/** Asks for a module now, for the import that will want it. */
function preload(href: string): void {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = href;
  document.head.append(link);
}

function load(element: Element): void {
  const tag = element.localName;
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  shared ||= tags.filter((other) => document.querySelector(other)).length > 1;
  const folder = shared ? "shared/" : "";
  // The bundle's imports, and for a widget on the API its client's, are asked for with the bundle: the browser
  // would learn of each level only once the one above had come, a round trip each on a slow link.
  const [imports = [], client = []] = bundleImports[folder]?.[tag] ?? [];
  for (const file of element.closest("[api]") ? [...imports, ...client] : imports) preload(new URL(folder + file, base).href);
  import(/* @vite-ignore */ new URL(folder + WIDGET_BUNDLES[tag], base).href).catch((error: unknown) => {
    // A bundle that could not load (offline, blocked) may be asked for again by the next tag added.
    requested.delete(tag);
    console.error(`[community-kit] could not load <${tag}>`, error);
  });
}

// A widget far down the page (a map five screens below) costs nothing until a resident nears it.
const nearing = whenNearViewport(load);

/** Watches every widget tag in `root` or at it, to load its bundle as it nears the viewport. */
function scan(root: Element | Document): void {
  for (const tag of tags) {
    if (requested.has(tag)) continue;
    if (root instanceof Element && root.localName === tag) nearing.observe(root);
    for (const element of root.querySelectorAll(tag)) nearing.observe(element);
  }
}

// Until its bundle has come, each widget holds its place, as its loading state will. An adopted
// sheet: no inline style for a Content Security Policy to refuse.
const holding = new CSSStyleSheet();
holding.replaceSync(
  `${tags.map((tag) => `${tag}:not(:defined)`).join()}{display:block;min-height:${HELD_HEIGHT}}` +
    `@media(min-width:480px){community-events:not(:defined){min-height:${HELD_MONTH_HEIGHT}}` +
    `community-room-booking:not(:defined){min-height:${HELD_CATALOGUE_HEIGHT}}}`,
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, holding];

scan(document);
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  // Every widget asked for: nothing left to watch for.
  if (tags.every((tag) => requested.has(tag) || customElements.get(tag))) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
