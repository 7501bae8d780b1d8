import type { StaffRole } from "@community-kit/schema";

/**
 * The console's sections and who sees each, as the server decides what each role may do
 * (management/require-manager.ts): a section shown is one whose work the member may do.
 */
export const SECTIONS = [
  { id: "events", roles: ["admin", "editor", "coordinator"], load: () => import("./events/events-screen.js") },
  { id: "rooms", roles: ["admin", "editor", "coordinator"], load: () => import("./rooms/rooms-screen.js") },
  { id: "volunteers", roles: ["admin", "coordinator"], load: () => import("./volunteers/volunteers-screen.js") },
  { id: "partners", roles: ["admin", "editor"], load: () => import("./partners/partners-screen.js") },
  { id: "calendar", roles: ["admin", "editor"], load: () => import("./calendar/calendar-screen.js") },
  { id: "notices", roles: ["admin", "coordinator"], load: () => import("./notices/notices-screen.js") },
  { id: "settings", roles: ["admin"], load: () => import("./settings/settings-screen.js") },
] as const satisfies readonly {
  id: string;
  roles: readonly StaffRole[];
  load: () => Promise<unknown>;
}[];

export type SectionId = (typeof SECTIONS)[number]["id"];

export const sectionsFor = (role: StaffRole) => SECTIONS.filter((section) => (section.roles as readonly StaffRole[]).includes(role));

/** What a role may change, as the server's areas say: admins everything; editors the programme; coordinators the people in it. */
export type Area = "events" | "registrations" | "rooms" | "bookings" | "volunteers" | "partners" | "calendar" | "notices" | "settings";
const EDITOR: readonly Area[] = ["events", "rooms", "partners", "calendar"];
const COORDINATOR: readonly Area[] = ["registrations", "bookings", "volunteers", "notices"];

export const mayManage = (role: StaffRole, area: Area) => role === "admin" || (role === "editor" ? EDITOR : COORDINATOR).includes(area);
