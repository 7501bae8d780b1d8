import { describe, expect, it } from "vitest";
import { type NoticeFields, noticeText } from "./notice-text.js";

const hall: NoticeFields = {
  community: "太和社区",
  title: "多功能室",
  startAt: "2026-12-09T01:00:00Z",
  endAt: "2026-12-09T03:00:00Z",
  timezone: "Asia/Shanghai",
  place: "党群服务中心二楼",
  reason: null,
};

describe("a notice's words", () => {
  it("says when in the place's zone, as residents of each language write it", () => {
    expect(noticeText("booking", "approved", "zh-CN", hall, undefined)).toBe("【太和社区】您预约的多功能室（12月9日（周三）09:00–11:00）已通过审核。");
    expect(noticeText("booking", "approved", "zh-Hant", hall, undefined)).toBe("【太和社区】您預約的多功能室（12月9日（週三）09:00–11:00）已通過審核。");
    expect(noticeText("booking", "approved", "en", hall, undefined)).toBe("太和社区: your booking of 多功能室 (Wed 9 Dec, 09:00–11:00) is approved.");
  });

  it("names the end's day when it is another, and gives the reason for a refusal", () => {
    const overnight = { ...hall, endAt: "2026-12-10T01:00:00Z", reason: "当天礼堂有社区大会" };
    expect(noticeText("booking", "rejected", "zh-CN", overnight, undefined)).toBe(
      "【太和社区】您预约的多功能室（12月9日（周三）09:00–12月10日（周四）09:00）未通过审核：当天礼堂有社区大会",
    );
  });

  it("takes the community's own wording for a cause and language, and the kit's for the rest", () => {
    const templates = { "zh-CN": { approved: "{community}：{title}已批准（{when}），地点{place}。" } };
    expect(noticeText("booking", "approved", "zh-CN", hall, templates)).toBe("太和社区：多功能室已批准（12月9日（周三）09:00–11:00），地点党群服务中心二楼。");
    expect(noticeText("booking", "approved", "en", hall, templates)).toMatch(/is approved\.$/);
  });
});
