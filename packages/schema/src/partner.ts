import * as z from "zod/mini";
import { checked, maxCodePoints } from "./checked.js";
import { HttpUrl, Instant, LineOfText, PlainDate, Slug, Text } from "./common.js";
import { EMAIL_PATTERN } from "./email-pattern.js";
import { Event } from "./event.js";
import { PARTNER_TYPES } from "./partner-types.js";

/** The kinds of co-building partner (党建联建单位) a community signs agreements with. */
export const PartnerType = z.enum(PARTNER_TYPES);
export type PartnerType = z.infer<typeof PartnerType>;

/** A point on the earth in WGS-84, as GPS gives it; maps on GCJ-02 tiles shift it for display only. */
export const WgsPoint = z.object({
  lat: checked(z.number(), z.gte(-90), z.lte(90)),
  lng: checked(z.number(), z.gte(-180), z.lte(180)),
});

/** The unit's own public contact: never a person's private number. */
export const PartnerContact = z.object({
  phone: z.optional(checked(z.string(), z.minLength(3), maxCodePoints(40))),
  email: z.optional(z.email({ pattern: EMAIL_PATTERN })),
  /** A role or office, e.g. 党委办公室 */
  office: z.optional(Text(100)),
});

const partnerFields = {
  type: PartnerType,
  address: checked(z.string(), z.trim(), z.minLength(1), maxCodePoints(500)),
  location: WgsPoint,
  contact: PartnerContact,
  description: Text(5000),
  /** What the unit offers the community (资源清单), e.g. 美术课进社区 */
  services: checked(z.array(Text(200, 1)), z.maxLength(50)),
  /** When the co-building agreement was signed. */
  partnerSince: z.optional(PlainDate),
  logoUrl: z.optional(HttpUrl),
  website: z.optional(HttpUrl),
};

/** A partner unit as the API returns it. */
export const Partner = z.object({ id: Slug, name: Text(200, 1), ...partnerFields, updatedAt: Instant });
export interface Partner extends z.infer<typeof Partner> {}

/** One partner with the events it co-organises that are still to come. */
export const PartnerDetail = z.object({ ...Partner.shape, events: z.array(Event) });
export interface PartnerDetail extends z.infer<typeof PartnerDetail> {}

/** Query of `GET …/partners`: one or more types, comma-separated. */
export const PartnerListQuery = z.object({ type: z.optional(checked(z.string(), z.regex(/^[a-z-]+(,[a-z-]+)*$/))) });

/** Body of `POST …/partners` (management). */
export const PartnerWrite = z.object({ id: Slug, name: LineOfText(200), ...partnerFields });
export type PartnerWrite = z.input<typeof PartnerWrite>;

/** Body of `PATCH …/partners/{id}` (management): any of the fields. */
export const PartnerUpdate = z.partial(z.object({ name: LineOfText(200), ...partnerFields }));
export type PartnerUpdate = z.input<typeof PartnerUpdate>;
