import type { Availability, Resource } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { addDays, fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import type { RoomsMessages } from "../locales/index.js";
import { durationsFrom, isWithin } from "../slot-choice.js";

export interface DayTimelineState {
  resource: Resource;
  day: string;
  /** The first and last day one may book. */
  min: string;
  max: string;
  intl: string;
  slots?: Availability["slots"];
  status: "loading" | "ready" | "error";
  /** The booking being made: its first slot is the option selected. */
  selection?: { start: string; end: string };
  /** The slot that takes Tab focus in the list (roving focus); by default the chosen one, else the first free. */
  active?: number;
}

export interface DayTimelineActions {
  setDay(day: string): void;
  /** Starts a booking at this slot. */
  choose(index: number): void;
  /** Moves focus to this slot. */
  focus(index: number): void;
}

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowRight: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The day's slots as a listbox: one Tab stop, arrows move between the slots,
 * Enter or Space starts a booking at a free one. Every slot is reachable, so
 * that each is heard with its time and state, booked ones included.
 */
function slotList(state: DayTimelineState & { slots: NonNullable<DayTimelineState["slots"]> }, t: Localizer<RoomsMessages>, actions: DayTimelineActions) {
  const { slots, selection } = state;
  const last = slots.length - 1;
  const startable = slots.map((_, index) => durationsFrom(slots, index, state.resource.limits).length > 0);
  const chosenIndex = selection ? slots.findIndex((slot) => Date.parse(slot.start) === Date.parse(selection.start)) : -1;
  const active = state.active ?? (chosenIndex >= 0 ? chosenIndex : Math.max(startable.indexOf(true), 0));
  const keydown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      actions.focus(move(active, last));
    } else if ((event.key === "Enter" || event.key === " ") && startable[active]) {
      event.preventDefault();
      actions.choose(active);
    }
  };
  const stateOf = (index: number) => {
    const slot = slots[index]!;
    if (selection && isWithin(slot, selection.start, selection.end)) return t.t("slotChosen");
    if (slot.state === "free" && !startable[index]) return t.t("slotTooShort", state.resource.limits.minMinutes);
    return t.t(slot.state === "unavailable" ? REASON_WORDS[slot.reason ?? "unknown"] : STATE_WORDS[slot.state]);
  };
  // The hint is for the keyboard: it shows below the slots, where it moves none of them, once they have its focus.
  return html`<ul class="slots" part="slots" role="listbox" aria-label=${t.t("slotsLabel")} aria-describedby="slots-hint" @keydown=${keydown}>
      ${slots.map((slot, index) => {
        const chosen = Boolean(selection && isWithin(slot, selection.start, selection.end));
        const short = slot.state === "free" && !startable[index];
        const [from, to] = [slot.start.slice(11, 16), slot.end.slice(11, 16)];
        return html`<li
          role="option"
          class="slot slot--${slot.state} ${startable[index] ? "slot--startable" : ""} ${short ? "slot--short" : ""} ${chosen ? "slot--chosen" : ""}"
          part="slot"
          tabindex=${index === active ? 0 : -1}
          aria-selected=${selection?.start === slot.start ? "true" : "false"}
          aria-disabled=${startable[index] ? nothing : "true"}
          @click=${() => {
            actions.focus(index);
            if (startable[index]) actions.choose(index);
          }}
        >
          <span class="slot__time">${from}<span class="slot__end"><span aria-hidden="true">–</span><span class="visually-hidden">${t.t("slotTo")}</span>${to}</span></span
          ><span class="visually-hidden">${t.t("slotStateSeparator")}</span><span class="slot__state">${stateOf(index)}</span>
        </li>`;
      })}
    </ul>
    <p class="timeline__hint" id="slots-hint">${t.t("slotsHint")}</p>
    ${notesFor(slots, state.resource.limits, t)}`;
}

/** Why the day's slots that cannot be booked cannot: the lead time, the horizon, the buffer, each said once. */
function notesFor(slots: NonNullable<DayTimelineState["slots"]>, limits: Resource["limits"], t: Localizer<RoomsMessages>) {
  const notes = [
    slots.some((slot) => slot.reason === "too_soon") && limits.leadMinutes > 0 && t.t("leadNote", limits.leadMinutes),
    slots.some((slot) => slot.reason === "too_far_ahead") && t.t("horizonNote", limits.horizonDays),
    slots.some((slot) => slot.state === "buffer") && t.t("bufferNote", limits.bufferMinutes),
  ].filter((note): note is string => Boolean(note));
  return notes.length ? html`<ul class="timeline__notes" part="slot-notes">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing;
}

/** Why a day is closed: the closure's own reason (春节闭馆) where one covers it. */
function closedDay(state: DayTimelineState, t: Localizer<RoomsMessages>) {
  const closure = state.resource.closures.find((candidate) => candidate.from <= state.day && state.day <= candidate.to);
  return html`<p class="notice" role="status" part="notice closed-day">${closure ? t.t("closedDayBecause", closure.reason) : t.t("closedDay")}</p>`;
}

const STATE_WORDS = { free: "slotFree", busy: "slotBusy", buffer: "slotBuffer", maintenance: "slotMaintenance" } as const;
const REASON_WORDS = { past: "slotPast", too_soon: "slotTooSoon", too_far_ahead: "slotTooFar", unknown: "slotUnavailable" } as const;

/** A day of a room or equipment: its slots, each with its time and whether it is free, booked or not bookable; never whose. */
export function dayTimeline(state: DayTimelineState, t: Localizer<RoomsMessages>, actions: DayTimelineActions, errorView: unknown) {
  const { day } = state;
  return html`<section class="timeline" part="timeline" aria-labelledby="timeline-title">
    <h3 class="timeline__title" id="timeline-title" tabindex="-1">${t.t("timesOn", state.resource.name, fullDay(day, state.intl))}</h3>
    <div class="timeline__picker">
      <button type="button" class="button" part="button previous-day" aria-label=${t.t("previousDay")} ?disabled=${day <= state.min} @click=${() => actions.setDay(addDays(day, -1))}>
        <span aria-hidden="true">‹</span>
      </button>
      <label class="timeline__date">
        <span>${t.t("date")}</span>
        <input
          type="date"
          class="control"
          part="date"
          .value=${day}
          min=${state.min}
          max=${state.max}
          @change=${(change: Event) => {
            const value = (change.target as HTMLInputElement).value;
            if (value) actions.setDay(value);
          }}
        />
      </label>
      <button type="button" class="button" part="button next-day" aria-label=${t.t("nextDay")} ?disabled=${day >= state.max} @click=${() => actions.setDay(addDays(day, 1))}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
    ${
      state.status === "error"
        ? errorView
        : state.status === "loading" || !state.slots
          ? html`<p class="timeline__loading" aria-busy="true">${t.t("loadingTimes")}</p>`
          : state.slots.length === 0
            ? closedDay(state, t)
            : slotList({ ...state, slots: state.slots }, t, actions)
    }
  </section>`;
}
