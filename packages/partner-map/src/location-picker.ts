/// <reference path="./leaflet-esm.d.ts" />
import * as L from "#leaflet";
import { dataPoint, displayPoint } from "./datum.js";
import { adoptLeafletStyles, removeMap } from "./leaflet-map.js";
import { attributionControl, zoomControl } from "./map-controls.js";
import { tileSetFor } from "./tile-sets.js";

export interface LocationPickerOptions {
  /** The tiles, as the partner map's attributes ask for them. */
  tiles: { tiles?: string; tiandituKey?: string; tileDatum?: string; osmAttribution: string };
  /** Where the place is now (WGS-84), or where to look when it has none. */
  point: { lat: number; lng: number };
  /** A point was chosen on the map: in WGS-84, as the API keeps it, whatever datum the tiles are in. */
  onPick(point: { lat: number; lng: number }): void;
  zoomLabels: { zoomIn: string; zoomOut: string };
}

/**
 * A map on which staff set where a place is by clicking it: the same Leaflet, tile sets and
 * GCJ-02 handling as the partner map, so that the point chosen is where residents see it.
 */
export class LocationPicker {
  readonly #map: L.Map;
  readonly #marker: L.CircleMarker;
  readonly #datum: "wgs84" | "gcj02";
  readonly #resize: ResizeObserver;

  constructor(container: HTMLElement, root: ShadowRoot, options: LocationPickerOptions) {
    adoptLeafletStyles(root);
    const tiles = tileSetFor(options.tiles.tiles, options.tiles);
    this.#datum = tiles?.datum ?? "wgs84";
    this.#map = L.map(container, { zoomControl: false, attributionControl: false, scrollWheelZoom: false });
    zoomControl(options.zoomLabels).addTo(this.#map);
    attributionControl(tiles?.layers.map((layer) => layer.attribution) ?? []).addTo(this.#map);
    for (const layer of tiles?.layers ?? []) L.tileLayer(layer.url, { subdomains: layer.subdomains ?? "abc", maxZoom: 18 }).addTo(this.#map);
    const shown = displayPoint(options.point, this.#datum);
    this.#marker = L.circleMarker([shown.lat, shown.lng], { radius: 9, weight: 3, color: "#b91c1c", fillOpacity: 0.6 }).addTo(this.#map);
    this.#map.setView([shown.lat, shown.lng], 16);
    this.#map.on("click", (event: L.LeafletMouseEvent) => {
      this.#marker.setLatLng(event.latlng);
      options.onPick(dataPoint({ lat: event.latlng.lat, lng: event.latlng.lng }, this.#datum));
    });
    this.#resize = new ResizeObserver(() => this.#map.invalidateSize());
    this.#resize.observe(container);
  }

  /** Moves the marker to a point typed in (WGS-84), and the view to it. */
  show(point: { lat: number; lng: number }): void {
    const shown = displayPoint(point, this.#datum);
    this.#marker.setLatLng([shown.lat, shown.lng]);
    this.#map.panTo([shown.lat, shown.lng]);
  }

  remove(): void {
    this.#resize.disconnect();
    removeMap(this.#map);
  }
}
