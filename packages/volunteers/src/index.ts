export { CommunityVolunteerSignup } from "./community-volunteer-signup.js";
export type { SignupCancelledDetail, SignupCreatedDetail } from "./ck-events.js";
export { shiftState, shiftsByDay, type ShiftState } from "./shift-state.js";
