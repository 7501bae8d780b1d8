import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors.js";
import { RegistrationRequest, normalizePhone } from "./registration.js";

const valid = { name: " 张三 ", phone: "138 0013 8000", partySize: 2, consent: true };

describe("RegistrationRequest", () => {
  it("accepts a mainland mobile however it is typed, and E.164, normalizing both", () => {
    expect(z.parse(RegistrationRequest, valid)).toEqual({ name: "张三", phone: "13800138000", partySize: 2, consent: true });
    expect(z.parse(RegistrationRequest, { ...valid, phone: "+86 138-0013-8000" }).phone).toBe("13800138000");
    expect(z.parse(RegistrationRequest, { ...valid, phone: "+44 20 7946 0958" }).phone).toBe("+442079460958");
    expect(normalizePhone("(+852) 9123 4567")).toBe("+85291234567");
  });

  it.each([
    ["a landline without country code", { phone: "010 6552 9988" }, "phone"],
    ["a mobile with a digit missing", { phone: "1380013800" }, "phone"],
    ["a mobile not starting 13–19", { phone: "12800138000" }, "phone"],
    ["letters", { phone: "call me" }, "phone"],
    ["an empty name", { name: "   " }, "name"],
    ["a name over 50 characters", { name: "张".repeat(51) }, "name"],
    ["no party", { partySize: 0 }, "partySize"],
    ["a party of eleven", { partySize: 11 }, "partySize"],
    ["half a person", { partySize: 1.5 }, "partySize"],
    ["consent not given", { consent: false }, "consent"],
  ])("rejects %s, naming the field", (_label, patch, field) => {
    const result = z.safeParse(RegistrationRequest, { ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error?.issues ?? []).map((error) => error.field)).toEqual([field]);
  });

  it("names every field at fault at once", () => {
    const result = z.safeParse(RegistrationRequest, {});
    expect(
      fieldErrorsOf(result.error?.issues ?? [])
        .map((error) => error.field)
        .sort(),
    ).toEqual(["consent", "name", "partySize", "phone"]);
  });
});
