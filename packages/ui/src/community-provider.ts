import { ContextProvider } from "@lit/context";
import { LitElement, html } from "lit";
import { property } from "lit/decorators.js";
import { type CommunityConfig, communityContext } from "./community-context.js";

/**
 * Gives every Community Kit widget inside it the same API, community and
 * locale, so that they share one client and the page says it once.
 *
 * @summary Shared configuration for the widgets inside it.
 * @slot - The widgets.
 */
export class CommunityProvider extends LitElement {
  @property() api?: string;
  @property() community?: string;
  @property() locale?: string;

  readonly #config = new ContextProvider(this, { context: communityContext, initialValue: {} as CommunityConfig });

  protected override willUpdate(): void {
    this.#config.setValue({ api: this.api, community: this.community, locale: this.locale });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** Defines <community-provider> once, however often a bundle is loaded. */
export function defineCommunityProvider(): void {
  if (!customElements.get("community-provider")) customElements.define("community-provider", CommunityProvider);
}
