import * as z from "zod/mini";
import { checked, maxCodePoints } from "./checked.js";
import { Locale } from "./common.js";
import { EMAIL_PATTERN } from "./email-pattern.js";

/**
 * What a resident adds to a registration, booking or sign-up to hear of changes. All of it is
 * optional: the default is to hear nothing, and to learn from the status alone.
 */
export const noticeConsentFields = {
  /** The unticked box "tell me when this changes", ticked by the resident. */
  notify: z.optional(z.boolean()),
  /** Where to write, for a community that sends e-mail: never required. */
  // A pattern, not z.email: the format's code would load with every page's client, not only with the form.
  email: z.optional(checked(z.string(), maxCodePoints(254), z.regex(EMAIL_PATTERN, "Invalid email address"))),
  /** The language notices are written in: the one the resident asked in. */
  locale: z.optional(Locale),
};
