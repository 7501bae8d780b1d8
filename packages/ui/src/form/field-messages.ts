import type { FieldError } from "@community-kit/schema";

/**
 * Each field's first error, in the resident's words: from the API's schema
 * checked in the browser, or from the server's answer. With `fields`, only
 * the form's own (a server may name others); without, every field named.
 */
export function fieldMessages<Field extends string>(
  errors: readonly FieldError[],
  /** undefined for a field the form shows no message beside. */
  messageFor: (field: Field, code: string) => string | undefined,
  fields?: readonly Field[],
): Partial<Record<Field, string>> {
  const messages: Partial<Record<Field, string>> = {};
  for (const error of errors) {
    const field = error.field.split(".")[0] as Field;
    if (messages[field] !== undefined || (fields && !fields.includes(field))) continue;
    const message = messageFor(field, error.code);
    if (message !== undefined) messages[field] = message;
  }
  return messages;
}
