import * as v from "valibot";
import { Int, Locale, Slug, TimeZone } from "./common.js";

export const Category = v.object({
  id: Slug,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  /** A CSS colour the widgets use for the category's chip and events. */
  color: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/))),
});
export type Category = v.InferOutput<typeof Category>;

/** Who keeps residents' registration data, and for how long: what a consent notice must say (PIPL arts. 6, 17). */
export const PrivacyPolicy = v.object({
  /** The organisation that processes the data, e.g. 太和社区居民委员会 */
  controller: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** A phone number or address for questions about the data */
  contact: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** Days after an event or a booking ends until names and phone numbers are deleted */
  retentionDays: v.pipe(Int, v.minValue(1), v.maxValue(3650)),
});
export type PrivacyPolicy = v.InferOutput<typeof PrivacyPolicy>;

export const Community = v.object({
  id: Slug,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  timezone: TimeZone,
  locale: Locale,
  address: v.pipe(v.string(), v.maxLength(500)),
  categories: v.array(Category),
  privacy: PrivacyPolicy,
});
export type Community = v.InferOutput<typeof Community>;
