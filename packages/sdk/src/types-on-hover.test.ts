import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * What an editor shows on hover over each `const` of `code`, as TypeScript writes the type (the
 * SDK's published types, as a developer's project compiles against them).
 */
function hoverTypes(code: string): Record<string, string> {
  const file = join(import.meta.dirname, "hover-probe.ts");
  const options = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, code, version) : getSourceFile(name, version));
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? code : readFile(name));
  const program = ts.createProgram([file], options, host);
  const checker = program.getTypeChecker();
  const types: Record<string, string> = {};
  for (const statement of program.getSourceFile(file)!.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      types[declaration.name.getText()] = checker.typeToString(checker.getTypeAtLocation(declaration.name), undefined, ts.TypeFormatFlags.NoTruncation);
    }
  }
  return types;
}

describe("the SDK's types on hover", () => {
  // A hover showed a 30-line object for an event (z.infer expands): the answers are named interfaces.
  it("names what each call answers, not its expanded shape", () => {
    const types = hoverTypes(`
      import { createClient } from "@community-kit/sdk";
      import { createBookingClient } from "@community-kit/sdk/bookings";
      import { createPartnerClient } from "@community-kit/sdk/partners";
      import { createVolunteerClient } from "@community-kit/sdk/volunteers";
      const options = { baseUrl: "https://api.example.org", community: "taihe" };
      const client = createClient(options);
      export const event = await client.events.get("x");
      export const page = await client.events.list();
      export const community = await client.community();
      export const registration = await client.events.register("x", { name: "李秀英", phone: "13800138000", partySize: 1, consent: true });
      export const rooms = (await createBookingClient(options).resources.list()).items;
      export const opportunities = (await createVolunteerClient(options).opportunities.list()).items;
      export const partner = await createPartnerClient(options).partners.get("x");
    `);
    expect(types).toMatchObject({
      event: "Event",
      page: "Page<Event>",
      community: "Community",
      registration: "RegistrationResult",
      rooms: "Resource[]",
      opportunities: "Opportunity[]",
      partner: "PartnerDetail",
    });
  });
});
