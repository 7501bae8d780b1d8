import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors.js";
import { RegistrationResult, normalizePhone } from "./registration.js";
import { RegistrationRequest } from "./registration-request.js";
import { SignupCheck, SignupResult } from "./volunteer.js";

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

describe("RegistrationResult and SignupResult", () => {
  const registration = { registrationId: "r1", partySize: 2, cancelToken: "t".repeat(32), shortCode: "K7QM3XPA" };
  const signup = {
    signupId: "s1",
    shiftId: "clean-up-day-20261128t0830",
    start: "2026-11-28T08:30:00+08:00",
    end: "2026-11-28T11:30:00+08:00",
    cancelToken: "t".repeat(32),
    shortCode: "K7QM3XPA",
  };

  it("take a confirmed answer without a position and a waitlisted one with it", () => {
    expect(z.parse(RegistrationResult, { ...registration, status: "confirmed" }).status).toBe("confirmed");
    expect(z.parse(RegistrationResult, { ...registration, status: "waitlisted", position: 3 }).position).toBe(3);
    expect(z.parse(SignupResult, { ...signup, status: "waitlisted", position: 1 }).position).toBe(1);
    expect(z.parse(SignupCheck, { signupId: "s1", shiftId: "x", status: "cancelled" }).status).toBe("cancelled");
  });

  it("refuse a waitlisted answer without its position, and a position on any other", () => {
    expect(z.safeParse(RegistrationResult, { ...registration, status: "waitlisted" }).success).toBe(false);
    expect(z.safeParse(RegistrationResult, { ...registration, status: "confirmed", position: 1 }).success).toBe(false);
    expect(z.safeParse(SignupResult, { ...signup, status: "waitlisted" }).success).toBe(false);
    expect(z.safeParse(SignupCheck, { signupId: "s1", shiftId: "x", status: "cancelled", position: 2 }).success).toBe(false);
  });
});
