import { type FieldError, PROBLEM_CONTENT_TYPE, type Problem } from "@community-kit/schema";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** An error that the app turns into a problem+json response. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Members the problem type adds (RFC 9457 §3.2), such as the free slots to offer instead. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export function problemResponse(context: Context, error: ProblemError): Response {
  const body: Problem = {
    type: `https://community-kit.dev/problems/${error.code}`,
    title: error.title,
    status: error.status,
    code: error.code,
    instance: new URL(context.req.url).pathname,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.errors ? { errors: error.errors } : {}),
    ...error.extensions,
  };
  return context.body(JSON.stringify(body), error.status, {
    "Content-Type": PROBLEM_CONTENT_TYPE,
    "Cache-Control": "no-store",
  });
}

type Issues = ReadonlyArray<{ path: PropertyKey[]; code: string; message: string }>;

function fieldErrors(issues: Issues): FieldError[] {
  return issues.map((issue) => ({ field: issue.path.map(String).join(".") || "(body)", code: issue.code, message: issue.message }));
}

function checkFields(errors: FieldError[]): string {
  return `Check ${[...new Set(errors.map((error) => error.field))].join(", ")}`;
}

/** A 400 naming every query parameter at fault, from a zod error. */
export function invalidParameters(issues: Issues): ProblemError {
  const errors = fieldErrors(issues);
  return new ProblemError(400, "invalid_parameter", "Invalid query parameter", checkFields(errors), errors);
}

/** A 400 naming every body field at fault, from a zod error. */
export function invalidBody(issues: Issues): ProblemError {
  return invalidFields(fieldErrors(issues));
}

/** A 400 naming every body field at fault, from checks of our own. */
export function invalidFields(errors: FieldError[], code = "invalid_body"): ProblemError {
  return new ProblemError(400, code, "Invalid request body", checkFields(errors), errors);
}

type Parsed<Output> = { success: true; data: Output } | { success: false; error: { issues: Issues } };

/** What a schema parsed from a request body, or a 400 naming every field at fault. */
export function validBody<Output>(result: Parsed<Output>): Output {
  if (!result.success) throw invalidBody(result.error.issues);
  return result.data;
}

/** What a schema parsed from a query string, or a 400 naming every parameter at fault. */
export function validQuery<Output>(result: Parsed<Output>): Output {
  if (!result.success) throw invalidParameters(result.error.issues);
  return result.data;
}
