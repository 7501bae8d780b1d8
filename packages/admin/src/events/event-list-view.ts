import type { Category, Event } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { EventsMessages } from "../locales/events.js";

export interface EventFilters {
  q: string;
  category: string;
  from: string;
  to: string;
}

export interface EventListContext {
  t: Localizer<EventsMessages>;
  filters: EventFilters;
  categories: readonly Category[];
  events: readonly Event[] | undefined;
  loading: boolean;
  /** The buttons to the pages before and after this one, named after the list. */
  pageButtons: (label: string) => unknown;
  mayEdit: boolean;
  /**
   * False until the community's categories and zone are known: a new event starts from them, and the
   * filters' dates from today in its zone (dates typed before would be replaced as they arrive).
   */
  communityKnown: boolean;
  formatWhen: (event: Event) => string;
  formatDay: (day: string) => string;
  onFilter: (filters: EventFilters) => void;
  onNew: () => void;
  onEdit: (event: Event, series: boolean) => void;
  onDuplicate: (event: Event) => void;
  onCancel: (event: Event, series: boolean) => void;
  /** Absent until the member's role may see who registered. */
  onRegistrations?: (event: Event) => void;
}

/** The events of a period, found by words, category and dates, a page at a time, each with what the member's role may do to it. */
export function eventListView(context: EventListContext) {
  const { t, filters } = context;
  return html`<section class="events" aria-labelledby="events-heading">
    <div class="screen__top">
      <h2 id="events-heading">${t.t("heading")}</h2>
      ${
        context.mayEdit
          ? html`<button type="button" class="button button--primary" aria-disabled=${context.communityKnown ? "false" : "true"}
            @click=${() => context.communityKnown && context.onNew()}>${t.t("newEvent")}</button>`
          : nothing
      }
    </div>
    <form
      class="filters"
      role="search"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const data = new FormData(event.target as HTMLFormElement);
        context.onFilter({
          q: String(data.get("q") ?? ""),
          category: String(data.get("category") ?? ""),
          from: String(data.get("from") ?? ""),
          to: String(data.get("to") ?? ""),
        });
      }}
    >
      <div class="field"><label for="events-q">${t.t("search")}</label><input id="events-q" name="q" type="search" maxlength="100" .value=${filters.q} ?disabled=${!context.communityKnown} /></div>
      <div class="field">
        <label for="events-category">${t.t("category")}</label>
        <select id="events-category" name="category" ?disabled=${!context.communityKnown}>
          <option value="">${t.t("allCategories")}</option>
          ${context.categories.map((category) => html`<option value=${category.id} ?selected=${category.id === filters.category}>${category.name}</option>`)}
        </select>
      </div>
      <div class="field"><label for="events-from">${t.t("from")}</label><input id="events-from" name="from" type="date" .value=${filters.from} ?disabled=${!context.communityKnown} /></div>
      <div class="field"><label for="events-to">${t.t("to")}</label><input id="events-to" name="to" type="date" .value=${filters.to} ?disabled=${!context.communityKnown} /></div>
      <button type="submit" class="button" ?disabled=${!context.communityKnown}>${t.t("filter")}</button>
    </form>
    ${table(context)}
  </section>`;
}

function table(context: EventListContext) {
  const { t, events } = context;
  if (!events) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
  if (!events.length) {
    const filtered = context.filters.q || context.filters.category;
    return html`<p class="empty" role="status">${filtered ? t.t("emptyFiltered") : t.t("empty")}</p>`;
  }
  const caption = t.t("listCaption", context.formatDay(context.filters.from), context.formatDay(context.filters.to));
  return html`<div class="table-wrap" aria-busy=${context.loading ? "true" : "false"}>
      <table class="list">
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.t("columnWhen")}</th>
            <th scope="col">${t.t("columnTitle")}</th>
            <th scope="col">${t.t("columnPlace")}</th>
            <th scope="col">${t.t("columnPlaces")}</th>
            <th scope="col">${t.t("columnActions")}</th>
          </tr>
        </thead>
        <tbody>
          ${events.map((event) => row(context, event))}
        </tbody>
      </table>
    </div>
    ${context.pageButtons(caption)}`;
}

function row(context: EventListContext, event: Event) {
  const { t } = context;
  const cancelled = event.status === "cancelled";
  const series = event.seriesId !== undefined;
  // Which event each button acts on, for a screen reader moving from button to button.
  const about = html`<span class="visually-hidden">：${event.title} ${context.formatWhen(event)}</span>`;
  return html`<tr class=${cancelled ? "list__row--cancelled" : ""}>
    <td data-label=${t.t("columnWhen")}>${context.formatWhen(event)}</td>
    <th scope="row">
      ${event.title}
      ${series ? html`<span class="tag">${t.t("repeats")}</span>` : nothing} ${cancelled ? html`<span class="tag tag--danger">${t.t("cancelledMark")}</span>` : nothing}
    </th>
    <td data-label=${t.t("columnPlace")}>${event.location.name}</td>
    <td data-label=${t.t("columnPlaces")}>${event.capacity === undefined ? t.t("noLimit") : t.t("places", event.registeredCount ?? 0, event.capacity)}</td>
    <td>
      <div class="actions">
        ${
          context.mayEdit
            ? html`<button type="button" class="button" @click=${() => context.onEdit(event, false)}>${t.t("edit")}${about}</button>
                ${series ? html`<button type="button" class="button" @click=${() => context.onEdit(event, true)}>${t.t("editSeries")}${about}</button>` : nothing}
                <button type="button" class="button" @click=${() => context.onDuplicate(event)}>${t.t("duplicate")}${about}</button>
                ${
                  cancelled
                    ? nothing
                    : html`<button type="button" class="button" @click=${() => context.onCancel(event, false)}>${t.t("cancelOne")}${about}</button>
                        ${series ? html`<button type="button" class="button" @click=${() => context.onCancel(event, true)}>${t.t("cancelSeries")}${about}</button>` : nothing}`
                }`
            : nothing
        }
        ${
          context.onRegistrations && event.registration
            ? html`<button type="button" class="button" @click=${() => context.onRegistrations!(event)}>${t.t("registrations")}${about}</button>`
            : nothing
        }
      </div>
    </td>
  </tr>`;
}
