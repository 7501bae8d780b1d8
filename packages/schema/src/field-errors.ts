import type { BaseIssue } from "valibot";
import type { FieldError } from "./problem.js";

// valibot names an issue after the check that failed; the API's field errors keep the codes
// they have always had (those of zod, which checked them before), since clients switch on them.
const CODE_OF_CHECK: Record<string, string> = {
  min_length: "too_small",
  min_value: "too_small",
  max_length: "too_big",
  max_code_points: "too_big",
  max_value: "too_big",
  regex: "invalid_format",
  email: "invalid_format",
  url: "invalid_format",
  integer: "invalid_type",
  picklist: "invalid_value",
  literal: "invalid_value",
  union: "invalid_union",
  check: "custom",
};

/** A schema's issues as the API's field errors: the field as a dotted path, a stable code, a message for developers. */
export function fieldErrorsOf(issues: readonly BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path?.map((item) => String(item.key)).join(".") || "(body)",
    code: CODE_OF_CHECK[issue.type] ?? "invalid_type",
    message: issue.message,
  }));
}
