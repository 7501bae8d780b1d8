import type { PlainDate } from "@community-kit/ui/calendar";
import { askCentre, emptyState } from "@community-kit/ui";
import { html, nothing } from "lit";
import { monthTitle } from "../format.js";
import type { ViewContext } from "./view-context.js";

export interface CalendarEmptyState {
  /** Filters hide every event there is. */
  filteredOut: boolean;
  /** The month has no events at all. */
  emptyMonth: boolean;
  /** The first day with events after it, when known. */
  next: PlainDate | undefined;
  /** Whether `next` is known: without it there is none to come. */
  nextKnown: boolean;
}

export interface EmptyActions {
  clearFilters(): void;
  goto(day: PlainDate): void;
}

/**
 * What the calendar says when it has nothing to show, and the way on: clear the filters, go to the
 * next month with events, or, with none to come, whom at the community to ask.
 */
export function calendarEmptyState(state: CalendarEmptyState, context: ViewContext, actions: EmptyActions) {
  const { t } = context;
  if (state.filteredOut) {
    return emptyState(t.t("emptyFiltered"), html`<button type="button" class="button" @click=${actions.clearFilters}>${t.t("clearFilters")}</button>`);
  }
  if (!state.emptyMonth) return nothing;
  const { next } = state;
  return emptyState(
    t.t("emptyMonth"),
    next
      ? html`<button type="button" class="button" @click=${() => actions.goto(next)}>${t.t("jumpTo", monthTitle(next, context.locale.intl))}</button>`
      : askCentre(state.nextKnown ? context.registration?.privacy.contact : undefined, t),
  );
}
