import type { PlainDate } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { monthTitle } from "../format.js";
import type { ViewContext } from "./view-context.js";

export interface EmptyState {
  /** Filters hide every event there is. */
  filteredOut: boolean;
  /** The month has no events at all. */
  emptyMonth: boolean;
  /** The first day with events after it, when known. */
  next: PlainDate | undefined;
}

export interface EmptyActions {
  clearFilters(): void;
  goto(day: PlainDate): void;
}

/** What the calendar says when it has nothing to show, and the way on: clear the filters, or go to the next month with events. */
export function emptyState(state: EmptyState, context: ViewContext, actions: EmptyActions) {
  const { t } = context;
  if (state.filteredOut) {
    return html`<div class="empty" part="empty">
      <p>${t.t("emptyFiltered")}</p>
      <button type="button" class="button" @click=${actions.clearFilters}>${t.t("clearFilters")}</button>
    </div>`;
  }
  if (!state.emptyMonth) return nothing;
  const next = state.next;
  return html`<div class="empty" part="empty">
    <p>${t.t("emptyMonth")}</p>
    ${next ? html`<button type="button" class="button" @click=${() => actions.goto(next)}>${t.t("jumpTo", monthTitle(next, context.locale.intl))}</button>` : nothing}
  </div>`;
}
