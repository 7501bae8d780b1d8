import * as z from "zod/mini";
import { checked } from "./checked.js";
import { Locale, Slug, TimeZone, WholeNumber, Text } from "./common.js";
import { OfficialDay } from "./official-days.js";

export const Category = z.object({
  id: Slug,
  name: Text(80, 1),
  /** A CSS colour the widgets use for the category's chip and events. */
  color: z.optional(checked(z.string(), z.regex(/^#[0-9a-fA-F]{6}$/))),
});
export interface Category extends z.infer<typeof Category> {}

/** Who keeps residents' registration data, and for how long: what a consent notice must say (PIPL arts. 6, 17). */
export const PrivacyPolicy = z.object({
  /** The organisation that processes the data, e.g. 太和社区居民委员会 */
  controller: Text(200, 1),
  /** A phone number or address for questions about the data */
  contact: Text(200, 1),
  /** Days after an event or a booking ends until names and phone numbers are deleted */
  retentionDays: WholeNumber(1, 3650),
});
export type PrivacyPolicy = z.infer<typeof PrivacyPolicy>;

export const Community = z.object({
  id: Slug,
  name: Text(200, 1),
  timezone: TimeZone,
  locale: Locale,
  address: Text(500),
  categories: z.array(Category),
  privacy: PrivacyPolicy,
  /**
   * The official holidays and make-up workdays staff set for whole years, from last year on. The
   * widgets prefer them to the schedules they carry (chinese-days), which stop at the last year published.
   */
  officialDays: z.optional(z.array(OfficialDay)),
  /** How residents who ask to be told are told, which the forms' consent names: the gateway's SMS or WeChat, and e-mail. None when absent. */
  notices: z.optional(z.array(z.enum(["sms", "wechat", "email"]))),
});
export interface Community extends z.infer<typeof Community> {}
