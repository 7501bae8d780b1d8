import { PARTNER_TYPES, type Partner, type PartnerType } from "@community-kit/schema";
import type { LocationPicker } from "@community-kit/partner-map/location-picker";
import { isApiError } from "@community-kit/sdk";
import { Loading, errorSummary, selectField, textField } from "@community-kit/ui";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type PartnersMessages, partnersMessages } from "../locales/partners.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { ListPages, pageWords } from "../screen/pages.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";
import { StaffForm } from "../sign-in/staff-form.js";
import {
  PARTNER_FIELDS,
  type PartnerField,
  type PartnerValues,
  newPartnerValues,
  partnerFieldMessages,
  partnerValues,
  validatePartner,
} from "./partner-form.js";

/** Where a new partner's marker starts: the middle of the others, else the centre of Beijing. */
const BEIJING = { lat: 39.9042, lng: 116.4074 };

/**
 * The community's partner units: each edited (its kind, address, contact, services, logo), its
 * place set by clicking the map (the public map's tiles and GCJ-02 handling) or by typing its
 * coordinates; a unit added or removed.
 *
 * @tagname community-admin-partners
 */
export class CommunityAdminPartners extends ConsoleScreen {
  static override styles = consoleScreenStyles;

  @state() private editing?: { partner?: Partner };
  @state() private removing?: Partner;
  @state() private told?: string;

  private readonly t = this.messagesOf<PartnersMessages>(partnersMessages);
  private readonly form = new StaffForm<PartnerField, PartnerValues>(this, "partner", newPartnerValues(BEIJING));
  private picker?: LocationPicker;
  private readonly pages = new ListPages(this);

  private readonly partners = new Loading<readonly [string, string], Partner[]>(this, {
    args: () => this.source,
    load: async (_, { signal }) => (await this.admin()).admin.partners.list({ signal }),
  });

  protected override recover(): void {
    this.partners.retry();
  }

  protected override renderContent() {
    const t = this.t;
    if (this.partners.status === "error") return this.loadFailed(this.partners.error, () => this.partners.retry());
    const told = this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing;
    if (this.editing) return html`${told}${this.formView()}`;
    const partners = this.partners.value;
    return html`<section aria-labelledby="partners-heading">
      <div class="screen__top">
        <h2 id="partners-heading">${t.t("heading")}</h2>
        <button type="button" class="button button--primary" @click=${() => this.open(undefined)}>${t.t("newPartner")}</button>
      </div>
      ${told} ${this.removing ? this.removeQuestion(this.removing) : nothing}
      ${
        !partners
          ? html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`
          : !partners.length
            ? html`<p class="empty" role="status">${t.t("empty")}</p>`
            : this.partnerList(partners)
      }
    </section>`;
  }

  private partnerList(partners: readonly Partner[]) {
    const t = this.t;
    const page = this.pages.show(partners, t.t("heading"), pageWords(this.resolvedLocale.messages));
    return html`<ul class="cards">
                ${page.items.map(
                  (partner) => html`<li class="card card--plain">
                    <h3>${partner.name}</h3>
                    <p>${t.t("type", partner.type)} · ${partner.address}</p>
                    <div class="actions">
                      <button type="button" class="button" @click=${() => this.open(partner)}>${t.t("edit")}<span class="visually-hidden">：${partner.name}</span></button>
                      <button type="button" class="button button--danger" @click=${() => void this.askToRemove(partner)}>
                        ${t.t("remove")}<span class="visually-hidden">：${partner.name}</span>
                      </button>
                    </div>
                  </li>`,
                )}
              </ul>
              ${page.buttons}`;
  }

  private formView() {
    const t = this.t;
    const form = this.form;
    const fields = form.context(t.t("errorPrefix"));
    const editing = this.editing?.partner;
    const text = (field: Exclude<PartnerField, "type" | "location">, label: string, maxlength: number, hint?: string) =>
      textField(fields, field, { label, value: form.values[field], maxlength, ...(hint ? { hint } : {}) }, (value) => form.set(field, value));
    const coordinate = (field: "lat" | "lng", label: string) => html`<div class="field field--short">
      <label for=${`partner-${field}`}>${label}</label>
      <input
        id=${`partner-${field}`}
        inputmode="decimal"
        maxlength="20"
        .value=${form.values[field]}
        aria-invalid=${form.errors.location ? "true" : "false"}
        @input=${(event: Event) => form.set(field, (event.target as HTMLInputElement).value)}
        @change=${() => this.showTyped()}
      />
    </div>`;
    return html`<form id=${form.id} class="staff-form event-form" novalidate aria-labelledby="partner-form-heading" @submit=${this.save}>
      <p><button type="button" class="button" @click=${() => this.close()}>${t.t("back")}</button></p>
      <h2 id="partner-form-heading" tabindex="-1">${editing ? t.t("formEdit", editing.name) : t.t("formNew")}</h2>
      ${errorSummary(fields, PARTNER_FIELDS, { title: t.t("errorTitle"), problem: form.problem, level: 3 }, (field) => form.focusField(field === "location" ? ("lat" as PartnerField) : field))}
      ${text("name", t.t("fieldName"), 200)} ${editing ? nothing : text("id", t.t("fieldId"), 60, t.t("fieldIdHint"))}
      ${selectField(
        fields,
        "type",
        { label: t.t("fieldType"), value: form.values.type, options: PARTNER_TYPES.map((type) => ({ value: type, label: t.t("type", type) })) },
        (value) => form.set("type", value as PartnerType),
      )}
      ${text("address", t.t("fieldAddress"), 500)}
      <fieldset class=${`field field--group ${form.errors.location ? "field--error" : ""}`} aria-describedby="partner-location-hint">
        <legend>${t.t("locationLegend")}</legend>
        <p class="field__hint" id="partner-location-hint">${t.t("locationHint")}</p>
        ${form.errors.location ? html`<p class="field__error"><span class="visually-hidden">${t.t("errorPrefix")}</span>${form.errors.location}</p>` : nothing}
        <div class="picker" aria-label=${t.t("mapLabel")} role="group"></div>
        <div class="field-row">${coordinate("lat", t.t("fieldLat"))} ${coordinate("lng", t.t("fieldLng"))}</div>
      </fieldset>
      ${text("phone", t.t("fieldPhone"), 40)} ${text("email", t.t("fieldEmail"), 200)} ${text("office", t.t("fieldOffice"), 100, t.t("fieldOfficeHint"))}
      <div class=${`field ${form.errors.description ? "field--error" : ""}`}>
        <label for="partner-description">${t.t("fieldDescription")}</label>
        <textarea id="partner-description" rows="4" maxlength="5000" .value=${form.values.description} @input=${(event: Event) =>
          form.set("description", (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class=${`field ${form.errors.services ? "field--error" : ""}`}>
        <label for="partner-services">${t.t("fieldServices")}</label>
        <p class="field__hint" id="partner-services-hint">${t.t("fieldServicesHint")}</p>
        <textarea id="partner-services" rows="4" aria-describedby="partner-services-hint" .value=${form.values.services} @input=${(event: Event) =>
          form.set("services", (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${text("partnerSince", t.t("fieldSince"), 10)} ${text("logoUrl", t.t("fieldLogo"), 2000)} ${text("website", t.t("fieldWebsite"), 2000)}
      <button type="submit" class="button button--primary" aria-disabled=${form.sending ? "true" : "false"}>${form.sending ? t.t("saving") : t.t("save")}</button>
    </form>`;
  }

  private open(partner: Partner | undefined): void {
    const others = this.partners.value ?? [];
    const center = others.length
      ? {
          lat: others.reduce((sum, other) => sum + other.location.lat, 0) / others.length,
          lng: others.reduce((sum, other) => sum + other.location.lng, 0) / others.length,
        }
      : BEIJING;
    this.form.values = partner ? partnerValues(partner) : newPartnerValues(center);
    this.form.errors = {};
    this.form.problem = undefined;
    this.told = undefined;
    this.editing = { partner };
    void this.updateComplete.then(() => this.shadowRoot?.getElementById("partner-form-heading")?.focus());
  }

  private close(told?: string): void {
    this.picker?.remove();
    this.picker = undefined;
    this.editing = undefined;
    this.told = told;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const container = this.shadowRoot?.querySelector<HTMLElement>(".picker");
    if (container && !this.picker) void this.showPicker(container);
  }

  /** The map loads with the form (Leaflet is most of the map's bytes), centred on the place as it is. */
  private async showPicker(container: HTMLElement): Promise<void> {
    const { LocationPicker } = await import("@community-kit/partner-map/location-picker");
    if (this.picker || !container.isConnected) return;
    const { lat, lng } = this.typedPoint() ?? BEIJING;
    this.picker = new LocationPicker(container, this.shadowRoot!, {
      tiles: { ...this.mapTiles, osmAttribution: "© OpenStreetMap" },
      point: { lat, lng },
      zoomLabels: { zoomIn: this.t.t("zoomIn"), zoomOut: this.t.t("zoomOut") },
      onPick: (point) => {
        this.form.values = { ...this.form.values, lat: point.lat.toFixed(6), lng: point.lng.toFixed(6) };
        this.requestUpdate();
      },
    });
  }

  private typedPoint(): { lat: number; lng: number } | undefined {
    const lat = Number(this.form.values.lat);
    const lng = Number(this.form.values.lng);
    return this.form.values.lat.trim() && this.form.values.lng.trim() && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
  }

  private showTyped(): void {
    const point = this.typedPoint();
    if (point) this.picker?.show(point);
  }

  private save = async (event: Event) => {
    event.preventDefault();
    const editing = this.editing;
    let name = "";
    const saved = await this.form.submit(
      () => {
        const checked = validatePartner(this.form.values, this.t);
        // An edited partner keeps its code; the field is not shown.
        if (editing?.partner) delete checked.errors.id;
        return checked;
      },
      async (request) => {
        const client = await this.admin();
        const { id, ...changes } = request;
        const partner = editing?.partner ? await client.admin.partners.update(editing.partner.id, changes) : await client.admin.partners.create(request);
        name = partner.name;
      },
      (error) => {
        if (this.sessionEnded(error, "saving")) return undefined;
        if (isApiError(error, "partner_exists")) {
          this.form.errors = { id: this.t.t("idTaken") };
          return undefined;
        }
        const messages = partnerFieldMessages(isApiError(error) ? (error.problem?.errors ?? []) : [], this.t);
        if (!Object.keys(messages).length) return this.describeFailure(error, this.t.t("forbidden"));
        this.form.errors = messages;
        return undefined;
      },
    );
    if (!saved) return;
    this.partners.reload();
    this.close(this.t.t("saved", name));
  };

  private async askToRemove(partner: Partner): Promise<void> {
    this.removing = partner;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(".confirm")?.focus();
  }

  private removeQuestion(partner: Partner) {
    return html`<div class="confirm" role="alertdialog" tabindex="-1" aria-labelledby="remove-question">
      <p id="remove-question">${this.t.t("confirmRemove", partner.name)}</p>
      <div class="actions">
        <button type="button" class="button button--danger" @click=${() => void this.removePartner(partner)}>${this.t.t("remove")}</button>
        <button type="button" class="button" @click=${() => (this.removing = undefined)}>${this.t.t("keep")}</button>
      </div>
    </div>`;
  }

  private async removePartner(partner: Partner): Promise<void> {
    this.removing = undefined;
    try {
      await (await this.admin()).admin.partners.delete(partner.id);
      this.told = this.t.t("removed", partner.name);
      this.partners.reload();
    } catch (error) {
      if (!this.sessionEnded(error, "remove")) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }
}

if (!customElements.get("community-admin-partners")) customElements.define("community-admin-partners", CommunityAdminPartners);
