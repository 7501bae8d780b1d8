import { BIDI_CONTROL, CONTROL, INVISIBLE, Instant, PARTNER_TYPES, PartnerListQuery, PlainDate } from "@community-kit/schema";
import type * as z from "zod/mini";
import { componentNameOf } from "./components.js";

export type JsonSchema = Record<string, unknown>;

// A character a name or title may hold, and one of those that shows.
const NO_CONTROL = `[^${CONTROL}${BIDI_CONTROL}]`;
const VISIBLE = `[^\\s${CONTROL}${BIDI_CONTROL}${INVISIBLE}]`;

/**
 * What our own checks (a phone number, a known time zone, one visible line) mean in JSON Schema,
 * found by their messages and written here rather than in the schemas, so that no browser bundle
 * carries it. The document may be stricter than the server, never looser: what it allows, the
 * server takes.
 */
const CHECK_OVERRIDES: Array<[message: string, extra: JsonSchema]> = [
  // The canonical forms; spaces, dashes, brackets and +86 before a mainland mobile are taken too.
  [
    "Not a mainland mobile or E.164 number",
    {
      pattern: "^(1[3-9][0-9]{9}|\\+[1-9][0-9]{6,14})$",
      description: "A mainland mobile (13800138000) or an E.164 number (+442079460958); spaces, dashes and +86 are taken too",
    },
  ],
  ["Unknown IANA time zone", { $ref: "#/components/schemas/TimeZone" }],
  ["Invalid text: nothing visible", { pattern: `^${NO_CONTROL}*${VISIBLE}${NO_CONTROL}*$` }],
];

const partnerType = `(${PARTNER_TYPES.join("|")})`;

/** What some schemas mean beyond their checks, said here so that no browser bundle carries zod's metadata registry. */
const EXTRAS = new Map<z.core.$ZodType, JsonSchema>([
  [Instant, { format: "date-time" }],
  [PlainDate, { format: "date" }],
  [PartnerListQuery.shape.type.def.innerType, { pattern: `^${partnerType}(,${partnerType})*$`, description: "One or more types, comma-separated" }],
]);

/** The message a check reports, which is how our own checks are known. */
const messageOf = (check: z.core.$ZodCheck) => (check._zod.def.error as (() => unknown) | undefined)?.();

/**
 * How z.toJSONSchema writes our schemas into the document: what a request
 * sends ("input") or what an answer holds ("output"), with the formats and
 * patterns above, and each named schema as a component of its name.
 */
export function jsonSchemaOptions(io: "input" | "output") {
  return {
    target: "draft-2020-12" as const,
    io,
    // A phone number's normalization is a transform: the document says what is sent.
    unrepresentable: "any" as const,
    override: ({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) => {
      Object.assign(jsonSchema, EXTRAS.get(zodSchema));
      for (const check of zodSchema._zod.def.checks ?? []) {
        Object.assign(jsonSchema, CHECK_OVERRIDES.find(([message]) => message === messageOf(check))?.[1]);
        // Lengths count characters (code points) on the server, as JSON Schema does.
        const maximum = (check._zod.def as { params?: { maxCodePoints?: number } }).params?.maxCodePoints;
        if (maximum !== undefined) jsonSchema.maxLength = maximum;
      }
      // An answer may gain fields without a new version of the API: readers keep what they know.
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
      // hono-openapi moves a schema with a `ref` into components.schemas, leaving a $ref in its place.
      const name = componentNameOf(zodSchema);
      if (name) jsonSchema.ref = name;
    },
  };
}

/** Every IANA zone this runtime knows, which the server's time-zone check takes. */
export function knownTimeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  return [...new Set([...supported, "UTC"])].sort();
}
