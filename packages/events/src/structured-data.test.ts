import { describe, expect, it } from "vitest";
import { type EventInput, calendarEventsFromInput } from "./calendar-event.js";
import { eventJsonLd, eventsJsonLd } from "./structured-data.js";

const shanghai = { timeZone: "Asia/Shanghai", community: { name: "太和社区居民委员会" } };

function oneEvent(input: EventInput, timeZone = "Asia/Shanghai") {
  return calendarEventsFromInput([input], timeZone).events[0]!;
}

describe("eventJsonLd", () => {
  it("has what search engines require and recommend", () => {
    const event = oneEvent({
      id: "clinic",
      title: "公益义诊",
      start: "2026-06-13T08:30:00+08:00",
      end: "2026-06-13T11:30:00+08:00",
      location: { name: "文化广场", address: "太和路 88 号", lat: 23.1, lng: 113.3 },
      description: "测血压、测血糖",
      capacity: 20,
      registeredCount: 20,
      url: "https://example.org/clinic",
    });
    expect(eventJsonLd({ ...event, registration: { open: true, maxPartySize: 2, waitlisted: 3 } }, shanghai)).toEqual({
      "@type": "Event",
      name: "公益义诊",
      startDate: "2026-06-13T08:30:00+08:00",
      endDate: "2026-06-13T11:30:00+08:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "文化广场", address: "太和路 88 号", geo: { "@type": "GeoCoordinates", latitude: 23.1, longitude: 113.3 } },
      description: "测血压、测血糖",
      organizer: { "@type": "Organization", name: "太和社区居民委员会" },
      url: "https://example.org/clinic",
      maximumAttendeeCapacity: 20,
      remainingAttendeeCapacity: 0,
      offers: { "@type": "Offer", availability: "https://schema.org/SoldOut", url: "https://example.org/clinic" },
    });
  });

  it("writes times with the offset of their day, summer time in London included", () => {
    const summer = eventJsonLd(oneEvent({ id: "s", title: "Fête", start: "2026-07-01T10:00:00+01:00" }, "Europe/London"), { timeZone: "Europe/London" });
    const winter = eventJsonLd(oneEvent({ id: "w", title: "Carols", start: "2026-12-01T10:00:00+00:00" }, "Europe/London"), { timeZone: "Europe/London" });
    expect([summer.startDate, winter.startDate]).toEqual(["2026-07-01T10:00:00+01:00", "2026-12-01T10:00:00+00:00"]);
  });

  it("gives an all-day event its first and last day", () => {
    const festival = oneEvent({ id: "festival", title: "幸福邻里节", start: "2026-06-18", end: "2026-06-21", allDay: true });
    expect(eventJsonLd(festival, shanghai)).toMatchObject({ startDate: "2026-06-18", endDate: "2026-06-20" });
  });

  it("names the event's own organizer before the community, and leaves out what is not known", () => {
    const talk = eventJsonLd(oneEvent({ id: "talk", title: "Repair café", start: "2026-06-13T10:00:00+01:00", organizer: "Riverside Library" }), {
      timeZone: "Europe/London",
    });
    expect(talk.organizer).toEqual({ "@type": "Organization", name: "Riverside Library" });
    expect(Object.keys(talk)).not.toContain("offers");
    expect(Object.keys(talk)).not.toContain("location");
    expect(Object.keys(talk)).not.toContain("remainingAttendeeCapacity");
  });
});

describe("eventsJsonLd", () => {
  it("is a schema.org graph that no title can break out of", () => {
    const json = eventsJsonLd([oneEvent({ id: "x", title: "</script><script>alert(1)</script>", start: "2026-06-13T10:00:00+08:00" })], shanghai);
    expect(json).not.toContain("</script");
    const document = JSON.parse(json);
    expect(document["@context"]).toBe("https://schema.org");
    expect(document["@graph"][0].name).toBe("</script><script>alert(1)</script>");
  });

  it("describes a page's worth of events, not a whole busy month", () => {
    const many = calendarEventsFromInput(
      Array.from({ length: 250 }, (_, index) => ({ id: `e${index}`, title: `活动 ${index}`, start: "2026-06-13T10:00:00+08:00" })),
      "Asia/Shanghai",
    ).events;
    expect(JSON.parse(eventsJsonLd(many, shanghai))["@graph"]).toHaveLength(200);
  });
});
