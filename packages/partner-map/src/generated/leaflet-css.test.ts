import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain script, without types
import { leafletCssModule } from "../../scripts/leaflet-css.mjs";

describe("the adopted Leaflet stylesheet", () => {
  it("is the installed Leaflet's, without its image references", () => {
    expect(readFileSync(join(import.meta.dirname, "leaflet-css.ts"), "utf8")).toBe(leafletCssModule());
    expect(readFileSync(join(import.meta.dirname, "leaflet-css.ts"), "utf8")).not.toContain("url(images");
  });
});
