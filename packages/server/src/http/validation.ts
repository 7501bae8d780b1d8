import { fieldErrorsOf } from "@community-kit/schema";
import { validator } from "hono-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type * as z from "zod/mini";
import { jsonSchemaOptions } from "../api-document/json-schema.js";
import { refuseNulInBody } from "./nul-characters.js";
import { ProblemError, invalidFields, invalidParameters } from "./problem.js";
import type { ApiEnv } from "./request-time.js";

/** A middleware after which `context.req.valid(target)` is what `schema` made of the request. */
type Validated<Target extends "json" | "query", Schema extends z.ZodMiniType> = MiddlewareHandler<ApiEnv, string, { out: { [K in Target]: z.output<Schema> } }>;

/** What hono-openapi's validator hands its hook: the schema's issues when it refused. */
type Validation = { success: true } | { success: false; error: ReadonlyArray<unknown> };
const issuesOf = (validation: { error: ReadonlyArray<unknown> }) => fieldErrorsOf(validation.error as z.core.$ZodIssue[]);

/** The request's JSON body; 415 when it is sent as anything but application/json, 400 when it is not JSON or holds a NUL. */
async function jsonBody(context: Context): Promise<unknown> {
  // The media type itself, without its parameters (charset): application/jsonx is not JSON.
  const mediaType = (context.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new ProblemError(415, "invalid_body", "JSON expected", "Send the body as application/json");
  }
  let body: unknown;
  try {
    body = await context.req.json();
  } catch {
    throw new ProblemError(400, "invalid_body", "Invalid JSON", "The request body is not valid JSON", [
      { field: "(body)", code: "invalid_json", message: "Not valid JSON" },
    ]);
  }
  refuseNulInBody(body);
  return body;
}

/**
 * The request's JSON body as `schema` makes it, for `context.req.valid("json")`,
 * and the operation's request body in the document. A body sent as another
 * type is 415, one that is not JSON or holds a NUL 400, a field at fault 400
 * naming it.
 */
export function validJson<Schema extends z.ZodMiniType>(schema: Schema): Validated<"json", Schema> {
  const validate = validator(
    "json",
    schema,
    (validation: Validation) => {
      if (!validation.success) throw invalidFields(issuesOf(validation));
    },
    { options: jsonSchemaOptions("input") },
  );
  const parseFirst: MiddlewareHandler = async (context, next) => {
    await jsonBody(context);
    return validate(context, next);
  };
  return Object.assign(parseFirst, validate) as MiddlewareHandler as Validated<"json", Schema>;
}

/** The query as `schema` makes it, for `context.req.valid("query")`, and the operation's query parameters in the document; a parameter at fault is 400 naming it. */
export function validQuery<Schema extends z.ZodMiniType>(schema: Schema): Validated<"query", Schema> {
  const validate = validator(
    "query",
    schema,
    (validation: Validation) => {
      if (!validation.success) throw invalidParameters(issuesOf(validation));
    },
    { options: jsonSchemaOptions("input") },
  );
  return validate as MiddlewareHandler as Validated<"query", Schema>;
}
