import type { BookingResult, Resource } from "@community-kit/schema";
import type { CommunityBookingClient } from "@community-kit/sdk/bookings";
import { type Localizer, SubmitFlow, type SubmitFlowHost } from "@community-kit/ui";
import type { BookingMessages } from "../locales/booking/index.js";
import type { BookingState, TimeRange } from "./booking-form-view.js";
import { type BookingField, describeBookingFailure, emptyBookingForm, validateBooking } from "./booking-request.js";

export interface BookingFlowHost extends SubmitFlowHost {
  client(): Promise<CommunityBookingClient>;
  /** Shows this day's times (an alternative may be on another day). */
  showDay(day: string): void;
  /** The time shown may have changed: load the day again. */
  refreshAvailability(): void;
  /** A booking was made: remember it, tell the page. */
  booked(resource: Pick<Resource, "id" | "name">, result: BookingResult, phone: string): void;
  /** A booking waits on the device: "my bookings" keeps it once it is sent. */
  watchOutbox(): void;
}

export interface Selection extends TimeRange {
  resourceId: string;
}

const minutesOf = (time: TimeRange) => (Date.parse(time.end) - Date.parse(time.start)) / 60_000;

/**
 * One booking, from the time chosen to the outcome: the time and its length,
 * then the shared submit (what was typed kept through every failure, one
 * Idempotency-Key per request), and the free times offered when it was taken.
 */
export class BookingFlow extends SubmitFlow<BookingState> {
  selection?: Selection;

  constructor(
    protected override readonly host: BookingFlowHost,
    private readonly t: Localizer<BookingMessages>,
  ) {
    super(host, emptyBookingForm());
  }

  /** Starts a booking at `start`, as long as before if that length is allowed there, else the shortest. */
  choose(resourceId: string, start: string, durations: number[], endOf: (minutes: number) => string | undefined): void {
    const kept = Number(this.state.form.duration);
    const minutes = durations.includes(kept) ? kept : durations[0];
    const end = minutes === undefined ? undefined : endOf(minutes);
    if (!end) return;
    this.selection = { resourceId, start, end };
    this.set({ form: { ...this.state.form, duration: String(minutes) }, errors: {}, problem: undefined, alternatives: undefined, done: undefined });
  }

  /** Leaves the booking (another room chosen); what was typed stays for the next. */
  clear(): void {
    this.selection = undefined;
    this.set({ errors: {}, problem: undefined, alternatives: undefined, done: undefined });
  }

  /** A field changed; a new length moves the end of the time chosen. */
  change(field: BookingField, value: string | boolean, endOf: (minutes: number) => string | undefined): void {
    if (field === "duration" && this.selection) {
      const end = endOf(Number(value));
      if (end) this.selection = { ...this.selection, end };
    }
    this.input(field, value);
  }

  takeAlternative(time: TimeRange): void {
    if (!this.selection) return;
    this.selection = { resourceId: this.selection.resourceId, ...time };
    this.set({ form: { ...this.state.form, duration: String(minutesOf(time)) }, alternatives: undefined, errors: {}, problem: undefined });
    this.host.showDay(time.start.slice(0, 10));
    void this.host.focusAfterRender("#booking-title");
  }

  /** After an outcome: choose another time, with the contact details still filled in. */
  again(): void {
    this.selection = undefined;
    this.set({ done: undefined });
    void this.host.focusAfterRender('.slot[tabindex="0"]');
  }

  submit(resource: Resource): Promise<void> {
    const time = this.selection;
    if (!time) return Promise.resolve();
    return this.send({
      check: (form) => validateBooking(form, resource, time, this.t),
      send: async (request, idempotencyKey) => (await this.host.client()).bookings.create(request, { idempotencyKey }),
      queued: () => this.host.watchOutbox(),
      succeeded: (result, request, later) => {
        // A booking that waited on the device is kept by "my bookings" when it goes through.
        if (!later) this.host.booked(resource, result, request.phone);
        return { result, phone: request.phone };
      },
      failed: (error) => {
        const failure = describeBookingFailure(error, resource, this.t);
        if (failure.alternatives) this.host.refreshAvailability();
        return failure;
      },
      doneFocus: "#booking-done-title",
      failureFocus: (failure) => (failure.alternatives ? ".taken" : ".error-summary"),
      clears: { alternatives: undefined },
    });
  }
}
