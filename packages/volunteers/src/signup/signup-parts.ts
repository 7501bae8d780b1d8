import { type Localizer, prepareOutbox } from "@community-kit/ui";
import type { VolunteerMessages } from "../locales/index.js";
import { MyShifts, type MyShiftsHost } from "../my-shifts/my-shifts.js";
import { SignupFlow, type SignupFlowHost } from "./signup-flow.js";

export { signupForm } from "./signup-form-view.js";
export type { SavedShift } from "../my-shifts/my-shifts.js";

/**
 * What signs up and remembers sign-ups: the form's checks (the API's zod
 * schemas) and the list kept on the device (IndexedDB). Loaded beside the
 * volunteer client, so that the shifts need neither to show.
 */
export function signupParts(host: SignupFlowHost & MyShiftsHost, t: Localizer<VolunteerMessages>) {
  // While the connection is there: a sign-up sent after it dropped can then wait on the device.
  prepareOutbox();
  return { flow: new SignupFlow(host, t), mine: new MyShifts(host, t) };
}
