import { type Opportunity, type Shift, formatInstantIn, maskName } from "@community-kit/schema";
import { json, problem } from "./story-http.js";
import { storySecrets } from "./story-secrets.js";

/**
 * Volunteer sign-ups for the story API, kept in memory for the visit: places
 * fill in arrival order, the rest wait, a cancel promotes the first waiting,
 * and one phone cannot hold two shifts at once, as on the server.
 */
interface StorySignup {
  signupId: string;
  shiftId: string;
  name: string;
  phone: string;
  showName: boolean;
  status: "confirmed" | "waitlisted" | "cancelled";
}

const signups: StorySignup[] = [];
/** Shifts a story added to an opportunity of the demo, by the opportunity's id. */
const addedShifts = new Map<string, Shift[]>();

/** Forgets every sign-up made and shift added, as a fresh server would have none. */
export function forgetStorySignups(): void {
  signups.length = 0;
  addedShifts.clear();
}

const active = (shiftId: string) => signups.filter((signup) => signup.shiftId === shiftId && signup.status !== "cancelled");

function withCounts(shift: Shift): Shift {
  const mine = active(shift.id);
  const confirmed = mine.filter((signup) => signup.status === "confirmed");
  return {
    ...shift,
    filled: confirmed.length,
    waitlisted: mine.length - confirmed.length,
    volunteers: confirmed.filter((signup) => signup.showName).map((signup) => maskName(signup.name)),
  };
}

/** The demo's opportunities with the shifts stories added, in time order. */
export const withAddedShifts = (opportunities: Opportunity[]): Opportunity[] =>
  opportunities.map((opportunity) => {
    const added = addedShifts.get(opportunity.id);
    return added ? { ...opportunity, shifts: [...opportunity.shifts, ...added].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)) } : opportunity;
  });

export const withSignups = (opportunities: Opportunity[]) =>
  opportunities.map((opportunity) => ({ ...opportunity, shifts: opportunity.shifts.map(withCounts) }));

const position = (signup: StorySignup) =>
  active(signup.shiftId)
    .filter((other) => other.status === "waitlisted")
    .indexOf(signup) + 1;

export function signUp(opportunities: Opportunity[], shiftId: string, body: string): Response {
  const request = JSON.parse(body) as { name: string; phone: string; showName?: boolean };
  const all = opportunities.flatMap((opportunity) => opportunity.shifts.map((shift) => ({ opportunity, shift })));
  const found = all.find((entry) => entry.shift.id === shiftId);
  if (!found) return problem(404, "shift_not_found", "Shift not found");
  const phone = request.phone.replace(/[\s-]/g, "");
  const held = signups
    .filter((signup) => signup.phone === phone && signup.status !== "cancelled")
    .map((signup) => all.find((entry) => entry.shift.id === signup.shiftId)!)
    .find((entry) => Date.parse(entry.shift.start) < Date.parse(found.shift.end) && Date.parse(entry.shift.end) > Date.parse(found.shift.start));
  if (held) {
    const { shift, opportunity } = held;
    return problem(409, "overlapping_signup", "Overlapping shift", {
      errors: [{ field: "phone", code: "overlapping_signup", message: "Overlapping" }],
      conflict: { shiftId: shift.id, title: opportunity.title, start: shift.start, end: shift.end },
    });
  }
  const confirmed = active(shiftId).filter((signup) => signup.status === "confirmed").length < found.shift.capacity;
  const signup: StorySignup = {
    signupId: crypto.randomUUID(),
    shiftId,
    name: request.name,
    phone,
    showName: Boolean(request.showName),
    status: confirmed ? "confirmed" : "waitlisted",
  };
  signups.push(signup);
  return json(
    {
      signupId: signup.signupId,
      shiftId,
      status: signup.status,
      ...(confirmed ? {} : { position: position(signup) }),
      start: found.shift.start,
      end: found.shift.end,
      ...storySecrets(),
    },
    201,
  );
}

export function cancelSignup(signupId: string): Response {
  const signup = signups.find((candidate) => candidate.signupId === signupId);
  if (!signup) return problem(404, "signup_not_found", "Sign-up not found");
  const wasConfirmed = signup.status === "confirmed";
  signup.status = "cancelled";
  const next = active(signup.shiftId).find((other) => other.status === "waitlisted");
  if (wasConfirmed && next) next.status = "confirmed";
  return new Response(null, { status: 204 });
}

export function checkSignup(signupId: string): Response {
  const signup = signups.find((candidate) => candidate.signupId === signupId);
  if (!signup) return problem(404, "signup_not_found", "Sign-up not found");
  return json({ signupId, shiftId: signup.shiftId, status: signup.status, ...(signup.status === "waitlisted" ? { position: position(signup) } : {}) });
}

/** Neighbours take every place of a shift, and one waits: for the stories of a full shift. */
export function fillShift(shift: Shift): void {
  const add = (status: StorySignup["status"]) =>
    signups.push({
      signupId: crypto.randomUUID(),
      shiftId: shift.id,
      name: "邻居",
      phone: `1390000${String(signups.length).padStart(4, "0")}`,
      showName: false,
      status,
    });
  while (active(shift.id).filter((signup) => signup.status === "confirmed").length < shift.capacity) add("confirmed");
  if (!active(shift.id).some((signup) => signup.status === "waitlisted")) add("waitlisted");
}

/** A shift staff added in the console's story, with its id made as the server makes it (the opportunity and its local start). */
export function addStoryShift(opportunityId: string, write: { start: string; end: string; capacity: number }, timeZone: string): Shift {
  const start = formatInstantIn(new Date(write.start), timeZone);
  const shift: Shift = {
    id: `${opportunityId}-${start.slice(0, 10).replaceAll("-", "")}t${start.slice(11, 16).replace(":", "")}`,
    opportunityId,
    start,
    end: formatInstantIn(new Date(write.end), timeZone),
    capacity: write.capacity,
    filled: 0,
    waitlisted: 0,
    skills: [],
    volunteers: [],
  };
  addedShifts.set(opportunityId, [...(addedShifts.get(opportunityId) ?? []), shift]);
  return shift;
}

/**
 * `phone` already holds a shift of `opportunity` that starts an hour before `shift` and overlaps it
 * (the demo's shifts never overlap): for the story of a volunteer who cannot be in two places at once.
 */
export function holdOverlappingShift(opportunity: Opportunity, shift: Shift, timeZone: string, volunteer: { name: string; phone: string }): void {
  const hour = 3_600_000;
  const at = (instant: number) => formatInstantIn(new Date(instant), timeZone);
  const overlapping: Shift = {
    ...shift,
    id: `${opportunity.id}-${shift.id}`,
    start: at(Date.parse(shift.start) - hour),
    end: at(Date.parse(shift.end) - hour),
  };
  addedShifts.set(opportunity.id, [...(addedShifts.get(opportunity.id) ?? []), overlapping]);
  signups.push({
    signupId: crypto.randomUUID(),
    shiftId: overlapping.id,
    name: volunteer.name,
    phone: volunteer.phone.replace(/[\s-]/g, ""),
    showName: false,
    status: "confirmed",
  });
}
