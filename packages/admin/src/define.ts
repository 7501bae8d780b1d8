import { CommunityAdmin } from "./community-admin.js";

// The console's page may be opened in two tabs and a script may load twice: define once.
if (!customElements.get("community-admin")) customElements.define("community-admin", CommunityAdmin);

declare global {
  interface HTMLElementTagNameMap {
    "community-admin": CommunityAdmin;
  }
}
