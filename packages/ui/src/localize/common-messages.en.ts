import type { CommonMessages } from "./common-messages.js";

export const en: CommonMessages = {
  loading: "Loading…",
  retry: "Try again",
  close: "Close",
  errorPrefix: "Error:",
  cachedNotice: "You are offline. This is a saved copy and may be out of date.",
  refreshingNotice: "Showing a saved copy while it updates…",
  networkError: "Could not reach the server. Check the connection and try again.",
  invalidResponse: "The server sent data in a form that cannot be shown.",
  serverError: "The community's server has a problem at the moment. Please try again in a few minutes.",
  unavailable: "This cannot be shown at the moment.",
  unexpectedError: "Something went wrong in this widget; the rest of the page is not affected. Please try again.",
};
