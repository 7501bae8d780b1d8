import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Follows the page's language, as Shoelace's localize controller does: when a
 * `lang` attribute anywhere in the page changes (a site's language switch),
 * every connected widget renders again and reads its nearest `lang` anew. One
 * observer serves the page.
 */
export class PageLanguage implements ReactiveController {
  static readonly #widgets = new Set<ReactiveControllerHost>();
  static #observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    PageLanguage.#widgets.add(this.host);
    PageLanguage.#observer ??= new MutationObserver(() => {
      for (const widget of PageLanguage.#widgets) widget.requestUpdate();
    });
    PageLanguage.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
  }

  hostDisconnected(): void {
    PageLanguage.#widgets.delete(this.host);
  }
}
