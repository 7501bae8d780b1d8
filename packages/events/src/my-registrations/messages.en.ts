import type { MyRegistrationsMessages } from "./messages.js";

export const en: MyRegistrationsMessages = {
  mineButton: (count: number) => `My sign-ups (${count})`,
  mineHeading: "My sign-ups",
  mineNote: "Kept on this device only.",
  mineEmpty: "No sign-ups on this device.",
  statusConfirmed: (people: number) => (people === 1 ? "Signed up" : `Signed up, ${people} people`),
  statusWaitlisted: (position: number) => `Waiting list, number ${position}`,
  statusPromoted: "Moved up from the waiting list: signed up",
  eventCancelled: "This event has been called off",
  mineCancel: "Cancel sign-up",
  mineConfirm: "Cancel this sign-up? The place goes to someone else.",
  mineConfirmYes: "Yes, cancel",
  mineKeep: "Keep it",
  mineCancelled: (title: string) => `Your sign-up for “${title}” is cancelled.`,
  mineCancelFailed: "That did not work. Check the connection and try again.",
  mineCode: "Cancel code",
  mineSeparator: ": ",
};
