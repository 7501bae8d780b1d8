import type { NoticesMessages } from "./notices.zh-CN.js";

export const noticesEn: NoticesMessages = {
  heading: "Notices to residents",
  intro:
    "Residents who choose to be told hear of decisions, changes and reminders for their registrations, bookings and shifts through the community's SMS or WeChat gateway, or by email. A notice that did not get through can be sent again.",
  loading: "Loading…",
  forbidden: "Your account may not do this.",
  empty: "No notices have been sent to residents yet.",
  status: "Status",
  statusAll: "All",
  statusPending: "Waiting to go",
  statusDelivered: "Delivered",
  statusFailed: "Failed",
  when: "When",
  to: "To",
  cause: "Why",
  text: "Message",
  causeName: (cause) =>
    (
      ({
        confirmed: "Confirmed",
        promoted: "Off the waiting list",
        approved: "Booking approved",
        rejected: "Booking not approved",
        cancelled: "Called off by the centre",
        "reminder-day": "Reminder the day before",
        "reminder-hours": "Reminder before it starts",
      }) as Record<string, string>
    )[cause] ?? cause,
  channelName: (channel) => (channel === "email" ? "Email" : "SMS or WeChat gateway"),
  tries: (attempts) => `${attempts} ${attempts === 1 ? "try" : "tries"}`,
  lastError: (error) => `Last: ${error}`,
  resend: "Send again",
  resendFor: (to) => `Send the notice to ${to} again`,
  resent: (to) => `The notice to ${to} will be sent again.`,
};
