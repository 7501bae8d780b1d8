import type { Opportunity, Shift } from "@community-kit/schema";
import { compareText } from "@community-kit/ui/calendar";

export type ShiftState = "open" | "few" | "full" | "started";

/** Few left: at most two places, or a fifth of the shift. */
export function shiftState(shift: Pick<Shift, "capacity" | "filled" | "start">, now: Date): ShiftState {
  if (Date.parse(shift.start) <= now.getTime()) return "started";
  const left = shift.capacity - shift.filled;
  if (left <= 0) return "full";
  return left <= Math.max(2, Math.floor(shift.capacity / 5)) ? "few" : "open";
}

/** A shift with the opportunity it belongs to, as the list shows it. */
export interface ShiftEntry {
  opportunity: Opportunity;
  shift: Shift;
}

/**
 * Every shift of the opportunities, by the day it starts on in the community's
 * zone (the day is in the shift's own ISO string), days and shifts in time order.
 */
export function shiftsByDay(
  opportunities: readonly Opportunity[],
  keep: (entry: ShiftEntry) => boolean = () => true,
): Array<{ day: string; entries: ShiftEntry[] }> {
  const entries = opportunities
    .flatMap((opportunity) => opportunity.shifts.map((shift) => ({ opportunity, shift })))
    .filter(keep)
    .sort((a, b) => Date.parse(a.shift.start) - Date.parse(b.shift.start) || compareText(a.shift.id, b.shift.id));
  const days = new Map<string, ShiftEntry[]>();
  for (const entry of entries) {
    const day = entry.shift.start.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days].map(([day, dayEntries]) => ({ day, entries: dayEntries }));
}

/** The skills an opportunity or any of its shifts asks for, each once, in the order first met. */
export function skillsOf(opportunities: readonly Opportunity[]): string[] {
  return [...new Set(opportunities.flatMap((opportunity) => [...opportunity.skills, ...opportunity.shifts.flatMap((shift) => shift.skills)]))];
}
