import { PARTNER_TYPES, type Partner, type PartnerDetail } from "@community-kit/schema";
import {
  type ClientKind,
  CommunityElement,
  LazyPart,
  Loading,
  NearViewport,
  adoptLater,
  baseStyles,
  notice,
  stateStyles,
  tokenStyles,
} from "@community-kit/ui";
import type { SetupProblem } from "@community-kit/ui";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { partnerMapStyles } from "./community-partner-map.styles.js";
import { type PartnerMapMessages, partnerMapMessages } from "./locales/index.js";
import type { PartnerMapView } from "./map-view.js";
import type { CommunityPartnerClient } from "@community-kit/sdk/partners";
import { tilesProblem } from "./tiles-attribute.js";
import { partnerList } from "./views/partner-list.js";
// The widget's ck-* events, declared once with their details for `emit`, listeners and the React props.
import "./ck-events.js";
import type { Setup } from "./locales/setup.js";

const TYPES = new Set<string>(PARTNER_TYPES);

/** The partner client, from its own SDK entry. */
const PARTNERS: ClientKind<CommunityPartnerClient> = {
  name: "partners",
  load: () => import("@community-kit/sdk/partners").then((sdk) => sdk.createPartnerClient),
};
/** List entries drawn in the first frame, and added in each frame after. */
const LIST_FIRST = 100;
const LIST_STEP = 500;

/**
 * A community's partner units (党建联建单位) on a map and in a list kept in
 * step with it: the list is the whole keyboard and screen-reader path, the
 * map is never the only way to a partner.
 *
 * @summary Partner units of a community, on a map and in a list.
 * @tagname community-partner-map
 *
 * @event {CustomEvent<PartnerSelectDetail>} ck-partner-select - A partner was chosen, in the list or on the map.
 *
 * @csspart map - The map; markers are .marker, the chosen one .marker--chosen.
 * @csspart list - The list of partners; partner each entry.
 * @csspart details - The chosen partner's details.
 * @csspart filters - The types to show, with their colours.
 * @csspart button - Every button; with partner, close, retry.
 * @csspart notice - Quiet messages: no map background, saved data.
 * @csspart unavailable - Where the page's set-up leaves nothing to show: a neutral line and the links the page put inside the element.
 * @csspart error - The error state.
 */
export class CommunityPartnerMap extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, stateStyles, partnerMapStyles];

  /** Types to show, comma-separated (school, enterprise, hospital, social-organisation, government, cultural-site); default all. */
  @property() types?: string;

  /** osm (default), tianditu (with tianditu-key), amap (GCJ-02), none, or a tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png */
  @property() tiles?: string;

  /** The site's Tianditu (天地图) key, for tiles="tianditu". */
  @property({ attribute: "tianditu-key" }) tiandituKey?: string;

  /** gcj02 when a tile URL template draws China as AMap does (default wgs84). */
  @property({ attribute: "tile-datum" }) tileDatum?: string;

  /** Where the map opens, "latitude,longitude" (WGS-84); default: all partners in view. */
  @property() center?: string;

  /** The zoom the map opens at with a centre (default 15). */
  @property({ type: Number }) zoom?: number;

  /** Partners to show without a server, as the API returns them. */
  @property({ attribute: false }) partners?: unknown[];

  @state() private chosenTypes?: Set<string>;
  @state() private selected?: string;
  @state() private tilesFailed = false;
  /** How many list entries are drawn: a long list is drawn a screenful first, the rest in the frames after. */
  @state() private listLimit = LIST_FIRST;
  private growing?: number;
  private map?: PartnerMapView;
  private mapLoading?: Promise<void>;
  /** The map (Leaflet and its tiles, most of the widget's bytes) loads as the widget nears the viewport. */
  private readonly nearViewport = new NearViewport(this);
  private readonly t = this.messagesOf<PartnerMapMessages>(partnerMapMessages);
  /** The partners from the API, when none are given. */
  private readonly loaded = new Loading<readonly [string, string], Partner[]>(this, {
    args: () => (this.partners ? undefined : this.source),
    load: async (_, { signal, cached }) => {
      const client = await this.clientOf(PARTNERS);
      return (await client.partners.list({}, { signal, onCached: (page) => cached(page.items) })).items;
    },
  });
  /** The chosen partner with the events it co-organises, from the API. */
  private readonly chosen = new Loading<readonly [string, string, string], PartnerDetail>(this, {
    args: () => {
      const source = this.source;
      return this.selected && !this.partners && source ? ([...source, this.selected] as const) : undefined;
    },
    load: async ([, , id], { signal, cached }) => (await this.clientOf(PARTNERS)).partners.get(id, { signal, onCached: cached }),
  });
  /** The details view, loaded when a partner is first chosen. */
  private readonly details = new LazyPart(this, () =>
    import("./views/partner-details.js").then(({ partnerDetails, partnerDetailsStyles }) => {
      adoptLater(this.renderRoot as ShadowRoot, partnerDetailsStyles);
      return partnerDetails;
    }),
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.growing ?? 0);
    this.map?.remove();
    this.map = undefined;
    this.mapLoading = undefined;
  }

  /** The partners given as a property, once checked: a bad entry is left out, never thrown. */
  @state() private given?: Partner[];
  /** The partners the map and list were last drawn with, to tell when they change. */
  private drawnPartners?: Partner[];

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.all !== this.drawnPartners || changed.has("chosenTypes") || changed.has("types")) this.listLimit = LIST_FIRST;
    if (changed.has("partners")) {
      const partners = this.partners;
      this.given = undefined;
      // The API's schema checks them; it loads with them, as pages on an API never need it here.
      if (partners)
        void import("./given-partners.js").then(({ validPartners }) => {
          if (this.partners === partners) this.given = validPartners(partners);
        });
    }
  }

  private get all(): Partner[] | undefined {
    return this.partners ? this.given : this.loaded.value;
  }

  private get askedTypes(): Set<string> | undefined {
    const asked = this.types
      ?.split(",")
      .map((type) => type.trim())
      .filter(Boolean);
    return asked?.length && asked.every((type) => TYPES.has(type)) ? new Set(asked) : undefined;
  }

  private get shown(): Partner[] {
    const types = this.chosenTypes ?? this.askedTypes;
    return (this.all ?? []).filter((partner) => !types || types.has(partner.type));
  }

  private get validCenter(): { lat: number; lng: number } | undefined {
    const match = this.center?.match(/^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/);
    if (!match) return undefined;
    const [lat, lng] = [Number(match[1]), Number(match[2])];
    return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
  }

  /** Draws the rest of a long list a slice after each painted frame, so that the first frame comes quickly and the page stays responsive. */
  private growList(): void {
    cancelAnimationFrame(this.growing ?? 0);
    if (this.listLimit >= this.shown.length) return;
    this.growing = requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.isConnected) this.listLimit += LIST_STEP;
      }),
    );
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const all = this.all;
    const partnersChanged = all !== this.drawnPartners || changed.has("chosenTypes") || changed.has("types");
    this.drawnPartners = all;
    if (partnersChanged || changed.has("listLimit")) this.growList();
    const container = this.renderRoot.querySelector<HTMLElement>(".map");
    if (container && all && !this.map && this.nearViewport.reached) void this.showMap(container);
    else if (this.map && partnersChanged) this.map.show(this.shown);
  }

  private showMap(container: HTMLElement): Promise<void> {
    this.mapLoading ??= import("./map-view.js").then(({ PartnerMapView }) => {
      if (!this.isConnected) return;
      this.map = new PartnerMapView(container, this.renderRoot as ShadowRoot, {
        tiles: { tiles: this.tiles, tiandituKey: this.tiandituKey, tileDatum: this.tileDatum, osmAttribution: this.t.t("osmAttribution") },
        center: this.validCenter,
        zoom: this.zoom,
        reducedMotion: matchMedia("(prefers-reduced-motion: reduce)").matches,
        onTilesFailed: () => (this.tilesFailed = true),
        onSelect: (partnerId) => this.select(partnerId, "map"),
        clusterTitle: (count) => this.t.t("cluster", count),
        zoomLabels: { zoomIn: this.t.t("zoomIn"), zoomOut: this.t.t("zoomOut") },
      });
      this.map.show(this.shown);
      this.map.select(this.selected);
      this.requestUpdate();
    });
    return this.mapLoading;
  }

  protected override setupMessages() {
    return import("./locales/setup.js").then((setup) => setup.partnerMapSetup);
  }

  protected override recover(): void {
    this.loaded.retry();
  }

  /** Chooses a partner from the list or the map: the other follows, the details open. */
  private select(partnerId: string, from: "list" | "map"): void {
    const partner = this.all?.find((candidate) => candidate.id === partnerId);
    if (!partner) return;
    this.selected = partnerId;
    // A partner chosen on the map has its entry drawn, however far down the list.
    this.listLimit = Math.max(this.listLimit, this.shown.findIndex((candidate) => candidate.id === partnerId) + 1);
    this.map?.select(partnerId);
    this.emit("ck-partner-select", { partnerId, type: partner.type });
    void this.showDetails(partnerId, from);
  }

  /**
   * Moves the resident to the details once drawn: their heading takes focus,
   * so that they are read out and scrolled into view, wherever the list or
   * the map left the page (on a phone the details sit below the map). A
   * partner chosen on the map has its list entry brought into view as well.
   */
  private async showDetails(partnerId: string, from: "list" | "map"): Promise<void> {
    await this.details.get();
    await this.updateComplete;
    if (this.selected !== partnerId) return;
    if (from === "map") this.renderRoot.querySelector(`.entry[data-partner-id="${partnerId}"]`)?.scrollIntoView({ block: "nearest" });
    this.renderRoot.querySelector<HTMLElement>("#details-title")?.focus();
  }

  /** The chosen partner's details: with its events once the server sent them; given partners, or a failed answer, have none to show. */
  private detailOf(partner: Partner): PartnerDetail | undefined {
    const { value, status } = this.chosen;
    if (this.partners || status === "error") return { ...partner, events: [] };
    return status === "ready" && value?.id === partner.id ? value : undefined;
  }

  private close = (): void => {
    const id = this.selected;
    this.selected = undefined;
    this.map?.select(undefined);
    void this.focusAfterRender(`.entry[data-partner-id="${id}"] button`);
  };

  private toggleType = (type: string, on: boolean): void => {
    const current = new Set(this.chosenTypes ?? this.askedTypes ?? TYPES);
    if (on) current.add(type);
    else current.delete(type);
    this.chosenTypes = current;
  };

  /** What is wrong with the attributes, for the web team. */
  private setupProblems(): SetupProblem<Setup>[] {
    const problems: SetupProblem<Setup>[] = [];
    if (this.types && !this.askedTypes) problems.push(["invalidTypes", this.types]);
    const problem = tilesProblem(this.tiles, this.tiandituKey);
    if (problem === "invalidTiles") problems.push(["invalidTiles", this.tiles ?? ""]);
    if (problem === "tiandituKeyMissing") problems.push(["tiandituKeyMissing"]);
    if (this.center && !this.validCenter) problems.push(["invalidCenter", this.center]);
    return problems;
  }

  /** What residents are told of the map itself: it has no background, by choice or because the tiles did not come. */

  protected override renderContent() {
    this.forWebTeam(this.setupProblems());
    const configured = Boolean(this.partners) || this.hasSource;
    const body = !configured
      ? this.unavailable(["notConfigured"])
      : this.loaded.status === "error" && !this.partners
        ? this.loadFailed(this.loaded.error, () => this.loaded.retry())
        : html`${this.partners ? nothing : this.staleNotice(this.loaded.staleness)}${this.renderMapAndList()}`;
    return html`<section class="partners" aria-label=${this.t.t("label", "")}>${this.tiles?.trim() === "none" ? notice(this.t.t("noTiles")) : nothing} ${body}</section>`;
  }

  private renderMapAndList() {
    const all = this.all;
    if (all && !all.length) return notice(this.t.t("empty"), "empty");
    const shown = this.shown;
    const types = this.chosenTypes ?? this.askedTypes;
    const present = PARTNER_TYPES.filter((type) => all?.some((partner) => partner.type === type));
    const selected = shown.find((partner) => partner.id === this.selected);
    return html`<div class="layout ${this.tiles?.trim() === "none" || this.tilesFailed ? "layout--plain" : ""}">
      <div class="map" part="map" role="region" aria-label=${this.t.t("mapLabel")}></div>
      ${this.tilesFailed ? notice(this.t.t("tilesFailed"), "notice tiles-notice") : nothing}
      <div class="side">
        <fieldset class="filters" part="filters">
          <legend>${this.t.t("types")}</legend>
          ${present.map(
            (type) => html`<label class="filter">
              <input type="checkbox" .checked=${!types || types.has(type)} @change=${(change: Event) => this.toggleType(type, (change.target as HTMLInputElement).checked)} />
              <span class="swatch swatch--${type}" aria-hidden="true"></span>${this.t.t(`type-${type}` as keyof PartnerMapMessages)}
            </label>`,
          )}
        </fieldset>
        ${selected && this.details.value ? this.details.value(selected, this.detailOf(selected), this.resolvedLocale.intl, this.t, this.close) : nothing}
        ${partnerList({ partners: shown, drawn: this.listLimit, selected: this.selected, busy: !all }, this.t, (id) => this.select(id, "list"))}
      </div>
    </div>`;
  }
}
