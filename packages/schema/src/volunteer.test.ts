import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors.js";
import { SignupRequest, maskName } from "./volunteer.js";

describe("maskName", () => {
  it("keeps the first character and stars the rest, of the first word only", () => {
    expect(maskName("张秀英")).toBe("张**");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName("李")).toBe("李*");
    expect(maskName(" Margaret Ellis ")).toBe("M*******");
    expect(maskName("𠮷野家")).toBe("𠮷**");
  });
});

describe("SignupRequest", () => {
  it("takes a name, a phone and consent, and no ID number", () => {
    const parsed = z.parse(SignupRequest, { name: " 张秀英 ", phone: "138 0013 8000", consent: true, idCard: "110101199001011234" });
    expect(parsed).toEqual({ name: "张秀英", phone: "13800138000", consent: true });
  });

  it("refuses a sign-up without consent or with a phone that is not one", () => {
    const result = z.safeParse(SignupRequest, { name: "张秀英", phone: "12345", consent: false });
    expect(result.success).toBe(false);
    expect(
      fieldErrorsOf(result.error?.issues ?? [])
        .map((error) => error.field)
        .sort(),
    ).toEqual(["consent", "phone"]);
  });
});
