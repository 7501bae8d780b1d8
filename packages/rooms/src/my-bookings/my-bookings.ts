import { type Localizer, MyItems, SavedItems } from "@community-kit/ui";
import { html } from "lit";
import { whenText } from "../booking/booking-form-view.js";
import type { RoomsMessages } from "../locales/index.js";

/** What the device keeps of a booking: enough to show and cancel it, the phone masked, no name. */
export interface SavedBooking {
  /** The API and community it was made with. */
  source: string;
  bookingId: string;
  resourceId: string;
  resourceName: string;
  /** In the resource's zone with its offset, as the server answered. */
  start: string;
  end: string;
  status: "confirmed" | "pending";
  cancelToken: string;
  maskedPhone: string;
}

function isSavedBooking(item: unknown): item is SavedBooking {
  if (typeof item !== "object" || item === null) return false;
  const saved = item as Record<string, unknown>;
  const texts = ["source", "bookingId", "resourceId", "resourceName", "start", "end", "cancelToken", "maskedPhone"] as const;
  return (
    texts.every((key) => typeof saved[key] === "string") &&
    !Number.isNaN(Date.parse(saved.start as string)) &&
    !Number.isNaN(Date.parse(saved.end as string)) &&
    (saved.status === "confirmed" || saved.status === "pending")
  );
}

export interface MyBookingsHost {
  requestUpdate(): void;
  /** Cancels on the server; rejects with the SDK's error. */
  cancelOnServer(item: SavedBooking): Promise<void>;
  /** After a cancel: tell the page, show the time free. */
  cancelled(item: SavedBooking): void;
}

/** "My bookings": what the resident booked on this device and is not over yet, with cancel. */
export class MyBookings {
  readonly saved: SavedItems<SavedBooking>;
  readonly #list: MyItems<SavedBooking>;

  constructor(
    host: MyBookingsHost,
    private readonly t: Localizer<RoomsMessages>,
  ) {
    this.saved = new SavedItems<SavedBooking>(
      "bookings",
      // A booking that is over has nothing left to cancel: the device forgets it.
      { keyOf: (item) => item.bookingId, isItem: isSavedBooking, isCurrent: (item, now) => Date.parse(item.end) > now.getTime() },
      host,
    );
    this.#list = new MyItems({ id: "my-bookings", cancelPart: "cancel-booking", saved: this.saved, keyOf: (item) => item.bookingId, goneCode: "booking_not_found", ...host });
  }

  render(intl: string) {
    const { t } = this;
    return this.#list.render(
      t.messages,
      (item) =>
        html`<p class="mine__event"><strong>${item.resourceName}</strong><br />${whenText(item, intl)}</p>
          <p class="mine__status">${item.status === "confirmed" ? t.t("statusConfirmed") : t.t("statusPending")} · ${item.maskedPhone}</p>`,
      (item) => `${item.resourceName} ${whenText(item, intl)}`,
    );
  }
}
