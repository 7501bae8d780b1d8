import type { Partner } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { html } from "lit";
import type { PartnerMapMessages } from "../locales/index.js";

export interface PartnerListState {
  partners: readonly Partner[];
  /** How many entries are drawn yet (the count says all of them). */
  drawn: number;
  selected?: string;
  /** true while loading: the list keeps its place */
  busy: boolean;
}

export const typeName = (type: Partner["type"], t: Localizer<PartnerMapMessages>) => t.t(`type-${type}` as keyof PartnerMapMessages);

/** Every partner shown on the map, as buttons in order: the keyboard and screen-reader path to each. */
export function partnerList(state: PartnerListState, t: Localizer<PartnerMapMessages>, choose: (partnerId: string) => void) {
  if (state.busy) return html`<ul class="list" part="list" aria-busy="true">${[0, 1, 2, 3].map(() => html`<li class="list__placeholder"></li>`)}</ul>`;
  if (!state.partners.length) return html`<p class="notice" part="notice">${t.t("emptyFiltered")}</p>`;
  return html`<p class="list__count" role="status">${t.t("count", state.partners.length)}</p>
    <ul class="list" part="list" aria-label=${t.t("listLabel")}>
      ${state.partners.slice(0, state.drawn).map(
        (partner) => html`<li class="entry ${partner.id === state.selected ? "entry--chosen" : ""}" part="partner" data-partner-id=${partner.id}>
          <button type="button" class="entry__button" aria-pressed=${partner.id === state.selected ? "true" : "false"} @click=${() => choose(partner.id)}>
            <span class="swatch swatch--${partner.type}" aria-hidden="true"></span>
            <span class="entry__text">
              <strong class="entry__name">${partner.name}</strong>
              <span class="entry__meta">${typeName(partner.type, t)} · ${partner.address}</span>
            </span>
          </button>
        </li>`,
      )}
    </ul>`;
}
