import type { RegistrationMessages } from "./zh-CN.js";

export const en: RegistrationMessages = {
  registerHeading: "Sign up",
  placesLeft: (remaining: number) => (remaining > 0 ? `${remaining} places left` : "Full: you can join the waiting list"),
  fieldName: "Name",
  fieldPhone: "Mobile number",
  fieldPhoneHint: "For news about the event and to cancel, for example +44 7700 900123",
  fieldPartySize: "Number of people (including you)",
  consentLabel: "I have read and agree to the above",
  consentNotice: (controller: string, days: number, contact: string) =>
    `${controller} collects your name, mobile number and the number of people only to run this event's sign-up, reminders and check-in, and shares them with nobody. They are deleted ${days} days after the event. Questions: ${contact}.`,
  submit: "Sign up",
  submitting: "Sending…",
  errorSummaryTitle: "There is a problem",
  errorName: "Enter your name",
  errorNameLong: "Your name must be 50 characters or fewer",
  errorPhone: "Enter a mobile number, like +44 7700 900123",
  errorPartySize: (max: number) => `Enter a number of people from 1 to ${max}`,
  errorConsent: "Tick the box to agree before you sign up",
  errorDuplicate: "This number is already signed up for this event",
  errorClosed: "This event is not taking sign-ups now.",
  errorPast: "This event is over.",
  confirmedTitle: "You're signed up",
  waitlistedTitle: "You're on the waiting list",
  confirmedText: (people: number) => (people === 1 ? "We have kept a place for you." : `We have kept ${people} places for you.`),
  waitlistedText: (position: number) => `The event is full; you are number ${position} on the waiting list. Places that free up go to the list in order.`,
  codeNote: 'To cancel, give this code with the mobile number you registered with. "My sign-ups" on this device keeps it too.',
};
