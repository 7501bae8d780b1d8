import * as v from "valibot";

/**
 * valibot's object, except that an array is not one. valibot takes any
 * `typeof "object"`, so `[]` passed for `{ contact: {…} }` and became `{}`:
 * a PATCH with `"contact": []` wiped a partner's phone and office. Every
 * object of the wire format is declared with this.
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<const Entries extends v.ObjectEntries>(entries: Entries): v.ObjectSchema<Entries, undefined> {
  const schema = v.object(entries);
  const run = schema["~run"];
  return {
    ...schema,
    "~run"(dataset, config) {
      if (!Array.isArray(dataset.value)) return run.call(this, dataset, config);
      v._addIssue(schema, "type", dataset, config);
      return dataset as unknown as ReturnType<typeof run>;
    },
  };
}
