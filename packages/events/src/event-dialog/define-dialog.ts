import { CommunityEventsDialog } from "./community-events-dialog.js";

// Loaded on the first opened event; a second copy of the bundle finds it defined.
if (!customElements.get("community-events-dialog")) customElements.define("community-events-dialog", CommunityEventsDialog);

declare global {
  interface HTMLElementTagNameMap {
    "community-events-dialog": CommunityEventsDialog;
  }
}
