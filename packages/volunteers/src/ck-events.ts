import type { SignupResult } from "@community-kit/schema";

/** Detail of `ck-signup-created`: no personal data. */
export interface SignupCreatedDetail {
  signupId: string;
  shiftId: string;
  opportunityId: string;
  status: SignupResult["status"];
  position?: number;
}

/** Detail of `ck-signup-cancelled`. */
export interface SignupCancelledDetail {
  signupId: string;
  shiftId: string;
}

declare global {
  /** The volunteer sign-up's events, with their details: what `emit`, `addEventListener` and the React props are typed by. */
  interface GlobalEventHandlersEventMap {
    "ck-signup-created": CustomEvent<SignupCreatedDetail>;
    "ck-signup-cancelled": CustomEvent<SignupCancelledDetail>;
  }
}
