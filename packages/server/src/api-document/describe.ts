import { type DescribeRouteOptions, type ResolverReturnType, type ResponsesWithResolver, resolver, uniqueSymbol } from "hono-openapi";
import type { MiddlewareHandler } from "hono";
import { Problem, Slug } from "@community-kit/schema";
import * as z from "zod/mini";
import { jsonSchemaOptions } from "./json-schema.js";

type Answer = ResponsesWithResolver[string];

// Each helper makes a new object: hono-openapi resolves a schema in place, once per document.

/** What an answer of `schema` holds, as the document writes it (a request's schema comes from its validator). */
const answerSchema = (schema: z.ZodMiniType): ResolverReturnType => resolver(schema, { options: jsonSchemaOptions("output") });

/** An answer with a JSON body of `schema`. */
export const jsonAnswer = (description: string, schema: z.ZodMiniType): Answer => ({
  description,
  content: { "application/json": { schema: answerSchema(schema) } },
});

/** A public read that browsers and CDNs may cache and revalidate. */
export const cachedAnswer = (description: string, schema: z.ZodMiniType): Answer => ({
  ...jsonAnswer(description, schema),
  headers: { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } },
});

/** An answer with a body that is not JSON: a calendar file, a CSV, GeoJSON. */
export const fileAnswer = (description: string, mediaType: string, schema: Record<string, unknown> = { type: "string" }): Answer => ({
  description,
  content: { [mediaType]: { schema } },
});

/** A refusal, as RFC 9457 problem+json; `description` names its codes. */
export const problemAnswer = (description: string): Answer => ({
  description,
  content: { "application/problem+json": { schema: answerSchema(Problem) } },
});

/** A path parameter that names one thing by its id. */
export const pathId = (description: string, name = "id", schema: PathSchema = { type: "string" }) => ({
  name,
  in: "path" as const,
  required: true,
  description,
  schema,
});

/** Communities, events, rooms, opportunities and partners are named by slugs: the Slug schema's own JSON Schema. */
export function slug(): PathSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(Slug, jsonSchemaOptions("input"));
  return schema as PathSchema;
}

type PathSchema = { type: "string"; minLength?: number; maxLength?: number; pattern?: string };

/** A middleware that also says what it adds to each operation it stands before (a parameter, a security requirement). */
export function documented<Middleware extends MiddlewareHandler>(middleware: Middleware, spec: () => DescribeRouteOptions): Middleware {
  return Object.assign(middleware, {
    [uniqueSymbol]: {
      get spec() {
        return spec();
      },
    },
  });
}
