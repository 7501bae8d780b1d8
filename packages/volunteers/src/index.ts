export { CommunityVolunteerSignup, type SignupCancelledDetail, type SignupCreatedDetail } from "./community-volunteer-signup.js";
export { shiftState, shiftsByDay, type ShiftState } from "./shift-state.js";
