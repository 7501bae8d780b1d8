import { type BookingCheck, type BookingResult, Instant, type Resource } from "@community-kit/schema";
import { type Localizer, MyWrites } from "@community-kit/ui";
import { html } from "lit";
import * as z from "zod/mini";
import { whenText } from "../booking/booking-form-view.js";
import type { BookingMessages } from "../locales/booking/index.js";

/** What the device keeps of a booking: enough to show and cancel it, the phone masked, no name. */
export const SavedBooking = z.object({
  /** The API and community it was made with. */
  source: z.string(),
  bookingId: z.string(),
  resourceId: z.string(),
  resourceName: z.string(),
  /** In the resource's zone with its offset, as the server answered. */
  start: Instant,
  end: Instant,
  /** approved, rejected and cancelled (by the centre): decided by staff since it was made, as asked on a later visit. */
  status: z.enum(["confirmed", "pending", "approved", "rejected", "cancelled"]),
  /** With rejected or cancelled: the reason staff gave. */
  reason: z.optional(z.string()),
  cancelToken: z.string(),
  shortCode: z.optional(z.string()),
  maskedPhone: z.string(),
});
export type SavedBooking = z.infer<typeof SavedBooking>;

export interface MyBookingsHost {
  requestUpdate(): void;
  /** Whether the widget is in the page. */
  isConnected(): boolean;
  /** Cancels on the server; rejects with the SDK's error. */
  cancelOnServer(item: SavedBooking): Promise<void>;
  /** After a cancel: tell the page, show the time free. */
  cancelled(item: SavedBooking): void;
  /** The room or equipment a booking is for; undefined when it cannot be read. */
  resourceOf(id: string): Promise<Pick<Resource, "id" | "name"> | undefined>;
  /** A booking was made (also one that waited on the device): remember it, tell the page. */
  booked(resource: Pick<Resource, "id" | "name">, result: BookingResult, phone: string): void;
}

const REFUSED: Record<string, "refusedTaken" | "refusedLimit"> = { slot_unavailable: "refusedTaken", booking_limit_reached: "refusedLimit" };

/** "My bookings": what the resident booked on this device and is not over yet, with cancel. */
export class MyBookings extends MyWrites<"booking", SavedBooking> {
  #intl = "zh-CN";

  constructor(
    host: MyBookingsHost,
    private readonly t: Localizer<BookingMessages>,
  ) {
    const what = async (id: string, time?: { start: string; end: string }) => {
      const resource = await host.resourceOf(id);
      return { resource: resource ?? { id, name: id }, text: `${resource?.name ?? id}${time ? ` ${whenText(time, this.#intl)}` : ""}` };
    };
    super({
      ...host,
      store: "bookings",
      schema: SavedBooking,
      id: "my-bookings",
      cancelPart: "cancel-booking",
      keyOf: (item) => item.bookingId,
      goneCode: "booking_not_found",
      kind: "booking",
      delivered: async (write, result) => {
        const { resource, text } = await what(write.subject, result);
        host.booked(resource, result, (write.body as { phone?: string }).phone ?? "");
        return t.t("mineSentLater", text, result.status === "pending");
      },
      refused: async (write, error) => {
        const body = write.body as { start?: string; end?: string };
        const { text } = await what(write.subject, body.start && body.end ? { start: body.start, end: body.end } : undefined);
        return t.t("mineRefusedLater", text, t.t(REFUSED[error.code] ?? "refusedOther"));
      },
    });
  }

  /**
   * Asks where each booking not yet settled stands now: approved, rejected or cancelled by the centre,
   * each with the reason staff gave; one the resident cancelled elsewhere (no reason) is forgotten.
   */
  async refresh(check: (item: SavedBooking) => Promise<BookingCheck>): Promise<void> {
    for (const item of this.saved.items.filter((saved) => saved.status !== "rejected" && saved.status !== "cancelled")) {
      try {
        const now = await check(item);
        if (now.status === "cancelled" && !now.reason) await this.saved.remove(item.bookingId);
        else if (now.status === "confirmed" && item.status === "pending") await this.saved.add({ ...item, status: "approved" });
        else if (now.status === "rejected" || now.status === "cancelled")
          await this.saved.add({ ...item, status: now.status, ...(now.reason ? { reason: now.reason } : {}) });
      } catch {
        // Offline or gone: it shows as it was saved until the next visit.
      }
    }
  }

  render(intl: string) {
    const { t } = this;
    this.#intl = intl;
    return this.renderList(
      t.messages,
      (count) => t.t("mineWaiting", count),
      (item) =>
        html`<p class="mine__event"><strong>${item.resourceName}</strong><br />${whenText(item, intl)}</p>
          <p class="mine__status">${statusText(item, t)} · ${item.maskedPhone}</p>`,
      (item) => `${item.resourceName} ${whenText(item, intl)}`,
    );
  }
}

function statusText(item: SavedBooking, t: Localizer<BookingMessages>): string {
  switch (item.status) {
    case "confirmed":
      return t.t("statusConfirmed");
    case "approved":
      return t.t("statusApproved");
    case "rejected":
      return t.t("statusRejected", item.reason ?? "");
    case "cancelled":
      return t.t("statusCancelledByCentre", item.reason ?? "");
    default:
      return t.t("statusPending");
  }
}
