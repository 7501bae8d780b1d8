import { describe, expect, it } from "vitest";
import { tileSetFor } from "./tile-sets.js";

const options = { osmAttribution: "© OpenStreetMap" };

describe("tileSetFor", () => {
  it("gives OpenStreetMap by default, nothing for none, and AMap in GCJ-02", () => {
    expect(tileSetFor(undefined, options).set!.layers[0]!.url).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(tileSetFor("none", options)).toEqual({});
    const amap = tileSetFor("amap", options).set!;
    expect(amap.datum).toBe("gcj02");
    expect(amap.layers[0]!.url).toContain("is.autonavi.com/appmaptile");
  });

  it("draws Tianditu's road map and labels with the key, and falls back to OpenStreetMap without one", () => {
    const tianditu = tileSetFor("tianditu", { ...options, tiandituKey: "abc123" }).set!;
    expect(tianditu.datum).toBe("wgs84");
    expect(tianditu.layers.map((layer) => new URL(layer.url.replace("{s}", "0")).searchParams.get("LAYER"))).toEqual(["vec", "cva"]);
    expect(tianditu.layers[0]!.url).toContain("tk=abc123");
    expect(tileSetFor("tianditu", options)).toMatchObject({ problem: "tiandituKeyMissing", set: { datum: "wgs84" } });
  });

  it("takes a URL template in the datum it is said to be in, and refuses anything else", () => {
    expect(tileSetFor("https://tiles.example.org/{z}/{x}/{y}.png", options).set).toMatchObject({ datum: "wgs84" });
    expect(tileSetFor("https://tiles.example.org/{z}/{x}/{y}.png", { ...options, tileDatum: "gcj02" }).set).toMatchObject({ datum: "gcj02" });
    expect(tileSetFor("google", options).problem).toBe("invalidTiles");
    expect(tileSetFor("javascript:alert(1)//{z}{x}{y}", options).problem).toBe("invalidTiles");
  });
});
