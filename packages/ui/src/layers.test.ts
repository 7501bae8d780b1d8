import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// @community-kit/ui is two layers in one package (README.md says why): the design (theme, states, form
// fields, calendar math and formats, messages) and, under runtime/, what talks to the SDK, the device and
// the page (loading, clients, the outbox, saved items, timers). The design never reaches into the runtime.
const src = import.meta.dirname;
const sources = (readdirSync(src, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => ({ file, text: readFileSync(join(src, file), "utf8") }));

/** Where both layers meet: the base element and the package's entry. */
const JOINS = new Set(["community-element.ts", "index.ts"]);

const importsOf = (text: string) =>
  [...text.matchAll(/^import (type )?(.*?) from "([^"]+)";$/gms)].map(([, type, what = "", from = ""]) => ({ type: !!type, what, from }));

describe("the layers of @community-kit/ui", () => {
  const design = sources.filter(({ file }) => !file.startsWith("runtime") && !JOINS.has(file));

  it("has a runtime and a design layer", () => {
    expect(sources.filter(({ file }) => file.startsWith("runtime")).length).toBeGreaterThan(5);
    expect(design.length).toBeGreaterThan(20);
  });

  it("keeps the design from the runtime: no runtime module, no IndexedDB, nothing of the SDK but its types and error guard", () => {
    const crossings = design.flatMap(({ file, text }) =>
      importsOf(text)
        .filter(
          ({ type, what, from }) =>
            (!type && from.includes("runtime/")) ||
            from === "idb-keyval" ||
            (from.startsWith("@community-kit/sdk") && !type && what.replace(/\s/g, "") !== "{isApiError}"),
        )
        .map(({ from }) => `${relative(src, join(src, file))} imports ${from}`),
    );
    expect(crossings).toEqual([]);
  });
});
