import type { BookingResult, Resource } from "@community-kit/schema";
import { newIdempotencyKey } from "@community-kit/sdk";
import type { CommunityBookingClient } from "@community-kit/sdk/bookings";
import { type Localizer, sendOrWait } from "@community-kit/ui";
import type { RoomsMessages } from "../locales/index.js";
import type { BookingState, TimeRange } from "./booking-form-view.js";
import { type BookingField, type BookingForm, describeBookingFailure, emptyBookingForm, validateBooking } from "./booking-request.js";

export interface BookingFlowHost {
  requestUpdate(): void;
  /** Focuses what matches `selector` once the widget has rendered. */
  focusAfterRender(selector: string): Promise<void>;
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
 * One booking, from the time chosen to the outcome: what the resident typed
 * (kept through every failure), the check against the API's schema, the
 * request with one Idempotency-Key per attempt, and what the server said.
 */
export class BookingFlow {
  selection?: Selection;
  state: BookingState = { form: emptyBookingForm(), errors: {}, submitting: false };
  /** Resending what was sent replays the first answer, never books twice. */
  #idempotency?: { key: string; request: string };

  constructor(
    private readonly host: BookingFlowHost,
    private readonly t: Localizer<RoomsMessages>,
  ) {}

  #set(state: Partial<BookingState>): void {
    this.state = { ...this.state, ...state };
    this.host.requestUpdate();
  }

  /** Starts a booking at `start`, as long as before if that length is allowed there, else the shortest. */
  choose(resourceId: string, start: string, durations: number[], endOf: (minutes: number) => string | undefined): void {
    const kept = Number(this.state.form.duration);
    const minutes = durations.includes(kept) ? kept : durations[0];
    const end = minutes === undefined ? undefined : endOf(minutes);
    if (!end) return;
    this.selection = { resourceId, start, end };
    this.#set({ form: { ...this.state.form, duration: String(minutes) }, errors: {}, problem: undefined, alternatives: undefined, done: undefined });
  }

  /** Leaves the booking (another room chosen); what was typed stays for the next. */
  clear(): void {
    this.selection = undefined;
    this.#set({ errors: {}, problem: undefined, alternatives: undefined, done: undefined });
  }

  input(field: BookingField, value: string | boolean, endOf: (minutes: number) => string | undefined): void {
    if (field === "duration" && this.selection) {
      const end = endOf(Number(value));
      if (end) this.selection = { ...this.selection, end };
    }
    this.#set({ form: { ...this.state.form, [field]: value } as BookingForm });
  }

  takeAlternative(time: TimeRange): void {
    if (!this.selection) return;
    this.selection = { resourceId: this.selection.resourceId, ...time };
    this.#set({ form: { ...this.state.form, duration: String(minutesOf(time)) }, alternatives: undefined, errors: {}, problem: undefined });
    this.host.showDay(time.start.slice(0, 10));
    void this.host.focusAfterRender("#booking-title");
  }

  /** After an outcome: choose another time, with the contact details still filled in. */
  again(): void {
    this.selection = undefined;
    this.#set({ done: undefined });
    void this.host.focusAfterRender('.slot[tabindex="0"]');
  }

  async submit(resource: Resource): Promise<void> {
    const time = this.selection;
    if (!time || this.state.submitting) return;
    const { errors, request } = validateBooking(this.state.form, resource, time, this.t);
    if (!request) {
      this.#set({ errors, problem: undefined, alternatives: undefined });
      return this.host.focusAfterRender(".error-summary");
    }
    const sent = JSON.stringify(request);
    if (this.#idempotency?.request !== sent) this.#idempotency = { key: newIdempotencyKey(), request: sent };
    this.#set({ errors: {}, problem: undefined, alternatives: undefined, submitting: true });
    try {
      const client = await this.host.client();
      const key = this.#idempotency.key;
      const { result, later } = await sendOrWait(
        () => client.bookings.create(request, { idempotencyKey: key }),
        () => {
          this.#set({ submitting: false, queued: true });
          this.host.watchOutbox();
        },
      );
      this.#set({ submitting: false, queued: false, done: { result, phone: request.phone } });
      // A booking that waited on the device is kept by "my bookings" when it goes through.
      if (!later) this.host.booked(resource, result, request.phone);
      void this.host.focusAfterRender("#booking-done-title");
    } catch (error) {
      const failure = describeBookingFailure(error, resource, this.t);
      this.#set({ submitting: false, queued: false, ...failure });
      if (failure.alternatives) {
        this.host.refreshAvailability();
        void this.host.focusAfterRender(".taken");
      } else void this.host.focusAfterRender(".error-summary");
    }
  }
}
