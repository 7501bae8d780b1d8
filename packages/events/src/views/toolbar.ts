import { html, nothing } from "lit";
import { styleProperties } from "@community-kit/ui";
import type { CategoryOption, EventFilters } from "../controllers/event-filters.js";
import type { ViewContext } from "./view-context.js";

export type CalendarView = "month" | "week" | "day" | "list";

const VIEWS = ["month", "week", "day", "list"] as const;
const VIEW_NAMES = { month: "viewMonth", week: "viewWeek", day: "viewDay", list: "viewList" } as const;
/** What ‹ and › say in each view. */
const STEP_NAMES = {
  month: ["previousMonth", "nextMonth"],
  week: ["previousWeek", "nextWeek"],
  day: ["previousDay", "nextDay"],
  list: ["previousMonth", "nextMonth"],
} as const;

export interface ToolbarState {
  title: string;
  titleId: string;
  view: CalendarView;
  /** Narrow hosts always show the list: no switch then. */
  canSwitchView: boolean;
  categories: readonly CategoryOption[];
  /** The categories are still loading: their row holds its place, so that what follows does not move when they come. */
  categoriesPending: boolean;
}

export interface ToolbarActions {
  previous(): void;
  next(): void;
  today(): void;
  setView(view: CalendarView): void;
}

/** Navigation, title and view switch, then the category chips and the search. */
export function toolbar(state: ToolbarState, filters: EventFilters, context: ViewContext, actions: ToolbarActions) {
  const { t } = context;
  const [previousName, nextName] = STEP_NAMES[state.view];
  return html`<div class="toolbar" part="toolbar">
      <div class="toolbar__nav">
        <button type="button" class="button" part="button previous" @click=${actions.previous} aria-label=${t.t(previousName)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" class="button" part="button today" @click=${actions.today}>${t.t("today")}</button>
        <button type="button" class="button" part="button next" @click=${actions.next} aria-label=${t.t(nextName)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 class="toolbar__title" id=${state.titleId} part="title" aria-live="polite" tabindex="-1">${state.title}</h2>
      ${
        state.canSwitchView
          ? html`<div class="toolbar__views" role="group" aria-label=${t.t("viewSwitch")}>
            ${VIEWS.map(
              (view) => html`<button
                type="button"
                class="button toggle"
                part="button view-${view}"
                aria-pressed=${state.view === view ? "true" : "false"}
                @click=${() => actions.setView(view)}
              >${t.t(VIEW_NAMES[view])}</button>`,
            )}
          </div>`
          : nothing
      }
    </div>
    <div class="filters" part="filters">
      ${
        state.categories.length > 1
          ? html`<div class="chips" role="group" aria-label=${t.t("categories")}>
            <button
              type="button"
              class="chip"
              part="chip"
              aria-pressed=${filters.categories === null ? "true" : "false"}
              @click=${() => filters.toggle(null)}
            >${t.t("allCategories")}</button>
            ${state.categories.map(
              (category) => html`<button
                type="button"
                class="chip"
                part="chip"
                style=${styleProperties({ "--chip-color": category.color })}
                aria-pressed=${filters.categories?.has(category.id) ? "true" : "false"}
                @click=${() => filters.toggle(category.id)}
              >${category.name}</button>`,
            )}
          </div>`
          : state.categoriesPending
            ? html`<div class="chips chips--pending" aria-hidden="true"><span class="chip"></span></div>`
            : nothing
      }
      <label class="search" part="search">
        <span class="visually-hidden">${t.t("search")}</span>
        <input
          type="search"
          class="control"
          part="search-input"
          .value=${filters.query}
          placeholder=${t.t("searchPlaceholder")}
          @input=${(event: InputEvent) => filters.search((event.target as HTMLInputElement).value)}
        />
      </label>
    </div>`;
}
