import type { Hono } from "hono";
import { generateSpecs } from "hono-openapi";
import type { ApiEnv } from "../http/request-time.js";
import { type JsonSchema, knownTimeZones } from "./json-schema.js";

interface Parameter {
  name: string;
  in: string;
  schema?: JsonSchema;
}

interface Operation {
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, { description: string }>;
}

type Paths = Record<string, Record<string, Operation>>;

/**
 * The OpenAPI 3.1 document of the API, from what each route declares beside
 * itself (describeRoute, the validators, and the middlewares that add a
 * parameter or a key), completed with what stands before every route.
 */
export async function createApiDocument(app: Hono<ApiEnv>, serverUrl = "/"): Promise<JsonSchema> {
  const document = (await generateSpecs(app, {
    documentation: {
      info: {
        title: "Community Kit API",
        version: "1.0.0",
        description:
          "A community's events, rooms, volunteer shifts and partners, and residents' registrations, bookings and sign-ups. Errors are RFC 9457 problem+json with a stable `code`.",
        license: { name: "MIT", identifier: "MIT" },
      },
      servers: [{ url: serverUrl }],
      components: {
        schemas: { TimeZone: { type: "string", enum: knownTimeZones(), description: "An IANA time zone name" } },
        securitySchemes: {
          communityKey: { type: "http", scheme: "bearer", description: "A community's management key, made with `community-kit-server keys create`" },
          staffSession: {
            type: "apiKey",
            in: "cookie",
            name: "ck_staff",
            description: "A member of staff's session, set by `POST /v1/staff/session`; what it may manage depends on the role",
          },
        },
      },
    },
    // A refused request is problem+json, said below with its codes, not hono-openapi's own shape.
    defaultValidationErrorResponse: false,
  })) as unknown as { paths: Paths } & JsonSchema;
  document.paths = Object.fromEntries(Object.entries(document.paths).map(([path, operations]) => addressedAsFile(path, operations)));
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) completeOperation(path, method, operation);
  }
  return document;
}

/**
 * A calendar file is routed as `:file{…\.ics}` (Hono matches it whole) and
 * addressed as `{id}.ics`, the event's or shift's id with the file's suffix:
 * its path and its parameter say so.
 */
function addressedAsFile(path: string, operations: Record<string, Operation>): [string, Record<string, Operation>] {
  if (!path.includes("{file}")) return [path, operations];
  for (const operation of Object.values(operations)) {
    for (const parameter of operation.parameters ?? []) if (parameter.name === "file") parameter.name = "id";
  }
  return [path.replace("{file}", "{id}.ics"), operations];
}

/** Adds `answer` for `status`, or says it beside what the operation already says for it. */
function alsoAnswers(operation: Operation, status: string, answer: { description: string }): void {
  const said = operation.responses[status];
  const codes = answer.description.match(/[a-z]+_[a-z_]+/g) ?? [];
  if (!said) operation.responses[status] = answer;
  else if (!codes.every((code) => said.description.includes(code)))
    said.description = `${said.description}; or ${answer.description[0]!.toLowerCase()}${answer.description.slice(1)}`;
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const PARAMETER_ORDER = ["path", "query", "header"];

/**
 * What every operation can answer besides its own outcomes, from what stands
 * before the routes (app.ts): a public operation says it needs no credentials;
 * every read may be revalidated (304); any request may have a malformed path
 * or query (a NUL: 400) or a URL too long (414); a body may be too large (413)
 * or not JSON (415); a community may not exist (404); a write without a
 * working key of the community is a resident's, checked for its origin (403)
 * and counted (429); a write with an Idempotency-Key may reuse one (422).
 */
function completeOperation(path: string, method: string, operation: Operation): void {
  operation.security ??= [];
  for (const parameter of operation.parameters ?? []) {
    // A path parameter is never empty: /resources/ is another address than /resources/{id}.
    if (parameter.in === "path") parameter.schema = { minLength: 1, ...parameter.schema };
  }
  // Path parameters in the path's order, then the query's, then headers, whichever middleware declared them.
  operation.parameters?.sort(
    (a, b) =>
      PARAMETER_ORDER.indexOf(a.in) - PARAMETER_ORDER.indexOf(b.in) || (a.in === "path" ? path.indexOf(`{${a.name}}`) - path.indexOf(`{${b.name}}`) : 0),
  );
  if (method === "get") alsoAnswers(operation, "304", { description: "Not modified since the ETag in If-None-Match" });
  alsoAnswers(operation, "400", problem("A path or query parameter is malformed, or holds a NUL (invalid_path, invalid_parameter), named in errors[]"));
  alsoAnswers(operation, "414", problem("The URL is over 8 kB (uri_too_long)"));
  if (path.startsWith("/v1/communities/{community}")) alsoAnswers(operation, "404", problem("No such community (community_not_found)"));
  if (operation.requestBody) {
    alsoAnswers(operation, "400", problem("The body is not JSON, or holds a NUL (invalid_body)"));
    alsoAnswers(operation, "413", problem("The body is over 64 kB (body_too_large)"));
    alsoAnswers(operation, "415", problem("The body is not sent as application/json (invalid_body)"));
  }
  if (method !== "get" && path.startsWith("/v1/communities/{community}/")) {
    alsoAnswers(
      operation,
      "403",
      problem("A write without a working key of this community comes from a page on an origin the community does not allow (origin_not_allowed)"),
    );
    alsoAnswers(operation, "429", {
      ...problem(
        "Too many writes without a working key of this community, from this client or to the community (rate_limited); Retry-After says when to try again",
      ),
      headers: { "Retry-After": { schema: { type: "integer" } } },
    } as { description: string });
  }
  if (operation.parameters?.some((parameter) => parameter.name === "Idempotency-Key")) {
    alsoAnswers(operation, "400", problem("No Idempotency-Key (idempotency_key_missing)"));
    alsoAnswers(operation, "422", problem("The Idempotency-Key was sent before with a different request (idempotency_key_reused)"));
  }
}
