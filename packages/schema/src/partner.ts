import * as v from "valibot";
import { object } from "./json-object.js";
import { HttpUrl, Instant, LineOfText, PlainDate, Slug } from "./common.js";
import { Event } from "./event.js";
import { PARTNER_TYPES } from "./partner-types.js";

/** The kinds of co-building partner (党建联建单位) a community signs agreements with. */
export const PartnerType = v.picklist(PARTNER_TYPES);
export type PartnerType = v.InferOutput<typeof PartnerType>;

/** A point on the earth in WGS-84, as GPS gives it; maps on GCJ-02 tiles shift it for display only. */
export const WgsPoint = object({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lng: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});

/** The unit's own public contact: never a person's private number. */
export const PartnerContact = object({
  phone: v.optional(v.pipe(v.string(), v.minLength(3), v.maxCodePoints(40))),
  email: v.optional(v.pipe(v.string(), v.email())),
  /** A role or office, e.g. 党委办公室 */
  office: v.optional(v.pipe(v.string(), v.maxCodePoints(100))),
});

const partnerFields = {
  type: PartnerType,
  address: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxCodePoints(500)),
  location: WgsPoint,
  contact: PartnerContact,
  description: v.pipe(v.string(), v.maxCodePoints(5000)),
  /** What the unit offers the community (资源清单), e.g. 美术课进社区 */
  services: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200))), v.maxLength(50)),
  /** When the co-building agreement was signed. */
  partnerSince: v.optional(PlainDate),
  logoUrl: v.optional(HttpUrl),
  website: v.optional(HttpUrl),
};

/** A partner unit as the API returns it. */
export const Partner = object({ id: Slug, name: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)), ...partnerFields, updatedAt: Instant });
export type Partner = v.InferOutput<typeof Partner>;

/** One partner with the events it co-organises that are still to come. */
export const PartnerDetail = object({ ...Partner.entries, events: v.array(Event) });
export type PartnerDetail = v.InferOutput<typeof PartnerDetail>;

/** Query of `GET …/partners`: one or more types, comma-separated. */
export const PartnerListQuery = object({ type: v.optional(v.pipe(v.string(), v.regex(/^[a-z-]+(,[a-z-]+)*$/))) });

/** Body of `POST …/partners` (management). */
export const PartnerWrite = object({ id: Slug, name: LineOfText(200), ...partnerFields });
export type PartnerWrite = v.InferInput<typeof PartnerWrite>;

/** Body of `PATCH …/partners/{id}` (management): any of the fields. */
export const PartnerUpdate = v.partial(object({ name: LineOfText(200), ...partnerFields }));
export type PartnerUpdate = v.InferInput<typeof PartnerUpdate>;
