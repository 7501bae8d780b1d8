import { describe, expect, it } from "vitest";
import { displayPoint } from "./datum.js";

// Reference points published with other implementations of the same shift:
// wandergis/coordtransform's README (Tiananmen) and geotool's tests (Jiaxing).
describe("displayPoint", () => {
  it("shifts WGS-84 points in China onto GCJ-02 tiles as the published references do", () => {
    const tiananmen = displayPoint({ lat: 39.915, lng: 116.404 }, "gcj02");
    expect(tiananmen.lng).toBeCloseTo(116.41024449916938, 6);
    expect(tiananmen.lat).toBeCloseTo(39.91640428150164, 6);
    const jiaxing = displayPoint({ lat: 30.6107779, lng: 121.0917077 }, "gcj02");
    expect(jiaxing.lng).toBeCloseTo(121.09626935575027, 6);
    expect(jiaxing.lat).toBeCloseTo(30.608604331756705, 6);
  });

  it("leaves points outside China and on WGS-84 tiles where they are", () => {
    expect(displayPoint({ lat: 51.4545, lng: -2.5879 }, "gcj02")).toEqual({ lat: 51.4545, lng: -2.5879 });
    expect(displayPoint({ lat: 39.915, lng: 116.404 }, "wgs84")).toEqual({ lat: 39.915, lng: 116.404 });
  });
});
