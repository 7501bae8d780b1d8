import { PARTNER_TYPES } from "@community-kit/schema";
import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { zhHant } from "./zh-Hant.js";
import { zhCN } from "./zh-CN.js";

// Type names are looked up by a key made at run time (`type-${type}`), which the compiler cannot check.
describe("partner map messages", () => {
  it("name every partner type in every locale", () => {
    for (const table of [zhCN, zhHant, en] as Array<Record<string, unknown>>) {
      for (const type of PARTNER_TYPES) expect(typeof table[`type-${type}`], type).toBe("string");
    }
  });
});
