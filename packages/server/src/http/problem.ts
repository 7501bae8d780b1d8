import { type ErrorCode, type FieldError, PROBLEM_CONTENT_TYPE, type Problem, fieldErrorsOf } from "@community-kit/schema";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod/mini";
import { en } from "zod/locales";
import { type Refusal, checkFields } from "../refusals.js";

// zod/mini ships no messages ("Invalid input"); the API's field errors carry English ones for developers.
z.config(en());

/** An error that the app turns into a problem+json response. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    /** One of the codes the API documents: a code clients could not know fails the type check. */
    readonly code: ErrorCode,
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

/** The problem a refused write answers with, at the status its operation gives the refusal's code. */
export function problemOf<Code extends ErrorCode>(refusal: Refusal<Code>, statuses: Record<Code, ContentfulStatusCode>): ProblemError {
  return new ProblemError(statuses[refusal.code], refusal.code, refusal.title, refusal.detail, refusal.errors, refusal.extensions);
}

/** A 400 naming every query parameter at fault. */
export function invalidParameters(errors: FieldError[]): ProblemError {
  return new ProblemError(400, "invalid_parameter", "Invalid query parameter", checkFields(errors), errors);
}

/** A 400 naming every body field at fault. */
export function invalidFields(errors: FieldError[], code: ErrorCode = "invalid_body"): ProblemError {
  return new ProblemError(400, code, "Invalid request body", checkFields(errors), errors);
}

/** What `schema` makes of a request body, or a 400 naming every field at fault. */
export function validBody<Schema extends z.ZodMiniType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = z.safeParse(schema, body);
  if (!result.success) throw invalidFields(fieldErrorsOf(result.error.issues));
  return result.data;
}
