import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Community, Event, EventListQuery, Page, Problem, RegistrationRequest, fieldErrorsOf } from "./index.js";

const validEvent = {
  id: "calligraphy-2026-11-24",
  title: "书法课堂",
  description: "每周二上午，书画活动室。",
  start: "2026-11-24T09:00:00+08:00",
  end: "2026-11-24T10:30:00+08:00",
  allDay: false,
  timezone: "Asia/Shanghai",
  location: { name: "书画活动室", address: "太和社区党群服务中心二楼", lat: 39.9, lng: 116.4 },
  category: "class",
  organizer: "太和社区",
  audience: "elders",
  capacity: 20,
  registeredCount: 12,
  updatedAt: "2026-11-01T08:00:00Z",
};

describe("Event", () => {
  it("accepts a complete event and one with only the required fields", () => {
    expect(z.safeParse(Event, validEvent).success).toBe(true);
    const { organizer, audience, capacity, registeredCount, ...required } = validEvent;
    expect(z.safeParse(Event, required).success).toBe(true);
  });

  it.each([
    ["start without an offset", { start: "2026-11-24T09:00:00" }, "start"],
    ["an unknown time zone", { timezone: "Mars/Olympus" }, "timezone"],
    ["an empty title", { title: "" }, "title"],
    ["a latitude beyond the pole", { location: { name: "x", lat: 91 } }, "location.lat"],
    ["a negative capacity", { capacity: -1 }, "capacity"],
    ["a fractional registered count", { registeredCount: 1.5 }, "registeredCount"],
    ["an unknown audience", { audience: "pets" }, "audience"],
    ["a category that is not a slug", { category: "Class Room" }, "category"],
    ["a link that would run script", { url: "javascript:alert(1)" }, "url"],
    ["an image that is not on the web", { imageUrl: "data:text/html,<script>alert(1)</script>" }, "imageUrl"],
  ])("rejects %s, naming the field", (_label, patch, field) => {
    const result = z.safeParse(Event, { ...validEvent, ...patch });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error?.issues ?? []).map((error) => error.field)).toContain(field);
  });
});

describe("Community", () => {
  it("accepts a community with categories and rejects a bad locale", () => {
    const community = {
      id: "taihe",
      name: "太和社区",
      timezone: "Asia/Shanghai",
      locale: "zh-CN",
      address: "太和路 1 号",
      categories: [{ id: "class", name: "课堂", color: "#b3261e" }],
      privacy: { controller: "太和社区居民委员会", contact: "服务台 010-6552 0188", retentionDays: 30 },
    };
    expect(z.safeParse(Community, community).success).toBe(true);
    expect(z.safeParse(Community, { ...community, privacy: { ...community.privacy, retentionDays: 0 } }).success).toBe(false);
    expect(z.safeParse(Community, { ...community, locale: "fr" }).success).toBe(false);
    expect(z.safeParse(Community, { ...community, categories: [{ id: "class", name: "课堂", color: "red" }] }).success).toBe(false);
  });
});

describe("EventListQuery", () => {
  it("accepts days and instants and coerces the limit", () => {
    const parsed = z.parse(EventListQuery, { from: "2026-11-01", to: "2026-12-01T00:00:00+08:00", limit: "50", category: "class,talk" });
    expect(parsed.limit).toBe(50);
  });

  it.each([
    [{ from: "2026-13-01" }, "from"],
    [{ to: "tomorrow" }, "to"],
    [{ limit: "0" }, "limit"],
    [{ limit: "5000" }, "limit"],
    [{ category: "a b" }, "category"],
  ])("rejects %j", (query, field) => {
    const result = z.safeParse(EventListQuery, query);
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error?.issues ?? [])[0]?.field).toBe(field);
  });
});

describe("Page and Problem", () => {
  it("validates a page of events and a problem with field errors", () => {
    expect(z.safeParse(Page(Event), { items: [validEvent], nextCursor: null }).success).toBe(true);
    expect(z.safeParse(Page(Event), { items: [{ ...validEvent, end: 5 }], nextCursor: null }).success).toBe(false);
    const problem = {
      type: "https://community-kit.dev/problems/invalid_parameter",
      title: "Invalid query parameter",
      status: 400,
      code: "invalid_parameter",
      errors: [{ field: "from", code: "invalid_format", message: "Expected a day or an instant" }],
    };
    expect(z.safeParse(Problem, problem).success).toBe(true);
    expect(z.safeParse(Problem, { ...problem, status: 200 }).success).toBe(false);
  });
});

describe("the schemas as zod schemas", () => {
  it("parse as developers expect: Event.parse, Event.safeParse, z.parse", () => {
    expect(Event.parse(validEvent).title).toBe("书法课堂");
    expect(() => Event.parse({ ...validEvent, start: "tomorrow" })).toThrow(/Invalid instant/);
    const form = RegistrationRequest.safeParse({ name: " 李秀英 ", phone: "138 0013 8000", partySize: 2, consent: true });
    expect(form.success && form.data).toEqual({ name: "李秀英", phone: "13800138000", partySize: 2, consent: true });
    expect(z.parse(Event, validEvent)).toEqual(Event.parse(validEvent));
  });

  it("drop fields they do not know, as an older client reads a newer answer", () => {
    expect(Event.parse({ ...validEvent, livestream: "https://example.org/live" })).not.toHaveProperty("livestream");
  });
});
