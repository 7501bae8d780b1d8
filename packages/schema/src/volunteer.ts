import * as z from "zod/mini";
import { noticeConsentFields } from "./notice-consent.js";
import { checked } from "./checked.js";
import {
  type Confirmed,
  DayOrInstant,
  Instant,
  Int,
  LineOfText,
  PlainDate,
  Slug,
  Text,
  TimeZone,
  type Waitlisted,
  WaitlistPosition,
  WholeNumber,
  withPositionWhenWaitlisted,
} from "./common.js";
import { Audience, EventLocation } from "./event.js";
import { PersonName, PhoneNumber } from "./registration.js";

/** A volunteer team of a community, e.g. 环境卫生志愿服务队. */
export const Team = z.object({
  id: Slug,
  name: Text(100, 1),
  description: Text(2000),
});
export interface Team extends z.infer<typeof Team> {}

const Skill = Text(40, 1);
/** The skills a volunteer brings or a shift asks for: at most 20. */
const SkillList = checked(z.array(Skill), z.maxLength(20));

/** One time volunteers are needed for an opportunity, with how many and how many have signed up: never who, unless they chose to be shown. */
export const Shift = z.object({
  /** e.g. clean-up-day-20261128t0830 */
  id: Text(100, 1),
  opportunityId: Slug,
  start: Instant,
  end: Instant,
  /** Where, when not the opportunity's place. */
  location: z.optional(EventLocation),
  capacity: WholeNumber(1, 1000),
  /** Confirmed volunteers; never more than capacity. */
  filled: Int,
  waitlisted: Int,
  /** Volunteers must declare they are at least this old; no ID is asked. */
  minimumAge: z.optional(WholeNumber(1, 100)),
  /** Skills this shift needs (some of its volunteers, not all). */
  skills: z.array(Skill),
  /** Masked names (张**) of confirmed volunteers who chose to be shown. */
  volunteers: z.array(z.string()),
});
export interface Shift extends z.infer<typeof Shift> {}

/** An activity that needs volunteers, e.g. 清洁社区卫生, with its shifts. */
export const Opportunity = z.object({
  id: Slug,
  title: Text(200, 1),
  description: Text(5000),
  team: Team,
  location: EventLocation,
  /** Skills welcome for this activity. */
  skills: z.array(Skill),
  audience: z.optional(Audience),
  timezone: TimeZone,
  /** Its shifts in the range asked (all to come, for one opportunity), in start order. */
  shifts: z.array(Shift),
  updatedAt: Instant,
});
export interface Opportunity extends z.infer<typeof Opportunity> {}

/** Query of `GET …/opportunities`: the opportunities with a shift in the range (default from now, 8 weeks). */
export const OpportunityListQuery = z.object({
  from: z.optional(DayOrInstant),
  to: z.optional(DayOrInstant),
  team: z.optional(Slug),
  skill: z.optional(Skill),
});

/** Body of `POST …/shifts/{id}/signups`. */
export const SignupRequest = z.object({
  name: PersonName,
  phone: PhoneNumber,
  /** Skills the volunteer brings (optional). */
  skills: z.optional(SkillList),
  /** Whether others may see the volunteer on the shift, as a masked name (张**). */
  showName: z.optional(z.boolean()),
  /** Required where the shift has a minimum age: the volunteer's own word, no ID. */
  meetsMinimumAge: z.optional(z.boolean()),
  /** The unticked box beside the privacy notice, ticked by the volunteer. */
  consent: z.literal(true),
  ...noticeConsentFields,
});
export type SignupRequest = z.input<typeof SignupRequest>;

export const SignupStatus = z.enum(["confirmed", "waitlisted"]);
export type SignupStatus = z.infer<typeof SignupStatus>;

/** What every answer to a sign-up has. */
interface SignupAnswer {
  signupId: string;
  shiftId: string;
  start: string;
  end: string;
  /** Secret that cancels this sign-up; keep it on the volunteer's device. */
  cancelToken: string;
  /** What the resident reads out to cancel this sign-up by phone, with the phone number it was made with: `formatShortCode` shows it. */
  shortCode: string;
}
/** The shift has a place for the volunteer. */
export interface ConfirmedSignup extends SignupAnswer, Confirmed {}
/** The shift is full: the volunteer waits, and moves up as places are given back. */
export interface WaitlistedSignup extends SignupAnswer, Waitlisted {}
/** The answer to a sign-up, told apart by `status`: only a waitlisted one has its `position`. Only the volunteer ever sees the token. */
export type SignupResult = ConfirmedSignup | WaitlistedSignup;

/** SignupResult's schema (see withPositionWhenWaitlisted). */
export const SignupResult = withPositionWhenWaitlisted<SignupResult>(
  z.object({
    signupId: z.string(),
    shiftId: z.string(),
    start: Instant,
    end: Instant,
    cancelToken: z.string(),
    shortCode: z.string(),
    status: SignupStatus,
    position: z.optional(WaitlistPosition),
  }),
);

/** `GET …/signups/{id}` with its Cancel-Token: where a sign-up stands now (a waitlisted one may have been promoted). */
type HeldSignup = {
  signupId: string;
  shiftId: string;
  /** The centre called the shift off (the sign-up is then cancelled), with the reason its volunteers read. */
  shiftCancelled?: boolean;
  reason?: string;
};
export type SignupCheck = (HeldSignup & Confirmed) | (HeldSignup & { status: "cancelled"; position?: undefined }) | (HeldSignup & Waitlisted);
export const SignupCheck = withPositionWhenWaitlisted<SignupCheck>(
  z.object({
    signupId: z.string(),
    shiftId: z.string(),
    status: z.enum(["confirmed", "waitlisted", "cancelled"]),
    position: z.optional(WaitlistPosition),
    shiftCancelled: z.optional(z.boolean()),
    reason: z.optional(z.string()),
  }),
);

/** `POST …/shifts/{id}/cancel`: why the centre calls a shift off, as its volunteers read it. */
export const ShiftCancellation = z.object({ reason: Text(200, 1) });
export type ShiftCancellation = z.infer<typeof ShiftCancellation>;

/** What calling a shift off did: how many sign-ups, confirmed and waiting, it ended. */
export const ShiftCancelled = z.object({ shiftId: z.string(), signupsCancelled: Int });
export type ShiftCancelled = z.infer<typeof ShiftCancelled>;

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
export const OpportunityWrite = z.object({
  id: Slug,
  teamId: Slug,
  title: LineOfText(200),
  description: z.optional(Text(5000)),
  location: EventLocation,
  skills: z.optional(SkillList),
  audience: z.optional(Audience),
});
export type OpportunityWrite = z.input<typeof OpportunityWrite>;

/** `GET …/teams` (management): every team with every opportunity of its, shifts or none, for staff adding shifts. */
export const TeamList = z.object({
  items: z.array(z.object({ ...Team.shape, opportunities: z.array(z.object({ id: Slug, title: z.string() })) })),
});
export type TeamList = z.infer<typeof TeamList>;

/** Body of `POST …/opportunities/{id}/shifts`. */
export const ShiftWrite = z.object({
  start: Instant,
  end: Instant,
  capacity: WholeNumber(1, 1000),
  location: z.optional(EventLocation),
  minimumAge: z.optional(WholeNumber(1, 100)),
  skills: z.optional(SkillList),
});
export type ShiftWrite = z.input<typeof ShiftWrite>;

/** A sign-up with who it is, for staff only. */
export const ManagedSignup = z.object({
  signupId: z.string(),
  shiftId: z.string(),
  name: z.string(),
  /** Normalized: 13800138000 or +442079460958 */
  phone: z.string(),
  skills: z.array(z.string()),
  showName: z.boolean(),
  status: z.enum(["confirmed", "waitlisted", "cancelled"]),
  position: z.optional(WaitlistPosition),
  createdAt: Instant,
  cancelledAt: z.optional(Instant),
  checkedInAt: z.optional(Instant),
  /** Marked after the shift: true came, false did not; absent until marked. */
  attended: z.optional(z.boolean()),
});
export interface ManagedSignup extends z.infer<typeof ManagedSignup> {}
export const ManagedSignupList = z.array(ManagedSignup);

/** Body of `PUT …/signups/{id}/attendance`. */
export const AttendanceRequest = z.object({ attended: z.boolean() });

/** Query of `GET …/volunteer-hours`: the days `from` to `to` inclusive, in the community's zone. */
export const VolunteerHoursQuery = z.object({ from: PlainDate, to: PlainDate, team: z.optional(Slug) });
export type VolunteerHoursQuery = z.infer<typeof VolunteerHoursQuery>;

/** Hours served (attended shifts only) per volunteer and per team over a period. */
export const VolunteerHours = z.object({
  from: PlainDate,
  to: PlainDate,
  volunteers: z.array(z.object({ name: z.string(), phone: z.string(), shifts: Int, hours: z.number() })),
  teams: z.array(z.object({ team: Team, shifts: Int, volunteers: Int, hours: z.number() })),
});
export type VolunteerHours = z.infer<typeof VolunteerHours>;
