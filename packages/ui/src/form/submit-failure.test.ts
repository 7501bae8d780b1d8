import { describe, expect, it } from "vitest";
import { submitFailure } from "./submit-failure.js";

describe("submitFailure", () => {
  it("says what the resident can do about a sending that failed for no field's sake, keeping what was typed", () => {
    expect(submitFailure({ name: "CommunityNetworkError" }, "zh-CN")).toBe("网络连接失败，您填写的内容已保留，请稍后再试。");
    expect(submitFailure({ name: "CommunityApiError", code: "rate_limited" }, "zh-Hant")).toBe("送出太頻繁了，您填寫的內容已保留，請過一分鐘再試。");
    expect(submitFailure({ name: "CommunityApiError", code: "origin_not_allowed" }, "en")).toMatch(/^This website cannot send to the community yet/);
    expect(submitFailure({ name: "CommunityApiError", code: "internal_error" }, "en")).toBe(
      "That did not work. What you typed is kept; please try again later.",
    );
    expect(submitFailure(new TypeError("boom"), "zh-CN")).toBe("提交没有成功，您填写的内容已保留，请稍后再试。");
  });
});
