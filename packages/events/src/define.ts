import { CommunityEvents } from "./community-events.js";

// A page may load the bundle twice (two CMS blocks, a CDN and a copy): define once.
if (!customElements.get("community-events")) customElements.define("community-events", CommunityEvents);

declare global {
  interface HTMLElementTagNameMap {
    "community-events": CommunityEvents;
  }
}
