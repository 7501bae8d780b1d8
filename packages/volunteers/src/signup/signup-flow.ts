import type { Opportunity, SignupResult } from "@community-kit/schema";
import { newIdempotencyKey } from "@community-kit/sdk";
import type { CommunityVolunteerClient } from "@community-kit/sdk/volunteers";
import { type Localizer, sendOrWait } from "@community-kit/ui";
import type { VolunteerMessages } from "../locales/index.js";
import type { ShiftEntry } from "../shift-state.js";
import { type SignupField, type SignupFieldMessages, type SignupForm, describeSignupFailure, emptySignupForm, validateSignup } from "./signup-request.js";

export interface SignupState {
  form: SignupForm;
  errors: SignupFieldMessages;
  /** A problem with the whole submission (offline, started), shown in the summary. */
  problem?: string;
  submitting: boolean;
  /** Kept on this device by the SDK until it can be sent; the answer replaces it. */
  queued?: boolean;
  done?: { result: SignupResult; phone: string };
}

export interface SignupFlowHost {
  requestUpdate(): void;
  focusAfterRender(selector: string): Promise<void>;
  client(): Promise<CommunityVolunteerClient>;
  /** "Saturday 28 November 08:30–10:30" for a shift's times, in the page's language. */
  when(start: string, end: string): string;
  /** A sign-up was made: remember it, tell the page, show the places taken. */
  signedUp(opportunity: Pick<Opportunity, "id" | "title">, result: SignupResult, phone: string): void;
  /** A sign-up waits on the device: "my shifts" keeps it once it is sent. */
  watchOutbox(): void;
}

/**
 * One sign-up, from the shift chosen to the outcome: what the volunteer typed
 * (kept through every failure and for the next shift), the check against the
 * API's schema, one Idempotency-Key per attempt, and what the server said.
 */
export class SignupFlow {
  /** The shift whose form is open. */
  shiftId?: string;
  state: SignupState = { form: emptySignupForm(), errors: {}, submitting: false };
  #idempotency?: { key: string; request: string };

  constructor(
    private readonly host: SignupFlowHost,
    private readonly t: Localizer<VolunteerMessages>,
  ) {}

  #set(state: Partial<SignupState>): void {
    this.state = { ...this.state, ...state };
    this.host.requestUpdate();
  }

  open(shiftId: string): void {
    this.shiftId = shiftId;
    this.#set({ errors: {}, problem: undefined, done: undefined, form: { ...this.state.form, consent: false } });
    void this.host.focusAfterRender(`#signup-title`);
  }

  close(): void {
    const shiftId = this.shiftId;
    this.shiftId = undefined;
    this.#set({ errors: {}, problem: undefined, done: undefined });
    if (shiftId) void this.host.focusAfterRender(`[data-shift-id="${shiftId}"] [part~="sign-up"]`);
  }

  input(field: SignupField, value: string | boolean | string[]): void {
    this.#set({ form: { ...this.state.form, [field]: value } as SignupForm });
  }

  async submit(entry: ShiftEntry): Promise<void> {
    if (this.state.submitting) return;
    const { errors, request } = validateSignup(this.state.form, entry.shift, this.t);
    if (!request) {
      this.#set({ errors, problem: undefined });
      return this.host.focusAfterRender(".error-summary");
    }
    const sent = JSON.stringify([entry.shift.id, request]);
    if (this.#idempotency?.request !== sent) this.#idempotency = { key: newIdempotencyKey(), request: sent };
    this.#set({ errors: {}, problem: undefined, submitting: true });
    try {
      const client = await this.host.client();
      const key = this.#idempotency.key;
      const { result, later } = await sendOrWait(
        () => client.shifts.signUp(entry.shift.id, request, { idempotencyKey: key }),
        () => {
          this.#set({ submitting: false, queued: true });
          this.host.watchOutbox();
        },
      );
      this.#set({ submitting: false, queued: false, done: { result, phone: request.phone } });
      // A sign-up that waited on the device is kept by "my shifts" when it goes through.
      if (!later) this.host.signedUp(entry.opportunity, result, request.phone);
      void this.host.focusAfterRender("#signup-done-title");
    } catch (error) {
      this.#set({ submitting: false, queued: false, ...describeSignupFailure(error, entry.shift, this.t, this.host.when) });
      void this.host.focusAfterRender(".error-summary");
    }
  }
}
