import * as v from "valibot";
import { isKnownTimeZone } from "./zoned-time.js";

/** The locales every widget and message table supports. zh-CN is the default. */
export const Locale = v.picklist(["zh-CN", "zh-Hant", "en"]);
export type Locale = v.InferOutput<typeof Locale>;

/** A URL-safe identifier: communities, events and categories are addressed by it. */
export const Slug = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[a-z0-9][a-z0-9-]*$/));

/** An IANA time-zone name that this runtime's Intl knows. */
export const TimeZone = v.pipe(
  v.string(),
  v.check((value) => isKnownTimeZone(value), "Unknown IANA time zone"),
);

// A real calendar day (no 30 February; 29 February only in leap years), as RFC 3339 full-date.
const DAY = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))`;

/** An instant, always with seconds and its UTC offset so that no reader has to guess the zone. */
export const Instant = v.pipe(
  v.string(),
  v.regex(new RegExp(String.raw`^${DAY}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$`), "Invalid instant: expected an ISO 8601 date-time with its offset"),
  v.metadata({ format: "date-time" }),
);

/** A calendar day without a time, YYYY-MM-DD. */
export const PlainDate = v.pipe(v.string(), v.regex(new RegExp(`^${DAY}$`), "Invalid date: expected YYYY-MM-DD"), v.metadata({ format: "date" }));

const anyUrl = v.url("Invalid URL: expected an http or https address");

/** Where a range begins or ends: a day (in the community's zone) or an instant. */
export const DayOrInstant = v.union([PlainDate, Instant], "Invalid day or instant: expected YYYY-MM-DD or an ISO 8601 date-time with its offset");

/** An absolute http or https URL: valibot's URL check, which any scheme passes, narrowed to the web's. */
export const HttpUrl = v.pipe(v.string(), { ...anyUrl, requirement: (input: string) => /^https?:\/\//i.test(input) && anyUrl.requirement(input) });

/** A whole number, optionally bounded: counts, sizes, minutes. */
export const Int = v.pipe(v.number(), v.integer());

/** A 1-based place on a waitlist. */
export const WaitlistPosition = v.pipe(Int, v.minValue(1));
