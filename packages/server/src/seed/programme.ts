import type { Audience } from "@community-kit/schema";

/** What every generated event shares, whatever rule places it on the calendar. */
export interface ProgrammeItem {
  /** Id stem; the date is appended, e.g. calligraphy-2026-11-24 */
  key: string;
  title: string;
  description: string;
  category: string;
  place: { name: string; address?: string; lat?: number; lng?: number };
  organizer?: string;
  audience?: Audience;
  capacity?: number;
  /** Local start "HH:MM" and length; absent for all-day items. */
  time?: { start: string; minutes: number };
  url?: string;
}

export type ProgrammeRule =
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  | { kind: "weekly"; weekdays: number[] }
  /** nth weekday of each month; -1 is the last */
  | { kind: "monthly"; nth: number; weekday: number }
  /** a day of the traditional calendar, e.g. 5/5 for 端午 */
  | { kind: "lunar"; month: number; day: number }
  /** a fixed Gregorian month/day each year */
  | { kind: "yearly"; month: number; day: number }
  /** an all-day span starting on the given day of each month */
  | { kind: "monthly-span"; dayOfMonth: number; days: number };

export interface CommunityProgramme {
  community: {
    id: string;
    name: string;
    timezone: string;
    locale: "zh-CN" | "zh-Hant" | "en";
    address: string;
    privacy_controller: string;
    privacy_contact: string;
    retention_days: number;
  };
  categories: Array<{ id: string; name: string; color: string }>;
  items: Array<ProgrammeItem & { rule: ProgrammeRule }>;
}
