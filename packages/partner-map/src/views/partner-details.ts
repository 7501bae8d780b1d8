import type { Partner, PartnerDetail } from "@community-kit/schema";
import type { Localizer } from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { directionLinks } from "../directions.js";
import type { PartnerMapMessages } from "../locales/index.js";
import { typeName } from "./partner-list.js";

export { partnerDetailsStyles } from "./partner-details.styles.js";

/** One partner: who it is, where, how to reach it, what it offers and does with the community; all of it text, never HTML. */
export function partnerDetails(partner: Partner, detail: PartnerDetail | undefined, intl: string, t: Localizer<PartnerMapMessages>, close: () => void) {
  const links = directionLinks(partner);
  const { contact } = partner;
  // Escape closes the details from anywhere inside them, as a dialog would.
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close();
  };
  return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${keydown}>
    <h3 class="details__title" id="details-title" tabindex="-1">${partner.name}</h3>
    <p class="details__type"><span class="swatch swatch--${partner.type}" aria-hidden="true"></span>${typeName(partner.type, t)}${partner.partnerSince ? html` · ${t.t("since", partner.partnerSince)}` : nothing}</p>
    ${partner.description ? html`<p>${partner.description}</p>` : nothing}
    <dl class="details__facts">
      <div><dt>${t.t("address")}</dt><dd>${partner.address}</dd></div>
      ${
        contact.phone || contact.email || contact.office
          ? html`<div>
            <dt>${t.t("contact")}</dt>
            <dd>
              ${contact.office ? html`${contact.office} ` : nothing}${contact.phone ? html`<a href=${`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>${contact.phone}</a> ` : nothing}${
                contact.email ? html`<a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing
              }
            </dd>
          </div>`
          : nothing
      }
      ${
        partner.services.length
          ? html`<div>
            <dt>${t.t("services")}</dt>
            <dd><ul class="details__services">${partner.services.map((service) => html`<li>${service}</li>`)}</ul></dd>
          </div>`
          : nothing
      }
      ${partner.website ? html`<div><dt>${t.t("website")}</dt><dd><a href=${partner.website} rel="noopener" target="_blank">${partner.website}</a></dd></div>` : nothing}
    </dl>
    <h4 class="details__subtitle">${t.t("events")}</h4>
    ${
      !detail
        ? html`<p aria-busy="true">${t.t("loadingEvents")}</p>`
        : detail.events.length
          ? html`<ul class="details__events">
            ${detail.events.map((event) => html`<li>${fullDay(event.start.slice(0, 10), intl)} ${event.allDay ? nothing : event.start.slice(11, 16)} ${event.title}</li>`)}
          </ul>`
          : html`<p>${t.t("noEvents")}</p>`
    }
    <h4 class="details__subtitle">${t.t("directions")}</h4>
    <p class="details__links">
      <a class="button" href=${links.amap} rel="noopener" target="_blank">${t.t("openAmap")}</a>
      <a class="button" href=${links.baidu} rel="noopener" target="_blank">${t.t("openBaidu")}</a>
      <a class="button" href=${links.osm} rel="noopener" target="_blank">${t.t("openOsm")}</a>
    </p>
    <button type="button" class="button" part="button close" @click=${close}>${t.t("close")}</button>
  </section>`;
}
