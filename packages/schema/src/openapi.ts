import * as z from "zod/mini";
import { Community } from "./community.js";
import { Event, EventListQuery } from "./event.js";
import { Page } from "./page.js";
import { Problem } from "./problem.js";

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodMiniType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const communityParameter = {
  name: "community",
  in: "path",
  required: true,
  description: "The community's id, e.g. taihe",
  schema: { type: "string" },
};

const cachedRead = (description: string, schemaRef: string) => ({
  description,
  headers: {
    ETag: { schema: { type: "string" } },
    "Cache-Control": { schema: { type: "string" } },
  },
  content: { "application/json": { schema: { $ref: schemaRef } } },
});

/** The OpenAPI 3.1 document of the API, built from the same schemas the server validates with. */
export function createOpenApiDocument(serverUrl = "/"): JsonSchema {
  const listQuerySchema = schemaOf(EventListQuery) as { properties: Record<string, JsonSchema> };
  const queryParameters = Object.entries(listQuerySchema.properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    schema,
  }));
  return {
    openapi: "3.1.0",
    info: {
      title: "Community Kit API",
      version: "1.0.0",
      description: "Public reads of a community's events. Errors are RFC 9457 problem+json with a stable `code`.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/v1/communities/{community}": {
        get: {
          operationId: "getCommunity",
          summary: "A community, with its time zone, locale and event categories",
          parameters: [communityParameter],
          responses: {
            "200": cachedRead("The community", "#/components/schemas/Community"),
            "304": { description: "Not modified since the ETag in If-None-Match" },
            "404": problemResponse("No such community (community_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/events": {
        get: {
          operationId: "listEvents",
          summary: "Events overlapping a range, in start order, a page at a time",
          parameters: [communityParameter, ...queryParameters],
          responses: {
            "200": cachedRead("A page of events", "#/components/schemas/EventPage"),
            "304": { description: "Not modified since the ETag in If-None-Match" },
            "400": problemResponse("A query parameter is malformed (invalid_parameter), named in errors[]"),
            "404": problemResponse("No such community (community_not_found)"),
          },
        },
      },
      "/v1/communities/{community}/events/{id}": {
        get: {
          operationId: "getEvent",
          summary: "One event",
          parameters: [communityParameter, { name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": cachedRead("The event", "#/components/schemas/Event"),
            "304": { description: "Not modified since the ETag in If-None-Match" },
            "404": problemResponse("No such community or event (community_not_found, event_not_found)"),
          },
        },
      },
    },
    components: {
      schemas: {
        Community: schemaOf(Community),
        Event: schemaOf(Event),
        EventPage: schemaOf(Page(Event)),
        Problem: schemaOf(Problem),
      },
    },
  };
}
