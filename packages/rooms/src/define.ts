import { CommunityRoomBooking } from "./community-room-booking.js";

// A page may load the bundle twice (two CMS blocks, a CDN and a copy): define once.
if (!customElements.get("community-room-booking")) customElements.define("community-room-booking", CommunityRoomBooking);

declare global {
  interface HTMLElementTagNameMap {
    "community-room-booking": CommunityRoomBooking;
  }
}
