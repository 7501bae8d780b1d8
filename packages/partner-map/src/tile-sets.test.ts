import { describe, expect, it } from "vitest";
import { tileSetFor } from "./tile-sets.js";
import { tilesProblem } from "./tiles-attribute.js";

const options = { osmAttribution: "© OpenStreetMap" };

describe("tileSetFor", () => {
  it("gives OpenStreetMap by default, nothing for none, and AMap in GCJ-02", () => {
    expect(tileSetFor(undefined, options)!.layers[0]!.url).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(tileSetFor("none", options)).toBeUndefined();
    const amap = tileSetFor("amap", options)!;
    expect(amap.datum).toBe("gcj02");
    expect(amap.layers[0]!.url).toContain("is.autonavi.com/appmaptile");
  });

  it("draws Tianditu's road map and labels with the key, and falls back to OpenStreetMap without one", () => {
    const tianditu = tileSetFor("tianditu", { ...options, tiandituKey: "abc123" })!;
    expect(tianditu.datum).toBe("wgs84");
    expect(tianditu.layers.map((layer) => new URL(layer.url.replace("{s}", "0")).searchParams.get("LAYER"))).toEqual(["vec", "cva"]);
    expect(tianditu.layers[0]!.url).toContain("tk=abc123");
    expect(tilesProblem("tianditu", undefined)).toBe("tiandituKeyMissing");
    expect(tileSetFor("tianditu", options)).toMatchObject({ datum: "wgs84" });
  });

  it("takes a URL template in the datum it is said to be in, and refuses anything else", () => {
    expect(tileSetFor("https://tiles.example.org/{z}/{x}/{y}.png", options)).toMatchObject({ datum: "wgs84" });
    expect(tileSetFor("https://tiles.example.org/{z}/{x}/{y}.png", { ...options, tileDatum: "gcj02" })).toMatchObject({ datum: "gcj02" });
    expect(tilesProblem("google", undefined)).toBe("invalidTiles");
    expect(tilesProblem("javascript:alert(1)//{z}{x}{y}", undefined)).toBe("invalidTiles");
    expect(tileSetFor("google", options)!.layers[0]!.url).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  });
});
