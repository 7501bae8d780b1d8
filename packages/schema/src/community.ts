import * as z from "zod/mini";
import { Locale, Slug, TimeZone } from "./common.js";

export const Category = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** A CSS colour the widgets use for the category's chip and events. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
});
export type Category = z.infer<typeof Category>;

/** Who keeps residents' registration data, and for how long: what a consent notice must say (PIPL arts. 6, 17). */
export const PrivacyPolicy = z.object({
  /** The organisation that processes the data, e.g. 太和社区居民委员会 */
  controller: z.string().check(z.minLength(1), z.maxLength(200)),
  /** A phone number or address for questions about the data */
  contact: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Days after an event or a booking ends until names and phone numbers are deleted */
  retentionDays: z.int().check(z.gte(1), z.lte(3650)),
});
export type PrivacyPolicy = z.infer<typeof PrivacyPolicy>;

export const Community = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  timezone: TimeZone,
  locale: Locale,
  address: z.string().check(z.maxLength(500)),
  categories: z.array(Category),
  privacy: PrivacyPolicy,
});
export type Community = z.infer<typeof Community>;
