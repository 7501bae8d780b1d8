import { type ClosedDays, type OpeningPeriod, type Resource, ResourceUpdate, fieldErrorsOf } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import type { RoomsMessages } from "../locales/rooms.js";

export const LIMIT_FIELDS = ["slotMinutes", "minMinutes", "maxMinutes", "leadMinutes", "horizonDays", "bufferMinutes"] as const;
export type LimitField = (typeof LIMIT_FIELDS)[number];
export type SettingsField = "hours" | "closures" | LimitField | "maxActivePerPhone";
export const SETTINGS_FIELDS: readonly SettingsField[] = ["hours", "closures", ...LIMIT_FIELDS, "maxActivePerPhone"];

/** A room's hours and rules as the form holds them: one opening a weekday (or none), numbers as typed. */
export interface RoomSettings {
  /** By weekday 1 (Monday) to 7: open and close, or null when closed all day. */
  hours: Array<{ open: string; close: string } | null>;
  closures: ClosedDays[];
  limits: Record<LimitField, string>;
  maxActivePerPhone: string;
  approval: boolean;
  /** Weekdays with more than one opening (a lunch break): kept as they are unless the day is changed here. */
  split: Map<number, OpeningPeriod[]>;
}

export function roomSettings(resource: Resource): RoomSettings {
  const split = new Map<number, OpeningPeriod[]>();
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const periods = resource.hours.filter((period) => period.weekday === weekday);
    if (periods.length > 1) split.set(weekday, periods);
    const first = periods[0];
    return first ? { open: first.open, close: periods.at(-1)!.close } : null;
  });
  return {
    hours,
    closures: resource.closures.map((closure) => ({ ...closure })),
    limits: Object.fromEntries(LIMIT_FIELDS.map((field) => [field, String(resource.limits[field])])) as Record<LimitField, string>,
    maxActivePerPhone: String(resource.maxActivePerPhone),
    approval: resource.approval,
    split,
  };
}

/** The change to send, checked with the API's own schema: a message per field at fault, or the body. */
export function validateSettings(values: RoomSettings, t: Localizer<RoomsMessages>) {
  const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);
  const hours: OpeningPeriod[] = values.hours.flatMap((day, index) => {
    const weekday = index + 1;
    const kept = values.split.get(weekday);
    if (kept && day && day.open === kept[0]!.open && day.close === kept.at(-1)!.close) return kept;
    return day ? [{ weekday, open: day.open, close: day.close }] : [];
  });
  const body = {
    hours,
    closures: values.closures,
    limits: Object.fromEntries(LIMIT_FIELDS.map((field) => [field, whole(values.limits[field])])),
    maxActivePerPhone: whole(values.maxActivePerPhone),
    approval: values.approval,
  };
  const parsed = ResourceUpdate.safeParse(body);
  const errors: Partial<Record<SettingsField, string>> = {};
  for (const error of parsed.success ? [] : fieldErrorsOf(parsed.error.issues)) {
    const [head, field] = error.field.split(".");
    const at = (head === "limits" ? field : head) as SettingsField;
    if (SETTINGS_FIELDS.includes(at)) errors[at] ??= at === "hours" ? t.t("hoursInvalid") : at === "closures" ? t.t("closureInvalid") : t.t("numberInvalid");
  }
  if (values.hours.some((day) => day && !(day.open < day.close || day.close === "24:00"))) errors.hours ??= t.t("hoursInvalid");
  if (!errors.minMinutes && !errors.maxMinutes && body.limits.minMinutes! > body.limits.maxMinutes!) errors.minMinutes = t.t("minMaxInvalid");
  return { errors, request: parsed.success && !Object.keys(errors).length ? parsed.data : undefined };
}
