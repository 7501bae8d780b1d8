import type { Datum } from "./datum.js";
import { TILE_TEMPLATE, tilesProblem } from "./tiles-attribute.js";

/** One layer of tiles, as Leaflet takes it. */
export interface TileLayerSpec {
  url: string;
  subdomains?: string;
  attribution: string;
}

/** What the map is drawn on: its layers, and the datum they are in. */
export interface TileSet {
  layers: TileLayerSpec[];
  datum: Datum;
}

/** Tianditu (天地图) WMTS, Web Mercator: the road map and its Chinese labels, with the site's key. */
const tianditu = (layer: "vec" | "cva", key: string): TileLayerSpec => ({
  url: `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  subdomains: "01234567",
  attribution: layer === "vec" ? "© 天地图" : "",
});

/**
 * The tiles asked for by the `tiles` attribute: osm (the default), tianditu
 * (with `tianditu-key`), amap (GCJ-02), none, or a URL template in the datum
 * `tile-datum` says. What cannot be used (tilesProblem says why) falls back to
 * OpenStreetMap.
 */
export function tileSetFor(tiles: string | undefined, options: { tiandituKey?: string; tileDatum?: string; osmAttribution: string }): TileSet | undefined {
  const osm: TileSet = { layers: [{ url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", attribution: options.osmAttribution }], datum: "wgs84" };
  const asked = tiles?.trim() || "osm";
  if (asked === "none") return undefined;
  if (tilesProblem(tiles, options.tiandituKey)) return osm;
  if (asked === "amap") {
    return {
      layers: [
        {
          url: "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
          subdomains: "1234",
          attribution: "© 高德地图",
        },
      ],
      datum: "gcj02",
    };
  }
  if (asked === "tianditu") {
    const key = options.tiandituKey!.trim();
    return { layers: [tianditu("vec", key), tianditu("cva", key)], datum: "wgs84" };
  }
  if (TILE_TEMPLATE.test(asked)) return { layers: [{ url: asked, attribution: "" }], datum: options.tileDatum?.trim() === "gcj02" ? "gcj02" : "wgs84" };
  return osm;
}
