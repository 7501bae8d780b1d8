/** A tile URL template: an http(s) address with {z}, {x} and {y}. */
export const TILE_TEMPLATE = /^https?:\/\/.+\{z\}.*\{x\}.*\{y\}|^https?:\/\/.+\{x\}.*\{y\}.*\{z\}/;

export type TilesProblem = "invalidTiles" | "tiandituKeyMissing";

/** What is wrong with the `tiles` asked for, if anything: checked with the attributes, before the map loads. */
export function tilesProblem(tiles: string | undefined, tiandituKey: string | undefined): TilesProblem | undefined {
  const asked = tiles?.trim() || "osm";
  if (asked === "tianditu") return tiandituKey?.trim() ? undefined : "tiandituKeyMissing";
  return ["osm", "amap", "none"].includes(asked) || TILE_TEMPLATE.test(asked) ? undefined : "invalidTiles";
}
