import { type Localizer, styleProperties } from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import type { VolunteerMessages } from "../locales/index.js";
import { type ShiftEntry, shiftState } from "../shift-state.js";

export interface ShiftListState {
  days: Array<{ day: string; entries: ShiftEntry[] }>;
  intl: string;
  now: Date;
  /** The shift whose sign-up is open, and what to show in its card. */
  openShiftId?: string;
  form?: unknown;
  /** true while loading: the list keeps its place */
  busy: boolean;
}

const time = (entry: ShiftEntry) => `${entry.shift.start.slice(11, 16)}–${entry.shift.end.slice(11, 16)}`;

function stateText(entry: ShiftEntry, now: Date, t: Localizer<VolunteerMessages>): string {
  const { shift } = entry;
  const left = shift.capacity - shift.filled;
  switch (shiftState(shift, now)) {
    case "open":
      return t.t("stateOpen", left);
    case "few":
      return t.t("stateFew", left);
    case "full":
      return t.t("stateFull", shift.waitlisted);
    case "started":
      return t.t("stateStarted");
  }
}

function card(entry: ShiftEntry, state: ShiftListState, t: Localizer<VolunteerMessages>, open: (entry: ShiftEntry) => void) {
  const { shift, opportunity } = entry;
  const status = shiftState(shift, state.now);
  const place = shift.location ?? opportunity.location;
  const skills = [...new Set([...opportunity.skills, ...shift.skills])];
  const isOpen = state.openShiftId === shift.id;
  const titleId = `shift-${shift.id}`;
  // Compact: when, what, who and where, the places and the button; the rest on demand, under 详情.
  return html`<li class="shift shift--${status}" part="shift" data-shift-id=${shift.id}>
    <article aria-labelledby=${titleId}>
      <h4 class="shift__title" id=${titleId}><span class="shift__time">${time(entry)}</span> ${opportunity.title}</h4>
      <p class="shift__meta"><span class="shift__team">${opportunity.team.name}</span> · <span class="shift__where">${place.name}</span></p>
      <div class="shift__places">
        <div class="shift__bar" aria-hidden="true"><span style=${styleProperties({ width: `${Math.min(100, (shift.filled / shift.capacity) * 100)}%` })}></span></div>
        <p><span class="shift__filled">${t.t("filledOf", shift.filled, shift.capacity)}</span> · <strong class="shift__state">${stateText(entry, state.now, t)}</strong></p>
      </div>
      <details class="shift__about">
        <summary>${t.t("about")}</summary>
        <p>${t.t("where")}${place.name}${place.address ? html` <span class="shift__address">${place.address}</span>` : nothing}</p>
        ${skills.length ? html`<p class="shift__needs">${t.t("skillsWanted")}${skills.join(t.t("separator"))}</p>` : nothing}
        ${shift.minimumAge ? html`<p class="shift__needs">${t.t("minimumAge", shift.minimumAge)}</p>` : nothing}
        ${shift.volunteers.length ? html`<p class="shift__volunteers">${t.t("shownVolunteers", shift.volunteers.join(t.t("separator")))}</p>` : nothing}
        ${opportunity.description ? html`<p>${opportunity.description}</p>` : nothing}
      </details>
      ${
        status === "started" || isOpen
          ? nothing
          : html`<button type="button" class="button ${status === "full" ? "" : "button--primary"}" part="button sign-up" aria-describedby=${titleId} @click=${() => open(entry)}>
            ${status === "full" ? t.t("joinWaitlist") : t.t("signUp")}
          </button>`
      }
      ${isOpen ? state.form : nothing}
    </article>
  </li>`;
}

/** The shifts to come, by day: what, when, where, how many places are taken and what is needed. */
export function shiftList(state: ShiftListState, t: Localizer<VolunteerMessages>, open: (entry: ShiftEntry) => void) {
  if (state.busy) {
    return html`<div class="days held" part="days" aria-busy="true">
      ${[0, 1, 2].map(() => html`<div class="shift shift--placeholder"></div>`)}
    </div>`;
  }
  return html`<div class="days" part="days">
    ${state.days.map(
      ({ day, entries }) => html`<section class="day" aria-labelledby=${`day-${day}`}>
        <h3 class="day__title" id=${`day-${day}`}>${fullDay(day, state.intl)}</h3>
        <ul class="shifts">
          ${entries.map((entry) => card(entry, state, t, open))}
        </ul>
      </section>`,
    )}
  </div>`;
}
