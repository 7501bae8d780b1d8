import { PhoneNumber, RegistrationRequest, TimeZone } from "@community-kit/schema";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { createApp } from "../app.js";
import { createApiDocument } from "./create-api-document.js";

// Made from the routes without a database: the document is what the routes declare, not what they find.
const createOpenApiDocument = () => createApiDocument(createApp(undefined as never));

describe("OpenAPI document", () => {
  it("describes the endpoints and embeds the Event schema generated from the zod schemas", async () => {
    const document = (await createOpenApiDocument()) as any;
    expect(document.openapi).toBe("3.1.0");
    // That every route the server serves is here, and nothing it does not: packages/server/src/api-document.test.ts.
    expect(document.info.license).toEqual({ name: "MIT", identifier: "MIT" });
    expect(Object.keys(document.paths["/v1/communities/{community}/events/{id}"])).toEqual(["get", "patch", "delete"]);
    expect(document.paths["/v1/communities/{community}/events/{id}/registrations"].get.security).toEqual([{ communityKey: [] }, { staffSession: [] }]);
    expect(document.components.schemas.RegistrationRequest.required).toEqual(["name", "phone", "partySize", "consent"]);
    expect(document.components.schemas.Event.required).toEqual(
      expect.arrayContaining(["id", "title", "start", "end", "allDay", "timezone", "location", "category", "updatedAt"]),
    );
    const parameterNames = document.paths["/v1/communities/{community}/events"].get.parameters.map((p: any) => p.name);
    expect(parameterNames).toEqual(["community", "from", "to", "category", "q", "cursor", "limit"]);
  });

  it("allows no input the server refuses: lengths in characters, phones, zones, names, e-mail", async () => {
    const schemas = ((await createOpenApiDocument()) as any).components.schemas;
    // 26 × 𠮷 is 26 characters (JSON Schema's count) and 52 UTF-16 units: the server counts characters too.
    expect(schemas.RegistrationRequest.properties.name.maxLength).toBe(50);
    expect(z.safeParse(RegistrationRequest, { name: "𠮷".repeat(50), phone: "13800138000", partySize: 1, consent: true }).success).toBe(true);
    expect(z.safeParse(RegistrationRequest, { name: "𠮷".repeat(51), phone: "13800138000", partySize: 1, consent: true }).success).toBe(false);
    const phone = new RegExp(schemas.RegistrationRequest.properties.phone.pattern);
    for (const typed of ["13800138000", "+442079460958"]) expect(phone.test(typed) && z.safeParse(PhoneNumber, typed).success, typed).toBe(true);
    expect(phone.test("1234567")).toBe(false);
    expect(schemas.TimeZone.enum).toContain("Asia/Shanghai");
    expect(schemas.TimeZone.enum.every((zone: string) => z.safeParse(TimeZone, zone).success)).toBe(true);
    const name = new RegExp(schemas.RegistrationRequest.properties.name.pattern, "u");
    for (const refused of ["   ", "\u200b\u200b", "王\u202e芳", "王\n芳"]) expect(name.test(refused), JSON.stringify(refused)).toBe(false);
    expect(name.test("王 芳")).toBe(true);
    expect(schemas.PartnerWrite.properties.contact.properties.email.pattern).toBeTruthy();
  });

  it("takes each operation's parameters, body and key from the middlewares before its handler", async () => {
    const document = (await createOpenApiDocument()) as any;
    const register = document.paths["/v1/communities/{community}/events/{id}/registrations"].post;
    expect(register.parameters.map((p: any) => `${p.in} ${p.name}`)).toEqual(["path community", "path id", "header Idempotency-Key"]);
    expect(register.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/RegistrationRequest" });
    expect(register.responses["422"].description).toContain("idempotency_key_reused");
    expect(register.security).toEqual([]);
    const cancel = document.paths["/v1/communities/{community}/signups/{id}"].delete;
    expect(cancel.parameters.map((p: any) => p.name)).toEqual(["community", "id", "Cancel-Token"]);
    const block = document.paths["/v1/communities/{community}/resources/{id}/blocks"].post;
    expect(block.security).toEqual([{ communityKey: [] }, { staffSession: [] }]);
    expect(Object.keys(block.responses)).toEqual(expect.arrayContaining(["201", "400", "401", "403", "404", "409", "413", "415", "429"]));
    // A calendar file is addressed by the event's id and its suffix.
    expect(document.paths["/v1/communities/{community}/events/{id}.ics"].get.parameters.map((p: any) => p.name)).toEqual(["community", "id"]);
    // A schema named in components is referred to wherever it stands, inside another one too.
    expect(document.components.schemas.Opportunity.properties.shifts.items).toEqual({ $ref: "#/components/schemas/Shift" });
  });
});
