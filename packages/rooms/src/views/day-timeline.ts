import type { Availability, Resource } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { addDays, fullDay } from "@community-kit/ui/calendar";
import { html } from "lit";
import type { RoomsMessages } from "../locales/index.js";

export interface DayTimelineState {
  resource: Resource;
  day: string;
  /** The first and last day one may book. */
  min: string;
  max: string;
  intl: string;
  slots?: Availability["slots"];
  status: "loading" | "ready" | "error";
}

export interface DayTimelineActions {
  setDay(day: string): void;
}

const STATE_WORDS = { free: "slotFree", busy: "slotBusy", unavailable: "slotUnavailable" } as const;

/** A day of a room or equipment: its slots, each with its time and whether it is free, booked or not bookable; never whose. */
export function dayTimeline(state: DayTimelineState, t: Localizer<RoomsMessages>, actions: DayTimelineActions, errorView: unknown) {
  const { day } = state;
  return html`<section class="timeline" part="timeline" aria-labelledby="timeline-title">
    <h3 class="timeline__title" id="timeline-title">${t.t("timesOn", state.resource.name, fullDay(day, state.intl))}</h3>
    <div class="timeline__picker">
      <button type="button" class="button" part="button previous-day" aria-label=${t.t("previousDay")} ?disabled=${day <= state.min} @click=${() => actions.setDay(addDays(day, -1))}>
        <span aria-hidden="true">‹</span>
      </button>
      <label class="timeline__date">
        <span>${t.t("date")}</span>
        <input
          type="date"
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
    ${state.status === "error"
      ? errorView
      : state.status === "loading" || !state.slots
        ? html`<p class="timeline__loading" aria-busy="true">${t.t("loadingTimes")}</p>`
        : state.slots.length === 0
          ? html`<p class="notice" role="status">${t.t("closedDay")}</p>`
          : html`<ul class="slots" part="slots">
              ${state.slots.map(
                (slot) => html`<li class="slot slot--${slot.state}" part="slot">
                  <span class="slot__time">${slot.start.slice(11, 16)}–${slot.end.slice(11, 16)}</span>
                  <span class="slot__state">${t.t(STATE_WORDS[slot.state])}</span>
                </li>`,
              )}
            </ul>`}
  </section>`;
}
