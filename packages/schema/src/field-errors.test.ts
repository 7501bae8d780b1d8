import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { EventCreate, EventListQuery, EventUpdate, PartnerUpdate, PartnerWrite, RegistrationRequest, fieldErrorsOf } from "./index.js";

const registration = { name: "李阿姨", phone: "13800138000", partySize: 2, consent: true };
const event = { title: "书法课堂", start: "2026-11-24T09:00:00+08:00", end: "2026-11-24T10:30:00+08:00", location: { name: "书画活动室" }, category: "class" };

const codes = (schema: z.ZodMiniType, input: unknown) => {
  const result = z.safeParse(schema, input);
  return fieldErrorsOf(result.error?.issues ?? []).map((error) => `${error.field} ${error.code}`);
};

describe("field errors", () => {
  it.each([
    ["an empty name", RegistrationRequest, { ...registration, name: "  " }, ["name too_small"]],
    ["a name over 50 characters", RegistrationRequest, { ...registration, name: "张".repeat(51) }, ["name too_big"]],
    ["a phone that is not one", RegistrationRequest, { ...registration, phone: "123" }, ["phone custom"]],
    ["a party of 1.5", RegistrationRequest, { ...registration, partySize: 1.5 }, ["partySize invalid_type"]],
    ["a party as text", RegistrationRequest, { ...registration, partySize: "2" }, ["partySize invalid_type"]],
    ["consent not given", RegistrationRequest, { ...registration, consent: false }, ["consent invalid_value"]],
    ["no body at all", RegistrationRequest, null, ["(body) invalid_type"]],
    ["a start without its offset", EventCreate, { ...event, start: "2026-11-24T09:00:00" }, ["start invalid_format"]],
    ["30 February", EventListQuery, { from: "2026-02-30" }, ["from invalid_union"]],
    ["a limit that is no number", EventListQuery, { limit: "abc" }, ["limit invalid_format"]],
    ["a limit in hex or with a space", EventListQuery, { limit: "0x10" }, ["limit invalid_format"]],
    ["a name of zero-width spaces", RegistrationRequest, { ...registration, name: "\u200b\u200b" }, ["name custom"]],
    ["a name with a bidi override or a line break", RegistrationRequest, { ...registration, name: "王\u202e芳\n" }, ["name custom"]],
    ["an array for an object", PartnerUpdate, { contact: [] }, ["contact invalid_type"]],
    ["an array for the body", EventUpdate, [null, null], ["(body) invalid_type"]],
    ["a capacity beyond any room", EventCreate, { ...event, capacity: 1e20 }, ["capacity too_big"]],
    ["a number JSON cannot hold exactly", EventCreate, { ...event, capacity: 2 ** 53 + 1 }, ["capacity too_big"]],
    ["an instant in year 10000 in Shanghai", EventCreate, { ...event, start: "9999-12-31T20:00:00Z" }, ["start custom"]],
    ["year 0000", EventListQuery, { from: "0000-01-01" }, ["from invalid_union"]],
    ["a latitude off the earth", EventCreate, { ...event, location: { name: "x", lat: 91 } }, ["location.lat too_big"]],
    ["an audience there is not", EventCreate, { ...event, audience: "aliens" }, ["audience invalid_value"]],
    [
      "a link that would run script",
      PartnerWrite,
      {
        id: "p",
        name: "n",
        type: "school",
        address: "a",
        location: { lat: 1, lng: 2 },
        contact: {},
        description: "",
        services: [""],
        website: "javascript:alert(1)",
      },
      ["services.0 too_small", "website invalid_format"],
    ],
  ])("keep the API's codes for %s", (_label, schema, input, expected) => {
    expect(codes(schema, input)).toEqual(expected);
  });

  it("carry a message a developer can act on", () => {
    const messages = (schema: z.ZodMiniType, input: unknown) => fieldErrorsOf(z.safeParse(schema, input).error?.issues ?? []).map((error) => error.message);
    expect(messages(EventCreate, { ...event, start: "tomorrow" })).toEqual(["Invalid instant: expected an ISO 8601 date-time with its offset"]);
    expect(messages(EventListQuery, { from: "2026-02-30" })).toEqual(["Invalid day or instant: expected YYYY-MM-DD or an ISO 8601 date-time with its offset"]);
  });
});
