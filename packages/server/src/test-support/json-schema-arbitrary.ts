import fc from "fast-check";

/** A JSON Schema as the API document writes them (draft 2020-12, the parts it uses). */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

const characters = (schema: JsonSchema) => (value: string) => {
  const length = [...value].length;
  return length >= (schema.minLength ?? 0) && length <= (schema.maxLength ?? Infinity);
};

/** Instants and days a person could mean: the years around now, with offsets east and west. */
const instant = fc
  .record({
    at: fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }),
    offset: fc.constantFrom("Z", "+08:00", "-05:00", "+00:00"),
  })
  .map(({ at, offset }) => {
    if (offset === "Z") return at.toISOString().replace(/\.\d{3}/, "");
    const minutes = offset === "+08:00" ? 480 : offset === "-05:00" ? -300 : 0;
    return `${new Date(at.getTime() + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
  });
const day = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((at) => at.toISOString().slice(0, 10));

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  let strings: fc.Arbitrary<string>;
  if (schema.format === "date-time") strings = instant;
  else if (schema.format === "date") strings = day;
  else if (schema.format === "uri") strings = fc.webUrl();
  else if (schema.pattern) strings = fc.stringMatching(new RegExp(schema.pattern, "u"));
  else strings = fc.string({ unit: "grapheme", minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
  return strings.filter(characters(schema)).filter((value) => !schema.pattern || new RegExp(schema.pattern, "u").test(value));
}

/**
 * Values that a JSON Schema of the API document allows, for fast-check: what
 * a client that trusts the document may send. `$ref`s are read from `root`.
 */
export function arbitraryOf(schema: JsonSchema, root: { components: { schemas: Record<string, JsonSchema> } }): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const referenced = root.components.schemas[schema.$ref.replace("#/components/schemas/", "")]!;
    const { $ref: _, ...beside } = schema;
    return arbitraryOf({ ...beside, ...referenced }, root);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => arbitraryOf(option, root)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => arbitraryOf({ ...schema, type }, root)));
  switch (schema.type) {
    case "string":
      return stringOf(schema);
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1) });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arbitraryOf(schema.items ?? {}, root), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case "object": {
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, arbitraryOf(property, root)]));
      return fc.record(properties, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
    }
    default:
      return fc.jsonValue();
  }
}
