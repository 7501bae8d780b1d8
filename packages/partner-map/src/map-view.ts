import type { Partner } from "@community-kit/schema";
import * as L from "leaflet/dist/leaflet-src.esm.js";
import { leafletCssText } from "./generated/leaflet-css.js";
import { TYPE_COLOURS } from "./type-colours.js";

/** Leaflet's stylesheet, adopted into each widget's shadow root with the map (the page's own cannot reach in). */
let leafletSheet: CSSStyleSheet | undefined;
function adoptLeafletStyles(root: ShadowRoot): void {
  if (!leafletSheet) {
    leafletSheet = new CSSStyleSheet();
    leafletSheet.replaceSync(leafletCssText);
  }
  // Before the widget's own sheets, so that they can override Leaflet's.
  if (!root.adoptedStyleSheets.includes(leafletSheet)) root.adoptedStyleSheets = [leafletSheet, ...root.adoptedStyleSheets];
}

export interface MapOptions {
  /** A tile URL template, or none for a neutral background. */
  tiles?: { url: string; attribution: string };
  center?: { lat: number; lng: number };
  zoom?: number;
  /** Said when tiles fail to load, once. */
  onTilesFailed(): void;
  /** A marker was chosen with a pointer. */
  onSelect(partnerId: string): void;
  reducedMotion: boolean;
}


/**
 * The Leaflet map of a widget, inside its shadow root: markers drawn by the
 * widget (no image the host page would have to serve), pointer-only, as the
 * list beside is the keyboard and screen-reader path.
 */
export class PartnerMapView {
  readonly #map: L.Map;
  readonly #markers = new Map<string, L.Marker>();
  #selected?: string;

  constructor(
    container: HTMLElement,
    root: ShadowRoot,
    private readonly options: MapOptions,
  ) {
    adoptLeafletStyles(root);
    this.#map = L.map(container, { zoomControl: true, attributionControl: true, scrollWheelZoom: false });
    if (options.tiles) {
      let loaded = false;
      let failed = false;
      L.tileLayer(options.tiles.url, { attribution: options.tiles.attribution, maxZoom: 19 })
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

  /** Shows these partners' markers, and fits them in view unless a centre was asked for. */
  show(partners: readonly Partner[]): void {
    for (const marker of this.#markers.values()) marker.remove();
    this.#markers.clear();
    for (const partner of partners) {
      const icon = L.divIcon({
        className: "marker",
        html: `<span class="marker__dot" style="background:${TYPE_COLOURS[partner.type]}"></span>`,
        iconSize: [28, 28],
        iconAnchor: [14, 14],
      });
      // The name as the marker's title, set by Leaflet as text: never HTML from the data.
      const marker = L.marker([partner.location.lat, partner.location.lng], { icon, title: partner.name, keyboard: false, riseOnHover: true })
        .on("click", () => this.options.onSelect(partner.id))
        .addTo(this.#map);
      marker.getElement()?.setAttribute("data-partner-id", partner.id);
      this.#markers.set(partner.id, marker);
    }
    this.#highlight();
    if (this.options.center) this.#map.setView(this.options.center, this.options.zoom ?? 15);
    else if (partners.length) this.#map.fitBounds(L.latLngBounds(partners.map((partner) => [partner.location.lat, partner.location.lng])), { padding: [32, 32], maxZoom: 16 });
    else this.#map.setView([0, 0], 2);
  }

  /** Pans to a partner's marker and marks it chosen. */
  select(partnerId: string | undefined): void {
    this.#selected = partnerId;
    this.#highlight();
    const marker = partnerId ? this.#markers.get(partnerId) : undefined;
    if (!marker) return;
    const target = marker.getLatLng();
    const zoom = Math.max(this.#map.getZoom(), 15);
    if (this.options.reducedMotion) this.#map.setView(target, zoom);
    else this.#map.flyTo(target, zoom, { duration: 0.5 });
  }

  #highlight(): void {
    for (const [id, marker] of this.#markers) marker.getElement()?.classList.toggle("marker--chosen", id === this.#selected);
  }

  /** Markers on the map now, for tests and for the count a screen reader hears. */
  get markerCount(): number {
    return this.#markers.size;
  }

  /** The map's container changed size (a layout switch): Leaflet measures again. */
  resize(): void {
    this.#map.invalidateSize();
  }

  remove(): void {
    // Leaflet ends a zoom animation on a timer that throws once the map is gone: remove after it.
    const map = this.#map as L.Map & { _animatingZoom?: boolean };
    map.stop();
    if (map._animatingZoom) map.once("zoomend", () => map.remove());
    else map.remove();
  }
}
