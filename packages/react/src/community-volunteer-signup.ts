import "@community-kit/volunteers/define";
import { CommunityVolunteerSignup as CommunityVolunteerSignupElement, type SignupCancelledDetail, type SignupCreatedDetail } from "@community-kit/volunteers";
import { type EventName, createComponent } from "@lit/react";
import * as React from "react";

/** `<community-volunteer-signup>`. */
export const CommunityVolunteerSignup = createComponent({
  tagName: "community-volunteer-signup",
  elementClass: CommunityVolunteerSignupElement,
  react: React,
  displayName: "CommunityVolunteerSignup",
  events: {
    onSignupCreated: "ck-signup-created" as EventName<CustomEvent<SignupCreatedDetail>>,
    onSignupCancelled: "ck-signup-cancelled" as EventName<CustomEvent<SignupCancelledDetail>>,
  },
});
