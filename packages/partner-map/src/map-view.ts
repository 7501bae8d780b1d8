/// <reference path="./leaflet-esm.d.ts" />
import type { Partner } from "@community-kit/schema";
import * as L from "#leaflet";
import Supercluster from "supercluster";
import { displayPoint } from "./datum.js";
import { adoptLeafletStyles, removeMap } from "./leaflet-map.js";
import { attributionControl, zoomControl } from "./map-controls.js";
import { type TileSet, tileSetFor } from "./tile-sets.js";

export interface MapOptions {
  /** The tiles asked for by the widget's attributes. */
  tiles: { tiles?: string; tiandituKey?: string; tileDatum?: string; osmAttribution: string };
  center?: { lat: number; lng: number };
  zoom?: number;
  /** Said when tiles fail to load, once. */
  onTilesFailed(): void;
  /** A marker was chosen with a pointer. */
  onSelect(partnerId: string): void;
  /** "12 partners here" for a cluster's title, in the page's language. */
  clusterTitle(count: number): string;
  /** The zoom buttons' names, in the page's language. */
  zoomLabels: { zoomIn: string; zoomOut: string };
  reducedMotion: boolean;
}

/** From this zoom on every partner has its own marker. */
const UNCLUSTERED_ZOOM = 17;

type PartnerPoint = { partnerId: string };

/**
 * The Leaflet map of a widget, inside its shadow root. Partners close
 * together at the zoom shown are drawn as one cluster with their count
 * (supercluster, recomputed for the view on every move); choosing a cluster
 * zooms in until it comes apart. Markers are drawn by the widget (no image
 * the host page would have to serve) and pointer-only: the list beside is the
 * keyboard and screen-reader path.
 */
export class PartnerMapView {
  readonly #map: L.Map;
  readonly #layer = L.layerGroup();
  readonly #markers = new Map<string, L.Marker>();
  /** The tiles and their datum, or none for a neutral background. */
  readonly #tiles?: TileSet;
  #partners = new Map<string, Partner>();
  #index = new Supercluster<PartnerPoint, Record<string, never>>({ radius: 48, maxZoom: UNCLUSTERED_ZOOM - 1 });
  #selected?: string;
  readonly #resize: ResizeObserver;

  constructor(
    container: HTMLElement,
    root: ShadowRoot,
    private readonly options: MapOptions,
  ) {
    adoptLeafletStyles(root);
    this.#map = L.map(container, { zoomControl: false, attributionControl: false, scrollWheelZoom: false });
    zoomControl(options.zoomLabels).addTo(this.#map);
    // Leaflet measures its box once: a layout change (narrow screen, the list growing) must make it measure again.
    this.#resize = new ResizeObserver(() => this.#map.invalidateSize());
    this.#resize.observe(container);
    this.#layer.addTo(this.#map);
    this.#map.on("moveend", () => this.#draw());
    this.#tiles = tileSetFor(options.tiles.tiles, options.tiles);
    attributionControl(this.#tiles?.layers.map((layer) => layer.attribution) ?? []).addTo(this.#map);
    if (this.#tiles) {
      let loaded = false;
      let failed = false;
      for (const layer of this.#tiles.layers) {
        L.tileLayer(layer.url, { subdomains: layer.subdomains ?? "abc", maxZoom: 18 })
          .on("tileload", () => (loaded = true))
          .on("tileerror", () => {
            if (!loaded && !failed) {
              failed = true;
              options.onTilesFailed();
            }
          })
          .addTo(this.#map);
      }
    }
  }

  /** Where a partner is drawn: shifted onto GCJ-02 tiles, as they are. */
  #point(partner: Partner): { lat: number; lng: number } {
    return displayPoint(partner.location, this.#tiles?.datum ?? "wgs84");
  }

  /** Shows these partners, and fits them in view unless a centre was asked for. */
  show(partners: readonly Partner[]): void {
    this.#partners = new Map(partners.map((partner) => [partner.id, partner]));
    const points = partners.map((partner) => ({ partner, point: this.#point(partner) }));
    this.#index.load(
      points.map(({ partner, point }) => ({
        type: "Feature",
        properties: { partnerId: partner.id },
        geometry: { type: "Point", coordinates: [point.lng, point.lat] },
      })),
    );
    if (this.options.center) this.#map.setView(displayPoint(this.options.center, this.#tiles?.datum ?? "wgs84"), this.options.zoom ?? 15);
    else if (points.length) this.#map.fitBounds(L.latLngBounds(points.map(({ point }) => [point.lat, point.lng])), { padding: [32, 32], maxZoom: 16 });
    else this.#map.setView([0, 0], 2);
    this.#draw();
  }

  /** The markers and clusters of the view as it is now. */
  #draw(): void {
    this.#layer.clearLayers();
    this.#markers.clear();
    const bounds = this.#map.getBounds();
    const zoom = Math.round(this.#map.getZoom());
    for (const feature of this.#index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      if ("cluster" in feature.properties && feature.properties.cluster) {
        this.#layer.addLayer(this.#cluster(feature.properties.cluster_id, feature.properties.point_count, lat, lng));
      } else {
        const partner = this.#partners.get((feature.properties as PartnerPoint).partnerId);
        if (partner) this.#layer.addLayer(this.#marker(partner));
      }
    }
  }

  #marker(partner: Partner): L.Marker {
    // Elements, not HTML strings (which Trusted Types refuse), and a class for the colour, not a style attribute (which a strict style-src refuses).
    const dot = document.createElement("span");
    dot.className = `marker__dot swatch--${partner.type}`;
    const icon = L.divIcon({
      className: `marker${partner.id === this.#selected ? " marker--chosen" : ""}`,
      html: dot,
      iconSize: [28, 28],
      iconAnchor: [14, 14],
    });
    // The name as the marker's title, which Leaflet sets as text: never HTML from the data.
    const marker = L.marker(this.#point(partner), { icon, title: partner.name, keyboard: false, riseOnHover: true }).on("click", () =>
      this.options.onSelect(partner.id),
    );
    marker.on("add", () => marker.getElement()?.setAttribute("data-partner-id", partner.id));
    this.#markers.set(partner.id, marker);
    return marker;
  }

  #cluster(clusterId: number, count: number, lat: number, lng: number): L.Marker {
    const size = count < 10 ? 34 : count < 100 ? 40 : 48;
    const label = document.createElement("span");
    label.className = "cluster__count";
    label.textContent = String(count);
    const icon = L.divIcon({ className: "cluster", html: label, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
    return L.marker([lat, lng], { icon, title: this.options.clusterTitle(count), keyboard: false }).on("click", () => {
      const zoom = Math.min(this.#index.getClusterExpansionZoom(clusterId), UNCLUSTERED_ZOOM);
      this.#go([lat, lng], zoom);
    });
  }

  #go(target: L.LatLngExpression, zoom: number): void {
    if (this.options.reducedMotion) this.#map.setView(target, zoom);
    else this.#map.flyTo(target, zoom, { duration: 0.5 });
  }

  /** Pans to a partner, close enough for its own marker, and marks it chosen. */
  select(partnerId: string | undefined): void {
    this.#selected = partnerId;
    const partner = partnerId ? this.#partners.get(partnerId) : undefined;
    if (!partner) {
      this.#draw();
      return;
    }
    this.#go(this.#point(partner), Math.max(this.#map.getZoom(), UNCLUSTERED_ZOOM));
    this.#draw();
  }

  remove(): void {
    this.#resize.disconnect();
    removeMap(this.#map);
  }
}
