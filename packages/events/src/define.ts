import { defineCommunityProvider } from "@community-kit/ui";
import { CommunityEvents } from "./community-events.js";

// A page may load the bundle twice (two CMS blocks, a CDN and a copy): define once.
if (!customElements.get("community-events")) customElements.define("community-events", CommunityEvents);
defineCommunityProvider();

declare global {
  interface HTMLElementTagNameMap {
    "community-events": CommunityEvents;
  }
}
