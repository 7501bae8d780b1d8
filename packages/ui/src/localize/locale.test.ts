import { describe, expect, it, vi } from "vitest";
import { resolveLocale } from "./locale.js";

describe("resolveLocale", () => {
  it("maps what pages write onto a message table, keeping the precise tag for dates", () => {
    expect(resolveLocale("zh-CN")).toEqual({ messages: "zh-CN", intl: "zh-CN" });
    expect(resolveLocale("zh")).toEqual({ messages: "zh-CN", intl: "zh-CN" });
    expect(resolveLocale("zh-Hans")).toEqual({ messages: "zh-CN", intl: "zh-CN" });
    expect(resolveLocale("zh-Hans-CN")).toEqual({ messages: "zh-CN", intl: "zh-Hans-CN" });
    expect(resolveLocale("zh-TW")).toEqual({ messages: "zh-Hant", intl: "zh-TW" });
    expect(resolveLocale("zh-Hant")).toEqual({ messages: "zh-Hant", intl: "zh-TW" });
    expect(resolveLocale("en-GB")).toEqual({ messages: "en", intl: "en-GB" });
  });

  it("reads a tag in any case as Intl does, and anything else as zh-CN", () => {
    expect(resolveLocale(" zh-hk ")).toEqual({ messages: "zh-Hant", intl: "zh-HK" });
    expect(resolveLocale("EN-us")).toEqual({ messages: "en", intl: "en-US" });
    expect(resolveLocale("not a tag")).toEqual({ messages: "zh-CN", intl: "zh-CN" });
    expect(resolveLocale("fr")).toEqual({ messages: "zh-CN", intl: "zh-CN" });
    expect(resolveLocale(null)).toEqual({ messages: "zh-CN", intl: "zh-CN" });
  });

  it("answers zh-CN and zh-TW, whose dates are written out, without Intl", () => {
    const intl = vi.spyOn(Intl, "getCanonicalLocales");
    try {
      for (const tag of ["zh-CN", "", " zh-CN "]) expect(resolveLocale(tag)).toEqual({ messages: "zh-CN", intl: "zh-CN" });
      expect(resolveLocale("zh-TW")).toEqual({ messages: "zh-Hant", intl: "zh-TW" });
      expect(intl).not.toHaveBeenCalled();
      resolveLocale("zh-HK");
      expect(intl).toHaveBeenCalledOnce();
    } finally {
      intl.mockRestore();
    }
  });

  it("works a tag out once, however often widgets ask", () => {
    const intl = vi.spyOn(Intl, "getCanonicalLocales");
    try {
      const first = resolveLocale("en-AU");
      for (let render = 0; render < 50; render++) expect(resolveLocale(" en-AU ")).toBe(first);
      expect(first).toEqual({ messages: "en", intl: "en-AU" });
      expect(intl).toHaveBeenCalledOnce();
    } finally {
      intl.mockRestore();
    }
  });
});
