import type { BookingLimits } from "@community-kit/schema";
import { addDays } from "@community-kit/ui/calendar";
import { type Slots, durationsFrom } from "./slot-choice.js";

/** The days loaded at once: the days beside the one shown come without asking again, and the first open one is found. */
export const WINDOW_DAYS = 7;

/** The day a slot starts on in the resource's zone, whose offset its times carry ("2026-06-02T10:00:00+08:00"). */
const dayOfSlot = (slot: Slots[number]) => slot.start.slice(0, 10);

/** The slots of `day` among a window's. */
export function slotsOfDay(slots: Slots, day: string): Slots {
  return slots.filter((slot) => dayOfSlot(slot) === day);
}

/** The first day of a window, from `today` on, on which a booking of the shortest length can start, if there is one. */
export function firstBookableDay(slots: Slots, limits: Pick<BookingLimits, "slotMinutes" | "minMinutes" | "maxMinutes">, today: string): string | undefined {
  return [...new Set(slots.map(dayOfSlot))].find((day) => {
    if (day < today) return false;
    const ofDay = slotsOfDay(slots, day);
    return ofDay.some((_, index) => durationsFrom(ofDay, index, limits).length > 0);
  });
}

/** The window to load for `day`: the one loaded when `day` is in it, else one starting on it. */
export function windowFor(day: string, loaded: string | undefined): string {
  return loaded && loaded <= day && day < addDays(loaded, WINDOW_DAYS) ? loaded : day;
}
