import type { Opportunity, SignupResult } from "@community-kit/schema";
import type { CommunityVolunteerClient } from "@community-kit/sdk/volunteers";
import { type Localizer, SubmitFlow, type SubmitFlowHost, type SubmitState } from "@community-kit/ui";
import type { VolunteerMessages } from "../locales/index.js";
import type { ShiftEntry } from "../shift-state.js";
import { type SignupFieldMessages, type SignupForm, describeSignupFailure, emptySignupForm, validateSignup } from "./signup-request.js";

export interface SignupState extends SubmitState<SignupForm, { result: SignupResult; phone: string }> {
  errors: SignupFieldMessages;
}

export interface SignupFlowHost extends SubmitFlowHost {
  client(): Promise<CommunityVolunteerClient>;
  /** "Saturday 28 November 08:30–10:30" for a shift's times, in the page's language. */
  when(start: string, end: string): string;
  /** A sign-up was made: remember it, tell the page, show the places taken. */
  signedUp(opportunity: Pick<Opportunity, "id" | "title">, result: SignupResult, phone: string): void;
  /** A sign-up waits on the device: "my shifts" keeps it once it is sent. */
  watchOutbox(): void;
}

/**
 * One sign-up, from the shift chosen to the outcome, through the shared
 * submit: what the volunteer typed is kept through every failure and for the
 * next shift, and each shift's request has its own Idempotency-Key.
 */
export class SignupFlow extends SubmitFlow<SignupState> {
  /** The shift whose form is open. */
  shiftId?: string;

  constructor(
    protected override readonly host: SignupFlowHost,
    private readonly t: Localizer<VolunteerMessages>,
  ) {
    super(host, emptySignupForm());
  }

  open(shiftId: string): void {
    this.shiftId = shiftId;
    this.set({ errors: {}, problem: undefined, done: undefined, form: { ...this.state.form, consent: false } });
    void this.host.focusAfterRender(`#signup-title`);
  }

  close(): void {
    const shiftId = this.shiftId;
    this.shiftId = undefined;
    this.set({ errors: {}, problem: undefined, done: undefined });
    if (shiftId) void this.host.focusAfterRender(`[data-shift-id="${shiftId}"] [part~="sign-up"]`);
  }

  submit(entry: ShiftEntry): Promise<void> {
    const { shift, opportunity } = entry;
    return this.send({
      check: (form) => validateSignup(form, shift, this.t),
      identity: (request) => [shift.id, request],
      send: async (request, idempotencyKey) => (await this.host.client()).shifts.signUp(shift.id, request, { idempotencyKey }),
      queued: () => this.host.watchOutbox(),
      succeeded: (result, request, later) => {
        // A sign-up that waited on the device is kept by "my shifts" when it goes through.
        if (!later) this.host.signedUp(opportunity, result, request.phone);
        return { result, phone: request.phone };
      },
      failed: (error) => describeSignupFailure(error, shift, this.t, this.host.when),
      doneFocus: "#signup-done-title",
    });
  }
}
