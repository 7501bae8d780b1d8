import { CommunityPartnerMap } from "./community-partner-map.js";

// A page may load the bundle twice (two CMS blocks, a CDN and a copy): define once.
if (!customElements.get("community-partner-map")) customElements.define("community-partner-map", CommunityPartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    "community-partner-map": CommunityPartnerMap;
  }
}
