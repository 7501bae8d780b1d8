import "@community-kit/volunteers/define";
import { CommunityVolunteerSignup as CommunityVolunteerSignupElement } from "@community-kit/volunteers";
import { createComponent } from "@lit/react";
import * as React from "react";
import { kitEvent } from "./kit-event.js";

/** `<community-volunteer-signup>`. */
export const CommunityVolunteerSignup = createComponent({
  tagName: "community-volunteer-signup",
  elementClass: CommunityVolunteerSignupElement,
  react: React,
  displayName: "CommunityVolunteerSignup",
  events: {
    onSignupCreated: kitEvent("ck-signup-created"),
    onSignupCancelled: kitEvent("ck-signup-cancelled"),
  },
});
