import type { Resource } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { html, nothing } from "lit";
import type { RoomsMessages } from "../locales/index.js";
import { openingHoursText } from "../opening-hours.js";

export interface ResourceCardsState {
  resources: readonly Resource[];
  selected?: string;
  intl: string;
  /** true while loading: the cards keep their place */
  busy: boolean;
  /** What a photo's path (/photos/hall.jpg) is read against: the API's address. */
  photoBase: string;
}

function card(resource: Resource, state: ResourceCardsState, t: Localizer<RoomsMessages>, choose: (resource: Resource) => void) {
  const chosen = resource.id === state.selected;
  const headingId = `resource-${resource.id}`;
  const hours = openingHoursText(resource.hours, state.intl, {
    everyDay: t.t("everyDay"),
    dayRange: (first, last) => t.t("dayRange", first, last),
    separator: t.t("separator"),
  });
  const photo = resource.photos[0] && new URL(resource.photos[0], state.photoBase).href;
  return html`<li class="card ${chosen ? "card--chosen" : ""}" part="card${chosen ? " card-chosen" : ""}">
    <article aria-labelledby=${headingId}>
      ${
        photo
          ? // The name beside it says what it shows; a photo that cannot load leaves no broken frame.
            html`<img
            class="card__photo"
            part="photo"
            src=${photo}
            alt=""
            loading="lazy"
            decoding="async"
            @error=${(error: Event) => ((error.target as HTMLImageElement).hidden = true)}
          />`
          : nothing
      }
      <h3 class="card__name" id=${headingId}>${resource.name}</h3>
      <p class="card__facts">
        <span class="card__kind">${resource.kind === "room" ? t.t("kindRoom") : t.t("kindEquipment")}</span>
        ${resource.capacity !== undefined ? html`<span>${t.t("capacity", resource.capacity)}</span>` : nothing}
        ${resource.quantity !== undefined ? html`<span>${t.t("quantity", resource.quantity)}</span>` : nothing}
        <span>${resource.location.name}</span>
        ${resource.approval ? html`<span class="card__approval">${t.t("approval")}</span>` : nothing}
      </p>
      <p class="card__description">${resource.description}</p>
      <dl class="card__details">
        <div>
          <dt>${t.t("hours")}</dt>
          <dd>${hours.map((line) => html`<span class="card__hours">${line}</span>`)}</dd>
        </div>
      </dl>
      ${
        resource.amenities.length || resource.usageNotes
          ? // On demand: five rooms' amenities and rules made each card a phone's screen.
            html`<details class="card__more" part="card-more">
            <summary>${t.t("amenitiesAndNotes")}</summary>
            <dl class="card__details">
              ${
                resource.amenities.length
                  ? html`<div>
                    <dt>${t.t("amenities")}</dt>
                    <dd>${resource.amenities.join(t.t("separator"))}</dd>
                  </div>`
                  : nothing
              }
              ${
                resource.usageNotes
                  ? html`<div>
                    <dt>${t.t("notes")}</dt>
                    <dd>${resource.usageNotes}</dd>
                  </div>`
                  : nothing
              }
            </dl>
          </details>`
          : nothing
      }
      <button
        type="button"
        class="button ${chosen ? "button--primary" : ""}"
        part="button choose"
        aria-pressed=${chosen ? "true" : "false"}
        aria-describedby=${headingId}
        @click=${() => choose(resource)}
      >${chosen ? t.t("chosen") : t.t("choose")}</button>
    </article>
  </li>`;
}

/** The rooms and equipment as cards: what each is, holds and has, when it is open, and a choice. */
export function resourceCards(state: ResourceCardsState, t: Localizer<RoomsMessages>, choose: (resource: Resource) => void) {
  if (state.busy) {
    // Six: two rows of cards at the widths most pages give them, as most centres have about that many rooms.
    return html`<ul class="cards held" part="cards" aria-busy="true">
      ${[0, 1, 2, 3, 4, 5].map(() => html`<li class="card card--placeholder" aria-hidden="true"></li>`)}
    </ul>`;
  }
  return html`<ul class="cards" part="cards">
    ${state.resources.map((resource) => card(resource, state, t, choose))}
  </ul>`;
}
