import { describe, expect, it } from "vitest";
import { dayAfterKey } from "./month-keyboard.js";

describe("dayAfterKey", () => {
  it.each([
    ["ArrowLeft", "2026-06-01", "2026-05-31"],
    ["ArrowRight", "2026-06-30", "2026-07-01"],
    ["ArrowUp", "2026-06-03", "2026-05-27"],
    ["ArrowDown", "2026-06-29", "2026-07-06"],
    ["Home", "2026-06-19", "2026-06-15"],
    ["End", "2026-06-19", "2026-06-21"],
    ["PageUp", "2026-03-31", "2026-02-28"],
    ["PageDown", "2026-01-31", "2026-02-28"],
  ])("%s from %s goes to %s with weeks starting on Monday", (key, from, to) => {
    expect(dayAfterKey(key, from, 1)).toBe(to);
  });

  it("takes the week's ends from the locale's first day and Shift+PageDown a year", () => {
    expect(dayAfterKey("Home", "2026-06-19", 7)).toBe("2026-06-14");
    expect(dayAfterKey("End", "2026-06-19", 7)).toBe("2026-06-20");
    expect(dayAfterKey("PageDown", "2026-06-19", 1, true)).toBe("2027-06-19");
    expect(dayAfterKey("a", "2026-06-19", 1)).toBeUndefined();
  });
});
