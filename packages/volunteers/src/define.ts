import { CommunityVolunteerSignup } from "./community-volunteer-signup.js";

// A page may load the bundle twice (two CMS blocks, a CDN and a copy): define once.
if (!customElements.get("community-volunteer-signup")) customElements.define("community-volunteer-signup", CommunityVolunteerSignup);

declare global {
  interface HTMLElementTagNameMap {
    "community-volunteer-signup": CommunityVolunteerSignup;
  }
}
