import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { type JsonSchema, arbitraryOf } from "./test-support/json-schema-arbitrary.js";
import { type DemoServer, addShift, addUpcomingEvent, createApiKey, startDemoServer } from "./test-support/demo-server.js";

// The API document (/v1/openapi.json) says what the server does: every route it serves is in it,
// outside tools find nothing wrong with it, and requests made from its own schemas, valid and not,
// get only the statuses it lists, with bodies of the schemas it gives. On SQLite and PostgreSQL.

type Operation = {
  operationId: string;
  security?: unknown[];
  parameters?: Array<{ name: string; in: "path" | "query" | "header"; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
};
type ApiDocument = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

let server: DemoServer;
let document: ApiDocument;
let key: string;
beforeAll(async () => {
  server = await startDemoServer();
  key = await createApiKey(server.db, "taihe", "contract tests");
  await addUpcomingEvent(server.db, { title: "契约测试讲座", capacity: 5 });
  await addShift(server.db, { capacity: 3 });
  document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as ApiDocument;
});
afterAll(() => server.stop());

/** A route as Hono lists it, as the document writes it: `:id{regex}` is `{id}`, an .ics file's `:file{…\.ics}` is `{id}.ics`. */
const documentedPath = (path: string) => path.replace(/:file\{[^}]*\}/, "{id}.ics").replace(/:(\w+)(\{[^}]*\})?/g, "{$1}");

describe("the API document", () => {
  it("lists every route the server serves, and none it does not", () => {
    const served = createApp(server.db)
      .routes.filter((route) => ["GET", "POST", "PUT", "PATCH", "DELETE"].includes(route.method) && route.path.startsWith("/v1/"))
      .map((route) => `${route.method.toLowerCase()} ${documentedPath(route.path)}`);
    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    // The document itself is served, and describes the API, not itself.
    expect([...new Set(served)].filter((route) => route !== "get /v1/openapi.json").sort()).toEqual(documented.sort());
  });

  it("passes Redocly's lint with no error and no warning", async () => {
    const folder = mkdtempSync(join(tmpdir(), "openapi-"));
    try {
      writeFileSync(join(folder, "openapi.json"), JSON.stringify(document));
      const redocly = join(import.meta.dirname, "..", "node_modules", ".bin", "redocly");
      const run = await promisify(execFile)(redocly, ["lint", "--format=json", join(folder, "openapi.json")], {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      }).catch((failure: { stdout: string }) => failure);
      const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string }> };
      expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Ids the seeded server has, for each kind of path parameter, so that requests reach past "not found". */
async function knownIds(): Promise<Record<string, string[]>> {
  const read = async (path: string) =>
    ((await (await fetch(`${server.url}/v1/communities/taihe${path}`)).json()) as { items: Array<{ id: string; shifts?: Array<{ id: string }> }> }).items;
  const opportunities = await read("/opportunities");
  return {
    events: (await read("/events?limit=20")).map((item) => item.id),
    resources: (await read("/resources")).map((item) => item.id),
    opportunities: opportunities.map((item) => item.id),
    shifts: opportunities.flatMap((item) => item.shifts?.map((shift) => shift.id) ?? []),
    partners: (await read("/partners")).map((item) => item.id),
  };
}

/** A request to `path` as `operation` describes it: values from its own schemas, or (now and then) anything at all. */
function requests(path: string, operation: Operation, ids: Record<string, string[]>) {
  const headerValue = fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/);
  const parameters = (operation.parameters ?? []).map((parameter) => {
    let value: fc.Arbitrary<unknown>;
    if (parameter.in === "header") value = headerValue;
    else if (parameter.name === "community") value = fc.constantFrom("taihe", "taihe", "taihe", "no-such-community");
    else if (parameter.in === "path") {
      const kind = /\/(\w+)\/\{id\}/.exec(path)?.[1] ?? "";
      const known = ids[kind] ?? [];
      value = known.length ? fc.oneof(fc.constantFrom(...known), arbitraryOf(parameter.schema, document)) : arbitraryOf(parameter.schema, document);
    } else value = fc.oneof({ weight: 4, arbitrary: arbitraryOf(parameter.schema, document) }, { weight: 1, arbitrary: fc.string() });
    return fc.record({
      parameter: fc.constant(parameter),
      value: parameter.required || parameter.in === "path" ? value : fc.option(value, { nil: undefined }),
    });
  });
  const schema = operation.requestBody?.content["application/json"]?.schema;
  const body = schema ? fc.oneof({ weight: 4, arbitrary: arbitraryOf(schema, document) }, { weight: 1, arbitrary: fc.jsonValue() }) : fc.constant(undefined);
  return fc.record({ parameters: fc.tuple(...parameters), body });
}

const ajv = addFormats.default(new Ajv2020({ strict: false, allErrors: true }));
const validators = new Map<JsonSchema, ReturnType<typeof ajv.compile>>();
function validatorFor(schema: JsonSchema) {
  let validate = validators.get(schema);
  if (!validate) {
    if (!ajv.getSchema("api")) ajv.addSchema({ $id: "api", components: document.components });
    validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"api#/components/')));
    validators.set(schema, validate);
  }
  return validate;
}

describe("requests made from the document's own schemas", () => {
  it("get only the statuses it lists, never a 5xx, with bodies of the schemas it gives", async () => {
    const ids = await knownIds();
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        await fc.assert(
          fc.asyncProperty(requests(path, operation, ids), async ({ parameters, body }) => {
            let url = path;
            const query = new URLSearchParams();
            const headers: Record<string, string> = operation.security?.length ? { Authorization: `Bearer ${key}` } : {};
            for (const { parameter, value } of parameters) {
              if (value === undefined) continue;
              if (parameter.in === "path") url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
              else if (parameter.in === "query") query.set(parameter.name, String(value));
              else headers[parameter.name] = String(value);
            }
            if (body !== undefined) headers["Content-Type"] = "application/json";
            const response = await fetch(`${server.url}${url}${query.size ? `?${query}` : ""}`, {
              method: method.toUpperCase(),
              headers,
              body: body === undefined ? undefined : JSON.stringify(body),
            });
            const said = `${method.toUpperCase()} ${url}?${query} ${JSON.stringify(body)?.slice(0, 300)} → ${response.status}`;
            expect(response.status, said).toBeLessThan(500);
            const documented = operation.responses[String(response.status)];
            expect(documented, `${operation.operationId}: ${said} is not in the document`).toBeDefined();
            const mediaType = response.headers.get("Content-Type")?.split(";")[0] ?? "";
            if (!mediaType.endsWith("json") || response.status === 204) return;
            const schema = documented!.content?.[mediaType]?.schema;
            expect(schema, `${operation.operationId}: ${said} answers ${mediaType}, which the document does not give`).toBeDefined();
            const validate = validatorFor(schema!);
            const answer: unknown = await response.json();
            expect(validate(answer) ? [] : validate.errors, `${operation.operationId}: ${said}`).toEqual([]);
          }),
          { numRuns: 20, seed: 20261205 },
        );
      }
    }
  }, 300_000);
});
