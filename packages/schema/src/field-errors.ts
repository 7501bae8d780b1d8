import type * as z from "zod/mini";
import type { FieldError } from "./problem.js";

/**
 * A schema's issues as the API's field errors: the field as a dotted path, a stable code
 * (zod's issue codes, which clients switch on), a message for developers. One error per
 * field and code: for a number beyond an integer's range zod reports its safe-integer
 * bound and then ours, and ours, the tighter, is the one kept.
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors = issues.map((issue) => ({ field: issue.path.join(".") || "(body)", code: issue.code, message: issue.message }));
  return errors.filter((error, at) => !errors.some((later, laterAt) => laterAt > at && later.field === error.field && later.code === error.code));
}
