import * as z from "zod/mini";
import { isKnownTimeZone } from "./zoned-time.js";

/** The locales every widget and message table supports. zh-CN is the default. */
export const Locale = z.enum(["zh-CN", "zh-Hant", "en"]);
export type Locale = z.infer<typeof Locale>;

/** A URL-safe identifier: communities, events and categories are addressed by it. */
export const Slug = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9-]*$/));

/** An IANA time-zone name that this runtime's Intl knows. */
export const TimeZone = z.string().check(
  z.refine((value) => isKnownTimeZone(value), { message: "Unknown IANA time zone" }),
);

/** An instant, always with its UTC offset so that no reader has to guess the zone. */
export const Instant = z.iso.datetime({ offset: true });

/** A calendar day without a time, YYYY-MM-DD. */
export const PlainDate = z.iso.date();
