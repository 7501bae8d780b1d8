import { describe, expect, it } from "vitest";
import { maskPhone } from "./mask-phone.js";

describe("maskPhone", () => {
  it("shows the first three and the last four digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("138 1234 5678")).toBe("138****5678");
    expect(maskPhone("+442079460958")).toBe("+44******0958");
  });

  it("hides a short number entirely", () => {
    expect(maskPhone("1234567")).toBe("*******");
  });
});
