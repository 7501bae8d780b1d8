import * as z from "zod/mini";
import { Locale, Slug, TimeZone } from "./common.js";

export const Category = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** A CSS colour the widgets use for the category's chip and events. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
});
export type Category = z.infer<typeof Category>;

export const Community = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  timezone: TimeZone,
  locale: Locale,
  address: z.string().check(z.maxLength(500)),
  categories: z.array(Category),
});
export type Community = z.infer<typeof Community>;
