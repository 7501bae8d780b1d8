import * as v from "valibot";
import { object } from "./json-object.js";
import { Locale, Slug, TimeZone, WholeNumber } from "./common.js";

export const Category = object({
  id: Slug,
  name: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(80)),
  /** A CSS colour the widgets use for the category's chip and events. */
  color: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/))),
});
export type Category = v.InferOutput<typeof Category>;

/** Who keeps residents' registration data, and for how long: what a consent notice must say (PIPL arts. 6, 17). */
export const PrivacyPolicy = object({
  /** The organisation that processes the data, e.g. 太和社区居民委员会 */
  controller: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)),
  /** A phone number or address for questions about the data */
  contact: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)),
  /** Days after an event or a booking ends until names and phone numbers are deleted */
  retentionDays: WholeNumber(1, 3650),
});
export type PrivacyPolicy = v.InferOutput<typeof PrivacyPolicy>;

export const Community = object({
  id: Slug,
  name: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)),
  timezone: TimeZone,
  locale: Locale,
  address: v.pipe(v.string(), v.maxCodePoints(500)),
  categories: v.array(Category),
  privacy: PrivacyPolicy,
});
export type Community = v.InferOutput<typeof Community>;
