import * as z from "zod/mini";
import { Instant, PlainDate, Slug } from "./common.js";
import { Event } from "./event.js";
import { PARTNER_TYPES } from "./partner-types.js";

/** The kinds of co-building partner (党建联建单位) a community signs agreements with. */
export const PartnerType = z.enum(PARTNER_TYPES);
export type PartnerType = z.infer<typeof PartnerType>;

/** A point on the earth in WGS-84, as GPS gives it; maps on GCJ-02 tiles shift it for display only. */
export const WgsPoint = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});

/** The unit's own public contact: never a person's private number. */
export const PartnerContact = z.object({
  phone: z.optional(z.string().check(z.minLength(3), z.maxLength(40))),
  email: z.optional(z.email()),
  /** A role or office, e.g. 党委办公室 */
  office: z.optional(z.string().check(z.maxLength(100))),
});

const partnerFields = {
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  type: PartnerType,
  address: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  location: WgsPoint,
  contact: PartnerContact,
  description: z.string().check(z.maxLength(5000)),
  /** What the unit offers the community (资源清单), e.g. 美术课进社区 */
  services: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(50)),
  /** When the co-building agreement was signed. */
  partnerSince: z.optional(PlainDate),
  logoUrl: z.optional(z.url({ protocol: /^https?$/ })),
  website: z.optional(z.url({ protocol: /^https?$/ })),
};

/** A partner unit as the API returns it. */
export const Partner = z.object({ id: Slug, ...partnerFields, updatedAt: Instant });
export type Partner = z.infer<typeof Partner>;

/** One partner with the events it co-organises that are still to come. */
export const PartnerDetail = z.object({ ...Partner.shape, events: z.array(Event) });
export type PartnerDetail = z.infer<typeof PartnerDetail>;

/** Query of `GET …/partners`: one or more types, comma-separated. */
export const PartnerListQuery = z.object({ type: z.optional(z.string().check(z.regex(/^[a-z-]+(,[a-z-]+)*$/))) });

/** Body of `POST …/partners` (management). */
export const PartnerWrite = z.object({ id: Slug, ...partnerFields });
export type PartnerWrite = z.input<typeof PartnerWrite>;

/** Body of `PATCH …/partners/{id}` (management): any of the fields. */
export const PartnerUpdate = z.partial(z.object(partnerFields));
export type PartnerUpdate = z.input<typeof PartnerUpdate>;
