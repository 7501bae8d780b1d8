import * as z from "zod/mini";
import { checked, maxCodePoints } from "./checked.js";
import { BIDI_CONTROL, CONTROL, INVISIBLE } from "./text-characters.js";
import { isWithinYears } from "./years.js";
import { isKnownTimeZone } from "./zoned-time.js";

/** The locales every widget and message table supports. zh-CN is the default. */
export const Locale = z.enum(["zh-CN", "zh-Hant", "en"]);
export type Locale = z.infer<typeof Locale>;

/** Text of at most `max` characters, and at least `min` (UTF-16 units, which agree for 0 and 1). */
export const Text = /* @__NO_SIDE_EFFECTS__ */ (max: number, min = 0) =>
  min ? checked(z.string(), z.minLength(min), maxCodePoints(max)) : checked(z.string(), maxCodePoints(max));

/** A URL-safe identifier: communities, events and categories are addressed by it. */
export const Slug = checked(z.string(), z.minLength(1), maxCodePoints(64), z.regex(/^[a-z0-9][a-z0-9-]*$/));

/** An IANA time-zone name that this runtime's Intl knows. */
export const TimeZone = checked(
  z.string(),
  z.refine((value) => isKnownTimeZone(value), "Unknown IANA time zone"),
);

// A real calendar day (no 30 February; 29 February only in leap years) of the years 0001 to 9999, as RFC 3339 full-date.
const DAY = String.raw`(?!0000)(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))`;

/** An instant, always with seconds and its UTC offset so that no reader has to guess the zone. */
export const Instant = checked(
  z.string(),
  z.regex(
    new RegExp(String.raw`^${DAY}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$`),
    "Invalid instant: expected an ISO 8601 date-time with its offset",
  ),
  // Only of what reads as an instant: anything else has its own message above.
  z.refine((value) => {
    const at = new Date(value);
    return Number.isNaN(at.getTime()) || isWithinYears(at);
  }, "Invalid instant: outside the years 0001–9999 in some time zone"),
);

/** A calendar day without a time, YYYY-MM-DD. */
export const PlainDate = checked(z.string(), z.regex(new RegExp(`^${DAY}$`), "Invalid date: expected YYYY-MM-DD"));

/** Where a range begins or ends: a day (in the community's zone) or an instant. */
export const DayOrInstant = z.union([PlainDate, Instant], "Invalid day or instant: expected YYYY-MM-DD or an ISO 8601 date-time with its offset");

/** An absolute http or https URL. */
export const HttpUrl = z.url({ protocol: /^https?$/, error: "Invalid URL: expected an http or https address" });

/**
 * The largest whole number the API takes or gives: PostgreSQL's `integer`,
 * which SQLite holds too, so that both engines keep what the API accepted.
 */
export const MAX_INT = 2_147_483_647;

/** A whole number from `min` to `max`: every integer of the API has its range, the same on both engines. */
export const WholeNumber = /* @__NO_SIDE_EFFECTS__ */ (min = 0, max = MAX_INT) => checked(z.int(), z.gte(min), z.lte(max));

/** A count, size or position: a whole number from 0 to MAX_INT. */
export const Int = WholeNumber();

/** A whole number as a query parameter: decimal digits only (not `0x10`, not ` 5`), or a number given by the SDK. */
export const QueryWholeNumber = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) =>
  z.pipe(
    z.pipe(z.union([checked(z.string(), z.regex(/^\d{1,10}$/, "Invalid number: expected decimal digits")), z.number()]), z.transform(Number)),
    WholeNumber(min, max),
  );

const CONTROL_OR_BIDI_CHARACTER = new RegExp(`[${CONTROL}${BIDI_CONTROL}]`);
const NOTHING_VISIBLE = new RegExp(`^[\\s${INVISIBLE}]*$`);

/**
 * One line of text a person reads as a name or title: trimmed, at least one
 * visible character, no control or bidi-override characters, at most `max`
 * characters (code points, as JSON Schema counts them).
 */
export const LineOfText = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  checked(
    z.string(),
    z.trim(),
    z.minLength(1),
    maxCodePoints(max),
    z.refine((value) => !CONTROL_OR_BIDI_CHARACTER.test(value), "Invalid text: no line breaks, control or bidi override characters"),
    // An empty one is too_small above.
    z.refine((value) => value === "" || !NOTHING_VISIBLE.test(value), "Invalid text: nothing visible"),
  );

/** A 1-based place on a waitlist. */
export const WaitlistPosition = WholeNumber(1);

/** An answer with a place: it has no position on a waitlist. */
export interface Confirmed {
  status: "confirmed";
  /** Never: only a waitlisted answer has a place in the queue. */
  position?: undefined;
}

/** An answer waiting for a place, and which in the queue. */
export interface Waitlisted {
  status: "waitlisted";
  /** 1-based place on the waitlist */
  position: number;
}

/**
 * An answer told apart by `status` (a registration's, a sign-up's), checked as one object: a
 * `position` with `waitlisted` and only then. Typed as the union `Answer` it stands for.
 */
export function withPositionWhenWaitlisted<Answer extends { status: string }>(
  schema: z.ZodMiniObject<{ status: z.ZodMiniType<string>; position: z.ZodMiniOptional<typeof WaitlistPosition> }>,
): z.ZodMiniType<Answer> {
  const checkedSchema = checked(
    schema,
    z.refine((answer) => (answer.status === "waitlisted") === (answer.position !== undefined)),
  );
  return checkedSchema as unknown as z.ZodMiniType<Answer>;
}
