import type { Availability, BookingLimits } from "@community-kit/schema";

export type Slots = Availability["slots"];

const minutesBetween = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 60_000;

/**
 * The lengths one may book from `slots[index]`: from the shortest to the
 * longest the rules allow, on the booking grid, over free slots that follow
 * one another without a gap (a lunch closing ends the run). Empty when the
 * slot is not free or too little free time follows it.
 */
export function durationsFrom(slots: Slots, index: number, limits: Pick<BookingLimits, "slotMinutes" | "minMinutes" | "maxMinutes">): number[] {
  const first = slots[index];
  if (first?.state !== "free") return [];
  const durations: number[] = [];
  for (let next = index; next < slots.length; next++) {
    const slot = slots[next]!;
    if (slot.state !== "free" || (next > index && Date.parse(slots[next - 1]!.end) !== Date.parse(slot.start))) break;
    const minutes = minutesBetween(first.start, slot.end);
    if (minutes > limits.maxMinutes) break;
    if (minutes >= limits.minMinutes && minutes % limits.slotMinutes === 0) durations.push(minutes);
  }
  return durations;
}

/** The end of a booking `minutes` long from `start`, in the same offset as the slots ("2026-06-02T10:00:00+08:00"). */
export function endAfter(slots: Slots, start: string, minutes: number): string | undefined {
  const end = Date.parse(start) + minutes * 60_000;
  return slots.find((slot) => Date.parse(slot.end) === end)?.end;
}

/** Whether a slot lies within the booking chosen. */
export function isWithin(slot: Slots[number], start: string, end: string): boolean {
  return Date.parse(slot.start) >= Date.parse(start) && Date.parse(slot.end) <= Date.parse(end);
}
