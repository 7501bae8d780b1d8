import type { Event, Resource } from "@community-kit/schema";
import { demoCommunityEvents, demoCommunityOpportunities, demoCommunityPartners, demoCommunityResources } from "@community-kit/server/demo-data";
import riversideFeed from "../packages/events/test/fixtures/riverside.ics?raw";
import { availability, book, cancelBooking, forgetStoryBookings } from "./story-bookings.js";
import { json, problem } from "./story-http.js";
import { storySecrets } from "./story-secrets.js";
import { answerStaff, forgetStoryStaff, storyStaffChanges, withStaffChanges } from "./story-staff.js";
import { cancelSignup, checkSignup, forgetStorySignups, signUp, withAddedShifts, withSignups } from "./story-volunteers.js";

/**
 * Storybook has no server: requests to STORY_API get the answers of the
 * reference API for the demo data, or the failure a story asks for. Each
 * scenario is the first path segment: /ready, /loading, /empty, /error,
 * /malformed, /offline, /cancelled (the community called off the first
 * event still to come that takes registrations), and the write failures
 * below. Registrations are kept in memory for the visit, first fit as the
 * server does, so the places left change as in the real thing;
 * bookings and volunteer sign-ups likewise (story-bookings.ts, story-volunteers.ts).
 * /feeds/riverside.ics is an iCalendar feed, for the `src` attribute. What staff read and change
 * in the console's stories is story-staff.ts's, on top of the same demo.
 */
export const STORY_API = "https://api.storybook.invalid";

/** How long a play step waits for what a resident would see: generous, for a machine running many stories at once. */
export const PLAY_TIMEOUT = 15_000;

export type Scenario = "ready" | "loading" | "empty" | "error" | "malformed" | "offline" | "cancelled" | "tells-residents" | WriteFailure;

/**
 * Scenarios whose reads are the demo's and whose every write fails: too many writes (429), a page on
 * an origin the community does not allow (403), registration closed while the form was open, or no
 * network just as the resident sends (the SDK keeps the write on the device).
 */
const WRITE_FAILURES = {
  "rate-limited": () => problem(429, "rate_limited", "Too many requests", {}, { "Retry-After": "60" }),
  "origin-not-allowed": () => problem(403, "origin_not_allowed", "Origin not allowed"),
  "registration-closed": () => problem(409, "registration_closed", "Registration closed"),
  "offline-writes": (): Response => {
    throw new TypeError("Failed to fetch");
  },
};
export type WriteFailure = keyof typeof WRITE_FAILURES;
const failsWrites = (scenario: Scenario): scenario is WriteFailure => scenario in WRITE_FAILURES;

/** Scenarios whose answers have been served once; /offline fails from the second request on. */
const served = new Set<string>();

/** Places taken and parties waiting per event, on top of the demo's counts. */
const taken = new Map<string, number>();
const waiting = new Map<string, Array<{ registrationId: string; partySize: number }>>();
const registrations = new Map<string, { eventId: string; partySize: number; status: "confirmed" | "waitlisted" }>();

function withRegistrations(event: Event): Event {
  const extra = taken.get(event.id) ?? 0;
  const queue = waiting.get(event.id) ?? [];
  if (!extra && !queue.length) return event;
  return {
    ...event,
    registeredCount: (event.registeredCount ?? 0) + extra,
    registration: event.registration && { ...event.registration, waitlisted: queue.length },
  };
}

function cancelled(event: Event): Event {
  return { ...event, status: "cancelled", registration: event.registration && { ...event.registration, open: false } };
}

async function register(event: Event, body: string): Promise<Response> {
  const request = JSON.parse(body) as { partySize: number };
  const current = withRegistrations(event);
  const registrationId = crypto.randomUUID();
  const secrets = storySecrets();
  const fits = (current.registeredCount ?? 0) + request.partySize <= (current.capacity ?? Infinity);
  if (fits) {
    taken.set(event.id, (taken.get(event.id) ?? 0) + request.partySize);
    registrations.set(registrationId, { eventId: event.id, partySize: request.partySize, status: "confirmed" });
    return json({ registrationId, status: "confirmed", partySize: request.partySize, ...secrets }, 201);
  }
  const queue = [...(waiting.get(event.id) ?? []), { registrationId, partySize: request.partySize }];
  waiting.set(event.id, queue);
  registrations.set(registrationId, { eventId: event.id, partySize: request.partySize, status: "waitlisted" });
  return json({ registrationId, status: "waitlisted", position: queue.length, partySize: request.partySize, ...secrets }, 201);
}

function cancel(registrationId: string): Response {
  const registration = registrations.get(registrationId);
  if (!registration) return problem(404, "registration_not_found", "Registration not found");
  registrations.delete(registrationId);
  if (registration.status === "confirmed") taken.set(registration.eventId, (taken.get(registration.eventId) ?? 0) - registration.partySize);
  else
    waiting.set(
      registration.eventId,
      (waiting.get(registration.eventId) ?? []).filter((entry) => entry.registrationId !== registrationId),
    );
  return new Response(null, { status: 204 });
}

/** Where a registration stands now, as `GET …/registrations/{id}` answers the resident who holds it. */
function checkRegistration(event: Event, registrationId: string): Response {
  const registration = registrations.get(registrationId);
  if (!registration || registration.eventId !== event.id) return problem(404, "registration_not_found", "Registration not found");
  const held = { registrationId, eventCancelled: event.status === "cancelled" };
  if (registration.status === "confirmed") return json({ ...held, status: "confirmed" });
  const position = (waiting.get(event.id) ?? []).findIndex((entry) => entry.registrationId === registrationId) + 1;
  return json({ ...held, status: "waitlisted", position });
}

/** The demo's picture of each room, which Storybook serves beside the stories (examples/photos). */
function withPicture(resource: Resource): Resource {
  return { ...resource, photos: [new URL(`/photos/${resource.id}.svg`, location.href).href] };
}

async function answer(url: URL, method: string, body: () => Promise<string>): Promise<Response> {
  const [, scenario, , , community, resource, eventId, registrationsPath, registrationId] = url.pathname.split("/") as [
    string,
    Scenario,
    string,
    string,
    string,
    string?,
    string?,
    string?,
    string?,
  ];
  if (scenario === "loading") return new Promise(() => {});
  if (scenario === "error") return new Response("Internal Server Error", { status: 500, headers: { "Content-Type": "text/plain" } });
  if (scenario === "malformed") return json({ id: community, name: 42 });
  if (method !== "GET" && failsWrites(scenario)) return WRITE_FAILURES[scenario]();
  if (scenario === "offline") {
    if (served.has(url.href)) throw new TypeError("Failed to fetch");
    served.add(url.href);
  }
  const staffAnswer = await answerStaff({
    url,
    method,
    body,
    demo: () => {
      const { community: details, events } = demoCommunityEvents(community);
      return {
        events: withStaffChanges(events, storyStaffChanges().events),
        resources: demoCommunityResources(community).map(withPicture),
        opportunities: withSignups(withAddedShifts(demoCommunityOpportunities(community))),
        partners: demoCommunityPartners(community),
        officialDays: details.officialDays ?? [],
      };
    },
  });
  if (staffAnswer) return staffAnswer;
  let demo: ReturnType<typeof demoCommunityEvents>;
  try {
    const { community: details, events } = demoCommunityEvents(community);
    demo = { community: details, events: withStaffChanges(events, storyStaffChanges().events) };
  } catch {
    return problem(404, "community_not_found", "Community not found");
  }
  // A community that tells residents who ask, by its SMS gateway and by e-mail: the forms offer it.
  if (!resource) return json(scenario === "tells-residents" ? { ...demo.community, notices: ["sms", "email"] } : demo.community);
  if (resource === "partners") {
    const partners = scenario === "empty" ? [] : withStaffChanges(demoCommunityPartners(community), storyStaffChanges().partners);
    const partner = partners.find((candidate) => candidate.id === eventId);
    if (!eventId) return json({ items: partners, nextCursor: null });
    if (!partner) return problem(404, "partner_not_found", "Partner not found");
    const soon = Date.now() + 90 * 86_400_000;
    const events = demo.events
      .filter((event) => event.organizer === partner.name && Date.parse(event.end) > Date.now() && Date.parse(event.start) < soon)
      .slice(0, 20);
    return json({ ...partner, events });
  }
  if (resource === "opportunities" || resource === "shifts" || resource === "signups") {
    const opportunities = scenario === "empty" ? [] : withAddedShifts(demoCommunityOpportunities(community));
    if (resource === "shifts" && method === "POST") return signUp(opportunities, eventId ?? "", await body());
    if (resource === "signups") return method === "DELETE" ? cancelSignup(eventId ?? "") : checkSignup(eventId ?? "");
    if (resource === "shifts") return new Response("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", { headers: { "Content-Type": "text/calendar" } });
    return json({ items: withSignups(opportunities), nextCursor: null });
  }
  if (resource === "resources" || resource === "bookings") {
    const resources = scenario === "empty" ? [] : withStaffChanges(demoCommunityResources(community).map(withPicture), storyStaffChanges().resources);
    if (resource === "bookings") return method === "POST" ? book(community, resources, await body()) : cancelBooking(eventId ?? "");
    const chosen = resources.find((candidate) => candidate.id === eventId);
    if (chosen && registrationsPath === "availability") return availability(community, chosen, url.searchParams.get("from") ?? "");
    return json(chosen ?? { items: resources, nextCursor: null });
  }
  if (scenario === "empty") return json({ items: [], nextCursor: null });
  if (eventId) {
    const event = demo.events.find((candidate) => candidate.id === eventId);
    if (!event) return problem(404, "event_not_found", "Event not found");
    if (registrationsPath === "registrations" && method === "POST") return register(event, await body());
    if (registrationsPath === "registrations" && registrationId && method === "DELETE") return cancel(registrationId);
    if (registrationsPath === "registrations" && registrationId) return checkRegistration(event, registrationId);
    return json(withRegistrations(event));
  }
  const from = Date.parse(url.searchParams.get("from") ?? "") || -Infinity;
  const to = Date.parse(url.searchParams.get("to") ?? "") || Infinity;
  const limit = Number(url.searchParams.get("limit") ?? 100);
  const items = demo.events.filter((event) => Date.parse(event.end) > from && Date.parse(event.start) < to).slice(0, limit);
  const calledOff = scenario === "cancelled" ? demo.events.find((event) => Date.parse(event.start) > Date.now() && event.registration?.open)?.id : undefined;
  return json({ items: items.map(withRegistrations).map((event) => (event.id === calledOff ? cancelled(event) : event)), nextCursor: null });
}

/** Forgets every write the stories made (registrations, bookings, sign-ups) and what was served: a fresh server for the next story. */
export function resetStoryApi(): void {
  served.clear();
  taken.clear();
  waiting.clear();
  registrations.clear();
  forgetStoryBookings();
  forgetStorySignups();
  forgetStoryStaff();
}

export function installStoryApi(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== STORY_API) return realFetch(input, init);
    if (url.pathname === "/feeds/riverside.ics") return Promise.resolve(new Response(riversideFeed, { headers: { "Content-Type": "text/calendar" } }));
    const request = new Request(input, init);
    return answer(url, request.method, () => request.text());
  };
}

/** Loads a month once while online so that the "offline" scenario has a saved copy to show. */
export async function primeOfflineCopy(attributes: Record<string, string>): Promise<void> {
  const probe = document.createElement("community-events");
  for (const [name, value] of Object.entries(attributes)) probe.setAttribute(name, value);
  probe.style.cssText = "position:absolute;visibility:hidden;width:900px";
  document.body.append(probe);
  const deadline = Date.now() + 5000;
  while (!probe.shadowRoot?.querySelector(".event") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  probe.remove();
}
