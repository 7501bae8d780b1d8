import * as z from "zod/mini";

/**
 * `schema.check(...checks)` as a call a bundler may drop. A method call at the top
 * of a module counts as a side effect, so each schema written with one would keep
 * its whole module in every bundle that imports any schema from it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked<Schema extends z.ZodMiniType>(
  schema: Schema,
  ...checks: Array<z.core.CheckFn<z.output<Schema>> | z.core.$ZodCheck<z.output<Schema>>>
): Schema {
  return schema.check(...checks);
}

/**
 * At most `maximum` characters, counted as code points (𠮷 is one), as JSON Schema
 * counts `maxLength`; zod's maxLength counts UTF-16 units. It gives zod's own
 * too_big issue (its message comes from the locale the server loads). The maximum
 * rides on the check's params, where the API document's builder reads it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function maxCodePoints(maximum: number): z.core.$ZodCheck<string> {
  return z.check<string>(
    (payload) => {
      if ([...payload.value].length > maximum) payload.issues.push({ code: "too_big", origin: "string", maximum, inclusive: true, input: payload.value });
    },
    { params: { maxCodePoints: maximum } },
  );
}
