import type {
  ApiKeyInfo,
  AuditEntry,
  Event,
  ManagedBooking,
  ManagedNotice,
  ManagedRegistration,
  ManagedSignup,
  OfficialDay,
  Opportunity,
  NoticeChannelsView,
  Partner,
  Resource,
  StaffAccount,
  StaffRole,
  StaffSession,
  Team,
} from "@community-kit/schema";
import { dayOf, formatInstantIn, instantOfWallTime } from "@community-kit/schema";
import { json, problem } from "./story-http.js";
import { addStoryShift } from "./story-volunteers.js";

/**
 * The staff side of the story API, for the console's stories: who is signed in, and what staff
 * read and change, made up for the demo's events, rooms, shifts and partners and kept in memory
 * for the story. Residents' names and phones are invented (138 0013 80xx), as in the demo.
 */

/** The demo's accounts, with the passwords the README gives. */
export const STORY_STAFF: Record<StaffRole, { name: string; password: string }> = {
  admin: { name: "王芳", password: "taihe-admin-demo" },
  editor: { name: "李娜", password: "taihe-editor-demo" },
  coordinator: { name: "张伟", password: "taihe-coordinator-demo" },
};

const RESIDENTS: ReadonlyArray<[name: string, phone: string]> = [
  ["王秀英", "13800138001"],
  ["李建国", "13800138002"],
  ["张桂兰", "13800138003"],
  ["刘志强", "13800138004"],
  ["陈淑珍", "13800138005"],
  ["杨丽华", "13800138006"],
  ["赵德明", "13800138007"],
  ["黄玉梅", "13800138008"],
  ["周国庆", "13800138009"],
  ["吴春燕", "13800138010"],
];

const ZONE = "Asia/Shanghai";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What the story's staff did, forgotten between stories. */
interface StaffState {
  session?: StaffSession;
  registrations: Map<string, ManagedRegistration[]>;
  bookings?: ManagedBooking[];
  signups: Map<string, ManagedSignup[]>;
  teams: Array<Team & { opportunities: Array<{ id: string; title: string }> }>;
  events: Map<string, Event>;
  partners: Map<string, Partner | null>;
  resources: Map<string, Resource>;
  officialDays: Map<number, OfficialDay[]>;
  staff: StaffAccount[];
  keys: ApiKeyInfo[];
  origins: string[];
  erased: Set<string>;
  notices: ManagedNotice[];
  channels: NoticeChannelsView;
}

/** Notices residents were sent, one of each state, as the console lists them. */
function storyNotices(): ManagedNotice[] {
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
  const notice = (id: string, fields: Partial<ManagedNotice>): ManagedNotice => ({
    id,
    subject: "booking",
    subjectId: `booking-${id}`,
    cause: "approved",
    channel: "webhook",
    recipient: "138****8000",
    text: "【太和社区】您预约的多功能室（12月9日（周三）14:00–16:00）已通过审核。",
    status: "delivered",
    attempts: 1,
    createdAt: at(1),
    nextAttemptAt: null,
    deliveredAt: at(1),
    lastError: null,
    ...fields,
  });
  return [
    notice("n-3", {
      subject: "registration",
      cause: "reminder-day",
      recipient: "139****0101",
      text: "【太和社区】提醒：您报名的“智能手机课”明天举行，12月8日（周二）09:00–10:30，书画活动室。",
      status: "pending",
      attempts: 2,
      createdAt: at(0.2),
      nextAttemptAt: at(-0.05),
      deliveredAt: null,
      lastError: "The gateway answered 503",
    }),
    notice("n-2", {
      subject: "signup",
      cause: "promoted",
      recipient: "137****0105",
      text: "【太和社区】您已从候补转为正式：志愿服务“社区环境清洁日”，12月12日（周六）09:00–11:00，社区广场。",
      status: "failed",
      attempts: 26,
      createdAt: at(30),
      deliveredAt: null,
      lastError: "The gateway answered 502",
    }),
    notice("n-1", {}),
  ];
}

const fresh = (): StaffState => ({
  registrations: new Map(),
  signups: new Map(),
  teams: [],
  events: new Map(),
  partners: new Map(),
  resources: new Map(),
  officialDays: new Map(),
  staff: (Object.entries(STORY_STAFF) as Array<[StaffRole, { name: string }]>).map(([role, { name }], index) => ({
    id: `staff-${index + 1}`,
    name,
    role,
    createdAt: "2026-03-01T02:00:00.000Z",
    mustChangePassword: false,
    disabledAt: null,
  })),
  keys: [
    {
      id: "3f9a1c2b7d4e",
      label: "区政府门户网站导入活动",
      createdAt: "2026-04-10T01:30:00.000Z",
      lastUsedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      revokedAt: null,
    },
    {
      id: "8b2e6d0a5c91",
      label: "旧的报名表格脚本",
      createdAt: "2025-09-02T06:00:00.000Z",
      lastUsedAt: "2026-01-15T03:10:00.000Z",
      revokedAt: "2026-02-01T01:00:00.000Z",
    },
  ],
  origins: ["https://www.taihe.gov.cn"],
  erased: new Set(),
  notices: storyNotices(),
  channels: { webhook: { url: "https://sms.taihe.gov.cn/community-kit", via: "sms" }, email: null },
});

let state = fresh();

/** Signs everyone out and forgets what staff changed: each story starts on a fresh server. */
export function forgetStoryStaff(): void {
  state = fresh();
}

/** The story opens with this member signed in (a one-time password still to change, if asked). */
export function signInForStory(role: StaffRole, options: { mustChangePassword?: boolean } = {}): void {
  state.session = { community: "taihe", name: STORY_STAFF[role].name, role, mustChangePassword: options.mustChangePassword ?? false };
}

/** The session ends on the server (it timed out, or an admin ended it) while the member works on. */
export function endStorySession(): void {
  state.session = undefined;
}

/** The demo's `items` as staff left them in the story: changed, removed (null), or added. */
export function withStaffChanges<Item extends { id: string }>(items: Item[], changes: Map<string, Item | null>): Item[] {
  const kept = items.flatMap((item) => {
    const changed = changes.get(item.id);
    return changed === null ? [] : [changed ?? item];
  });
  const added = [...changes.values()].filter((item): item is Item => item !== null && !items.some((known) => known.id === item.id));
  return [...kept, ...added];
}

const text = (body: string, type: string) => new Response(body, { headers: { "Content-Type": type } });
const csv = (rows: string[][]) =>
  text(
    `\uFEFF${rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")).join("\r\n")}\r\n`,
    "text/csv; charset=utf-8",
  );
const notFound = (what: string) => problem(404, `${what}_not_found`, "Not found");

function registrationsOf(event: Event): ManagedRegistration[] {
  const kept = state.registrations.get(event.id);
  if (kept) return kept;
  const made: ManagedRegistration[] = [];
  let left = Math.min(event.registeredCount ?? 0, 14);
  const createdAt = new Date(Date.parse(event.start) - 5 * DAY).toISOString();
  for (const [index, [name, phone]] of RESIDENTS.entries()) {
    if (left <= 0) break;
    const partySize = left >= 2 && index % 3 === 1 ? 2 : 1;
    made.push({ id: `${event.id}-r${index + 1}`, eventId: event.id, name, phone, partySize, status: "confirmed", createdAt });
    left -= partySize;
  }
  for (let waiting = 0; waiting < Math.min(event.registration?.waitlisted ?? 0, 2); waiting++) {
    const [name, phone] = RESIDENTS[RESIDENTS.length - 1 - waiting]!;
    made.push({ id: `${event.id}-w${waiting + 1}`, eventId: event.id, name, phone, partySize: 1, status: "waitlisted", position: waiting + 1, createdAt });
  }
  const present = made.filter((registration) => !state.erased.has(registration.phone));
  state.registrations.set(event.id, present);
  return present;
}

/** Bookings of the coming fortnight: some waiting for approval in rooms that need it, the rest confirmed. */
function bookingsOf(resources: Resource[]): ManagedBooking[] {
  if (state.bookings) return state.bookings;
  const today = dayOf(new Date(), ZONE);
  const at = (days: number, hour: number) => {
    const day = new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
    return instantOfWallTime({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), hour, minute: 0 }, ZONE);
  };
  const purposes = ["合唱团排练", "老年书法班练习", "业主委员会会议", "亲子绘本共读", "社区象棋比赛", "垃圾分类宣讲"];
  const made: ManagedBooking[] = [];
  for (const [index, resource] of resources.filter((candidate) => candidate.kind === "room").entries()) {
    for (let day = 1; day <= 12; day += 3) {
      const [name, phone] = RESIDENTS[(index + day) % RESIDENTS.length]!;
      const start = at(day + (index % 2), 9 + ((index + day) % 3) * 4);
      made.push({
        id: `${resource.id}-b${day}`,
        kind: "booking",
        resourceId: resource.id,
        start: start.toISOString(),
        end: new Date(start.getTime() + 2 * HOUR).toISOString(),
        units: 1,
        status: resource.approval && day > 3 ? "pending" : "confirmed",
        purpose: purposes[(index + day) % purposes.length]!,
        ...(day === 4 ? { organisation: "太和社区老年协会", attendees: 18 } : { attendees: 8 }),
        name,
        phone,
        createdAt: new Date(Date.now() - day * HOUR).toISOString(),
      });
    }
  }
  state.bookings = made.filter((booking) => !state.erased.has(booking.phone));
  return state.bookings;
}

function signupsOf(opportunities: Opportunity[], shiftId: string): ManagedSignup[] | undefined {
  const kept = state.signups.get(shiftId);
  if (kept) return kept;
  const shift = opportunities.flatMap((opportunity) => opportunity.shifts).find((candidate) => candidate.id === shiftId);
  if (!shift) return undefined;
  const made: ManagedSignup[] = [];
  const count = Math.max(shift.filled, 2);
  for (let index = 0; index < Math.min(count, shift.capacity) + 1; index++) {
    const [name, phone] = RESIDENTS[(index * 3 + shiftId.length) % RESIDENTS.length]!;
    const waiting = index >= shift.capacity || index === count;
    made.push({
      signupId: `${shiftId}-s${index + 1}`,
      shiftId,
      name,
      phone,
      skills: index === 0 ? ["会用轮椅"] : [],
      showName: index % 2 === 0,
      status: waiting ? "waitlisted" : "confirmed",
      ...(waiting ? { position: 1 } : {}),
      createdAt: new Date(Date.parse(shift.start) - 3 * DAY).toISOString(),
    });
  }
  state.signups.set(shiftId, made);
  return made;
}

function teamsOf(opportunities: Opportunity[]) {
  const teams = new Map<string, Team & { opportunities: Array<{ id: string; title: string }> }>();
  for (const opportunity of opportunities) {
    const team = teams.get(opportunity.team.id) ?? { ...opportunity.team, opportunities: [] };
    team.opportunities.push({ id: opportunity.id, title: opportunity.title });
    teams.set(team.id, team);
  }
  for (const team of state.teams) teams.set(team.id, team);
  return [...teams.values()];
}

/** Sixty entries back from now, so that the log has a page before. */
function auditLog(cursor: string | undefined, limit: number) {
  const who = Object.values(STORY_STAFF).map((member, index) => ({ keyId: `staff:staff-${index + 1}`, keyLabel: member.name }));
  const what = [
    ["POST", "/v1/staff/session", 201],
    ["PATCH", "/v1/communities/taihe/events/calligraphy-class-20261209t0900", 200],
    ["POST", "/v1/communities/taihe/bookings/hall-b4/approve", 200],
    ["POST", "/v1/communities/taihe/registrations/r-1/check-in", 200],
    ["GET", "/v1/communities/taihe/registrations.csv", 200],
    ["PUT", "/v1/communities/taihe/official-days/2027", 200],
  ] as const;
  const entries: AuditEntry[] = Array.from({ length: 60 }, (_, index) => {
    const [method, path, status] = what[index % what.length]!;
    return { at: new Date(Date.now() - (index + 1) * 37 * 60_000).toISOString(), ...who[index % who.length]!, method, path, status };
  });
  const start = cursor ? Number(cursor) : 0;
  const page = entries.slice(start, start + limit);
  return { items: page, nextCursor: start + limit < entries.length ? String(start + limit) : null };
}

export interface StaffRequest {
  url: URL;
  method: string;
  body: () => Promise<string>;
  /** The demo's data, as residents' widgets get it. */
  demo: () => { events: Event[]; resources: Resource[]; opportunities: Opportunity[]; partners: Partner[]; officialDays: OfficialDay[] };
}

const MANAGED = new Set([
  "registrations",
  "teams",
  "volunteer-hours",
  "volunteer-hours.csv",
  "staff",
  "api-keys",
  "audit-log",
  "write-origins",
  "notices",
  "notice-channels",
  "privacy",
  "personal-data",
  "official-days",
]);

/** Whether only staff may make this request; the rest are residents' (registering, booking, reading), which the console makes too. */
function staffOnly(method: string, resource = "", id?: string, sub?: string): boolean {
  if (MANAGED.has(resource)) return true;
  const reading = method === "GET";
  switch (resource) {
    case "events":
      return (
        (!id && !reading) ||
        (sub !== undefined && ["managed", "registrations.csv", "cancel"].includes(sub)) ||
        (reading && sub === "registrations") ||
        method === "PATCH"
      );
    case "bookings":
      return (reading && !id) || sub === "approve" || sub === "reject";
    case "resources":
    case "partners":
      return !reading;
    case "opportunities":
      return !reading;
    case "shifts":
      return reading && sub === "signups";
    case "signups":
      return sub !== undefined;
    default:
      return false;
  }
}

/** What staff changed in the story, for the lists residents read too. */
export const storyStaffChanges = () => ({ events: state.events, partners: state.partners, resources: state.resources });

/** The answer to a staff request, or undefined for one residents make (the story API's own answers serve it). */
export async function answerStaff(request: StaffRequest): Promise<Response | undefined> {
  const { url, method, body } = request;
  const parts = url.pathname.split("/").slice(3);
  if (parts[0] === "staff") return session(parts[1], method, body);
  const [, , resource, id, sub, subId] = parts;
  if (!staffOnly(method, resource, id, sub)) return undefined;
  if (!state.session) return problem(401, "unauthorized", "Unauthorized");
  if (state.session.mustChangePassword) return problem(403, "password_change_required", "Password change required");
  const demo = request.demo();
  const read = async <T>() => JSON.parse(await body()) as T;

  switch (resource) {
    case "events": {
      if (method === "POST" && !id) return json(createEvent(await read<Partial<Event>>(), demo.events), 201);
      const event = id && (state.events.get(id) ?? demo.events.find((candidate) => candidate.id === id));
      if (!id || !event) return undefined;
      if (sub === "managed") return json(event);
      if (sub === "registrations") return json(registrationsOf(event));
      if (sub === "registrations.csv")
        return csv([
          ["姓名 Name", "手机号码 Phone", "人数 Party", "状态 Status"],
          ...registrationsOf(event).map((row) => [row.name, row.phone, String(row.partySize), row.status]),
        ]);
      if (sub === "cancel") return json(changeEvent(event, { status: "cancelled" }));
      if (method === "PATCH") return json(changeEvent(event, await read<Partial<Event>>()));
      return undefined;
    }
    case "registrations": {
      const all = [...state.registrations.values()].flat();
      const found = all.find((registration) => registration.id === id);
      if (!found) return notFound("registration");
      if (sub === "check-in") found.checkedInAt = method === "DELETE" ? undefined : (found.checkedInAt ?? new Date().toISOString());
      if (sub === "confirm") {
        found.status = "confirmed";
        found.position = undefined;
      }
      return json(found);
    }
    case "bookings": {
      const bookings = bookingsOf(withStaffChanges(demo.resources, state.resources));
      if (method === "GET" && !id) {
        const query = url.searchParams;
        const from = query.get("from") ?? "";
        const to = query.get("to") ?? "9999";
        return json(
          bookings
            .filter(
              (booking) =>
                (!query.get("status") || booking.status === query.get("status")) && (!query.get("resource") || booking.resourceId === query.get("resource")),
            )
            .filter((booking) => formatInstantIn(new Date(booking.end), ZONE) > from && formatInstantIn(new Date(booking.start), ZONE) < to)
            .sort((a, b) => a.start.localeCompare(b.start)),
        );
      }
      const booking = bookings.find((candidate) => candidate.id === id);
      if (!booking) return undefined;
      if (sub === "approve") booking.status = "confirmed";
      if (sub === "reject") Object.assign(booking, { status: "rejected", reason: (await read<{ reason: string }>()).reason });
      return json(booking);
    }
    case "resources": {
      const resources = withStaffChanges(demo.resources, state.resources);
      const room = resources.find((candidate) => candidate.id === id);
      if (!room) return notFound("resource");
      if (method === "PATCH") {
        const changed = { ...room, ...(await read<Partial<Resource>>()) };
        state.resources.set(room.id, changed);
        return json(changed);
      }
      if (sub === "blocks") {
        const bookings = bookingsOf(resources);
        if (method === "DELETE") {
          state.bookings = bookings.filter((booking) => booking.id !== subId);
          return new Response(null, { status: 204 });
        }
        const block = await read<{ start: string; end: string; reason: string }>();
        const kept: ManagedBooking = {
          id: `block-${bookings.length + 1}`,
          kind: "block",
          resourceId: room.id,
          start: block.start,
          end: block.end,
          units: 1,
          status: "confirmed",
          purpose: block.reason,
          reason: block.reason,
          name: state.session.name,
          phone: "",
          createdAt: new Date().toISOString(),
        };
        bookings.push(kept);
        return json(kept, 201);
      }
      return undefined;
    }
    case "opportunities": {
      if (method === "POST" && !id) {
        const made = await read<{ id: string; teamId: string; title: string }>();
        const team = teamsOf(demo.opportunities).find((candidate) => candidate.id === made.teamId);
        if (!team) return problem(400, "invalid_body", "Invalid body", { errors: [{ field: "teamId", code: "unknown_team", message: "No such team" }] });
        state.teams = [
          ...state.teams.filter((candidate) => candidate.id !== team.id),
          { ...team, opportunities: [...team.opportunities, { id: made.id, title: made.title }] },
        ];
        return json({ ...made, team, description: "", skills: [], shifts: [], location: { name: "" } }, 201);
      }
      const shiftsOf =
        demo.opportunities.find((opportunity) => opportunity.id === id) ??
        state.teams.flatMap((team) => team.opportunities).find((opportunity) => opportunity.id === id);
      if (!shiftsOf) return notFound("opportunity");
      return json(addStoryShift(id!, await read<{ start: string; end: string; capacity: number }>(), ZONE), 201);
    }
    case "teams": {
      if (method === "GET") return json({ items: teamsOf(demo.opportunities) });
      const team = await read<Team>();
      if (teamsOf(demo.opportunities).some((candidate) => candidate.id === team.id)) return problem(409, "team_exists", "Already exists");
      state.teams.push({ ...team, opportunities: [] });
      return json(team, 201);
    }
    case "shifts": {
      const signups = signupsOf(demo.opportunities, id ?? "");
      return signups ? json(signups) : notFound("shift");
    }
    case "signups": {
      const signup = [...state.signups.values()].flat().find((candidate) => candidate.signupId === id);
      if (!signup) return notFound("signup");
      if (sub === "check-in") Object.assign(signup, { checkedInAt: new Date().toISOString(), attended: true });
      if (sub === "attendance") signup.attended = (await read<{ attended: boolean }>()).attended;
      if (sub === "confirm") Object.assign(signup, { status: "confirmed", position: undefined });
      return json(signup);
    }
    case "volunteer-hours":
    case "volunteer-hours.csv": {
      const teams = teamsOf(demo.opportunities);
      const volunteers = RESIDENTS.slice(0, 6).map(([name, phone], index) => ({ name, phone, shifts: 6 - index, hours: (6 - index) * 2.5 }));
      const query = { from: url.searchParams.get("from") ?? "", to: url.searchParams.get("to") ?? "" };
      if (resource === "volunteer-hours.csv")
        return csv([["姓名 Name", "手机号码 Phone", "服务时长（小时） Hours"], ...volunteers.map((row) => [row.name, row.phone, row.hours.toFixed(2)])]);
      return json({
        ...query,
        volunteers,
        teams: teams.map((team, index) => ({
          team: { id: team.id, name: team.name, description: team.description },
          shifts: 8 - index,
          volunteers: 4,
          hours: (8 - index) * 2,
        })),
      });
    }
    case "partners": {
      const partners = withStaffChanges(demo.partners, state.partners);
      if (method === "POST") {
        const made = { ...(await read<Partner>()), updatedAt: new Date().toISOString() } as Partner;
        if (partners.some((partner) => partner.id === made.id))
          return problem(409, "partner_exists", "Already exists", { errors: [{ field: "id", code: "partner_exists", message: "Taken" }] });
        state.partners.set(made.id, made);
        return json(made, 201);
      }
      const partner = partners.find((candidate) => candidate.id === id);
      if (!partner) return notFound("partner");
      if (method === "DELETE") {
        state.partners.set(partner.id, null);
        return new Response(null, { status: 204 });
      }
      if (method === "PATCH") {
        const changed = { ...partner, ...(await read<Partial<Partner>>()) };
        state.partners.set(partner.id, changed);
        return json(changed);
      }
      return undefined;
    }
    case "official-days": {
      const year = Number(id);
      if (method === "PUT") state.officialDays.set(year, (await read<{ days: OfficialDay[] }>()).days);
      return json(state.officialDays.get(year) ?? demo.officialDays.filter((day) => day.date.startsWith(`${year}-`)));
    }
    case "staff": {
      const account = state.staff.find((candidate) => candidate.id === id);
      const oneTime = () => `story-${Math.random().toString(36).slice(2, 10)}-once`;
      if (method === "GET") return json({ items: state.staff });
      if (method === "POST" && !id) {
        const made: StaffAccount = {
          id: `staff-${state.staff.length + 1}`,
          ...(await read<{ name: string; role: StaffRole }>()),
          createdAt: new Date().toISOString(),
          mustChangePassword: true,
          disabledAt: null,
        };
        state.staff.push(made);
        return json({ account: made, password: oneTime() }, 201);
      }
      if (!account) return notFound("staff");
      if (method === "PATCH") account.role = (await read<{ role: StaffRole }>()).role;
      if (method === "DELETE") {
        account.disabledAt = new Date().toISOString();
        return new Response(null, { status: 204 });
      }
      if (sub === "password-reset") {
        account.mustChangePassword = true;
        return json({ account, password: oneTime() });
      }
      return json(account);
    }
    case "api-keys": {
      if (method === "GET") return json({ items: state.keys });
      if (method === "DELETE") {
        const key = state.keys.find((candidate) => candidate.id === id);
        if (!key) return notFound("key");
        key.revokedAt = new Date().toISOString();
        return new Response(null, { status: 204 });
      }
      const made: ApiKeyInfo = {
        id: Math.random().toString(16).slice(2, 14).padEnd(12, "0"),
        label: (await read<{ label: string }>()).label,
        createdAt: new Date().toISOString(),
        lastUsedAt: null,
        revokedAt: null,
      };
      state.keys.push(made);
      return json({ key: made, secret: `ck_${made.id}_${"x".repeat(8)}storyonly` }, 201);
    }
    case "audit-log":
      return json(auditLog(url.searchParams.get("cursor") ?? undefined, Number(url.searchParams.get("limit") ?? 100)));
    case "write-origins":
      if (method === "PUT") state.origins = (await read<{ origins: string[] }>()).origins;
      return json({ origins: state.origins });
    case "notices": {
      if (method === "GET") {
        const status = url.searchParams.get("status");
        return json({ items: state.notices.filter((notice) => !status || notice.status === status), nextCursor: null });
      }
      const notice = state.notices.find((candidate) => candidate.id === id);
      if (!notice) return notFound("notice");
      Object.assign(notice, { status: "pending", nextAttemptAt: new Date().toISOString() });
      return json(notice);
    }
    case "notice-channels": {
      if (method === "PUT") {
        const { webhook, email, templates } = await read<{
          webhook: { url: string; via: "sms" | "wechat" } | null;
          email: (NoticeChannelsView["email"] & { password?: string }) | null;
          templates?: NoticeChannelsView["templates"];
        }>();
        // As the server does: a password or wording left out stays as it was.
        const held = state.channels;
        state.channels = {
          ...((templates ?? held.templates) ? { templates: templates ?? held.templates } : {}),
          webhook: webhook && { url: webhook.url, via: webhook.via },
          email: email && {
            host: email.host,
            port: email.port,
            secure: email.secure,
            user: email.user,
            from: email.from,
            passwordSet: Boolean(email.password) || Boolean(held.email?.passwordSet),
          },
        };
      }
      return json(state.channels);
    }
    case "privacy":
      return json(await read());
    case "personal-data": {
      const phone = (url.searchParams.get("phone") ?? "").replace(/\D/g, "");
      const registrations = demo.events.slice(0, 40).flatMap((event) =>
        registrationsOf(event)
          .filter((registration) => registration.phone === phone)
          .map((registration) => ({
            eventId: event.id,
            title: event.title,
            start: event.start,
            name: registration.name,
            partySize: registration.partySize,
            status: registration.status,
            registeredAt: registration.createdAt,
          })),
      );
      if (method === "DELETE") {
        state.erased.add(phone);
        for (const [eventId, list] of state.registrations)
          state.registrations.set(
            eventId,
            list.filter((registration) => registration.phone !== phone),
          );
        return json({ cancelled: registrations.length, erased: registrations.length });
      }
      return json({ phone, registrations, bookings: [], signups: [] });
    }
    default:
      return undefined;
  }
}

function session(what: string | undefined, method: string, body: () => Promise<string>): Promise<Response> | Response {
  if (what === "password") {
    if (!state.session) return problem(401, "unauthorized", "Unauthorized");
    state.session = { ...state.session, mustChangePassword: false };
    return json(state.session);
  }
  if (method === "GET") return state.session ? json(state.session) : problem(401, "unauthorized", "Unauthorized");
  if (method === "DELETE") {
    state.session = undefined;
    return new Response(null, { status: 204 });
  }
  return body().then((text) => {
    const { name, password, community } = JSON.parse(text) as { name: string; password: string; community: string };
    const role = (Object.keys(STORY_STAFF) as StaffRole[]).find(
      (candidate) => STORY_STAFF[candidate].name === name && STORY_STAFF[candidate].password === password,
    );
    if (!role || community !== "taihe") return problem(401, "invalid_credentials", "Invalid credentials");
    signInForStory(role);
    return json(state.session, 201);
  });
}

function changeEvent(event: Event, changes: Partial<Event>): Event {
  const changed = { ...event, ...changes, updatedAt: new Date().toISOString() };
  state.events.set(event.id, changed);
  return changed;
}

function createEvent(write: Partial<Event>, events: Event[]): Event {
  const base = (write.id ?? `story-event-${state.events.size + 1}`).slice(0, 50);
  const id = events.some((event) => event.id === base) ? `${base}-${state.events.size + 1}` : base;
  const made = {
    description: "",
    allDay: false,
    timezone: ZONE,
    ...write,
    id,
    registeredCount: 0,
    updatedAt: new Date().toISOString(),
  } as Event;
  state.events.set(id, made);
  return made;
}
