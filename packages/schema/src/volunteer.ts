import * as v from "valibot";
import { object } from "./json-object.js";
import { DayOrInstant, Instant, Int, LineOfText, PlainDate, Slug, TimeZone, WaitlistPosition, WholeNumber } from "./common.js";
import { Audience, EventLocation } from "./event.js";
import { PersonName, PhoneNumber } from "./registration.js";

/** A volunteer team of a community, e.g. 环境卫生志愿服务队. */
export const Team = object({
  id: Slug,
  name: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(100)),
  description: v.pipe(v.string(), v.maxCodePoints(2000)),
});
export type Team = v.InferOutput<typeof Team>;

const Skill = v.pipe(v.string(), v.minLength(1), v.maxCodePoints(40));
/** The skills a volunteer brings or a shift asks for: at most 20. */
const SkillList = v.pipe(v.array(Skill), v.maxLength(20));

/** One time volunteers are needed for an opportunity, with how many and how many have signed up: never who, unless they chose to be shown. */
export const Shift = object({
  /** e.g. clean-up-day-20261128t0830 */
  id: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(100)),
  opportunityId: Slug,
  start: Instant,
  end: Instant,
  /** Where, when not the opportunity's place. */
  location: v.optional(EventLocation),
  capacity: WholeNumber(1, 1000),
  /** Confirmed volunteers; never more than capacity. */
  filled: Int,
  waitlisted: Int,
  /** Volunteers must declare they are at least this old; no ID is asked. */
  minimumAge: v.optional(WholeNumber(1, 100)),
  /** Skills this shift needs (some of its volunteers, not all). */
  skills: v.array(Skill),
  /** Masked names (张**) of confirmed volunteers who chose to be shown. */
  volunteers: v.array(v.string()),
});
export type Shift = v.InferOutput<typeof Shift>;

/** An activity that needs volunteers, e.g. 清洁社区卫生, with its shifts. */
export const Opportunity = object({
  id: Slug,
  title: v.pipe(v.string(), v.minLength(1), v.maxCodePoints(200)),
  description: v.pipe(v.string(), v.maxCodePoints(5000)),
  team: Team,
  location: EventLocation,
  /** Skills welcome for this activity. */
  skills: v.array(Skill),
  audience: v.optional(Audience),
  timezone: TimeZone,
  /** Its shifts in the range asked (all to come, for one opportunity), in start order. */
  shifts: v.array(Shift),
  updatedAt: Instant,
});
export type Opportunity = v.InferOutput<typeof Opportunity>;

/** Query of `GET …/opportunities`: the opportunities with a shift in the range (default from now, 8 weeks). */
export const OpportunityListQuery = object({
  from: v.optional(DayOrInstant),
  to: v.optional(DayOrInstant),
  team: v.optional(Slug),
  skill: v.optional(Skill),
});

/** Body of `POST …/shifts/{id}/signups`. */
export const SignupRequest = object({
  name: PersonName,
  phone: PhoneNumber,
  /** Skills the volunteer brings (optional). */
  skills: v.optional(SkillList),
  /** Whether others may see the volunteer on the shift, as a masked name (张**). */
  showName: v.optional(v.boolean()),
  /** Required where the shift has a minimum age: the volunteer's own word, no ID. */
  meetsMinimumAge: v.optional(v.boolean()),
  /** The unticked box beside the privacy notice, ticked by the volunteer. */
  consent: v.literal(true),
});
export type SignupRequest = v.InferInput<typeof SignupRequest>;

export const SignupStatus = v.picklist(["confirmed", "waitlisted"]);
export type SignupStatus = v.InferOutput<typeof SignupStatus>;

/** The answer to a sign-up: only the volunteer ever sees the token. */
export const SignupResult = object({
  signupId: v.string(),
  shiftId: v.string(),
  status: SignupStatus,
  /** 1-based place on the waitlist */
  position: v.optional(WaitlistPosition),
  start: Instant,
  end: Instant,
  /** Secret that cancels this sign-up; keep it on the volunteer's device. */
  cancelToken: v.string(),
});
export type SignupResult = v.InferOutput<typeof SignupResult>;

/** `GET …/signups/{id}` with its Cancel-Token: where a sign-up stands now (a waitlisted one may have been promoted). */
export const SignupCheck = object({
  signupId: v.string(),
  shiftId: v.string(),
  status: v.picklist(["confirmed", "waitlisted", "cancelled"]),
  position: v.optional(WaitlistPosition),
});
export type SignupCheck = v.InferOutput<typeof SignupCheck>;

/**
 * A name as others may see it: the first character and a star for each of
 * the rest (张** for 张秀英, M****** for Margaret), one word only.
 */
export function maskName(name: string): string {
  const [first = "", ...rest] = Array.from(name.trim().split(/\s+/)[0] ?? "");
  return first + "*".repeat(Math.max(rest.length, 1));
}

// Management (API key): what staff write and read, with personal data.

/** Body of `POST …/opportunities`. */
export const OpportunityWrite = object({
  id: Slug,
  teamId: Slug,
  title: LineOfText(200),
  description: v.optional(v.pipe(v.string(), v.maxCodePoints(5000))),
  location: EventLocation,
  skills: v.optional(SkillList),
  audience: v.optional(Audience),
});
export type OpportunityWrite = v.InferInput<typeof OpportunityWrite>;

/** Body of `POST …/opportunities/{id}/shifts`. */
export const ShiftWrite = object({
  start: Instant,
  end: Instant,
  capacity: WholeNumber(1, 1000),
  location: v.optional(EventLocation),
  minimumAge: v.optional(WholeNumber(1, 100)),
  skills: v.optional(SkillList),
});
export type ShiftWrite = v.InferInput<typeof ShiftWrite>;

/** A sign-up with who it is, for staff only. */
export const ManagedSignup = object({
  signupId: v.string(),
  shiftId: v.string(),
  name: v.string(),
  /** Normalized: 13800138000 or +442079460958 */
  phone: v.string(),
  skills: v.array(v.string()),
  showName: v.boolean(),
  status: v.picklist(["confirmed", "waitlisted", "cancelled"]),
  position: v.optional(WaitlistPosition),
  createdAt: Instant,
  cancelledAt: v.optional(Instant),
  checkedInAt: v.optional(Instant),
  /** Marked after the shift: true came, false did not; absent until marked. */
  attended: v.optional(v.boolean()),
});
export type ManagedSignup = v.InferOutput<typeof ManagedSignup>;
export const ManagedSignupList = v.array(ManagedSignup);

/** Body of `PUT …/signups/{id}/attendance`. */
export const AttendanceRequest = object({ attended: v.boolean() });

/** Query of `GET …/volunteer-hours`: the days `from` to `to` inclusive, in the community's zone. */
export const VolunteerHoursQuery = object({ from: PlainDate, to: PlainDate, team: v.optional(Slug) });
export type VolunteerHoursQuery = v.InferOutput<typeof VolunteerHoursQuery>;

/** Hours served (attended shifts only) per volunteer and per team over a period. */
export const VolunteerHours = object({
  from: PlainDate,
  to: PlainDate,
  volunteers: v.array(object({ name: v.string(), phone: v.string(), shifts: Int, hours: v.number() })),
  teams: v.array(object({ team: Team, shifts: Int, volunteers: Int, hours: v.number() })),
});
export type VolunteerHours = v.InferOutput<typeof VolunteerHours>;
