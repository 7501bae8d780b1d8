import { describe, expect, it } from "vitest";
import { WIDGETS } from "../vite.config.js";

describe("the auto-loader", () => {
  it("knows every widget that has a bundle", async () => {
    // The loader runs in pages; read its table without running it.
    const source = await import("node:fs").then((fs) => fs.readFileSync(new URL("./community-kit.ts", import.meta.url), "utf8"));
    const table = source.slice(source.indexOf("WIDGET_BUNDLES"), source.indexOf("};"));
    expect([...table.matchAll(/"(community-[a-z-]+)": "(community-[a-z-]+)\.js"/g)].map(([, tag, file]) => [tag, file])).toEqual(
      WIDGETS.map((widget) => [widget, widget]),
    );
  });
});
