// Fails when a chunk that loading starts from (a widget's entry, or one it imports dynamically) reaches
// another chunk only through a third. A browser learns of a chunk's imports once it has it, so every level
// of such a chain is a round trip more before a widget asks the API for anything: on a phone's 150 ms link
// the calendar's events came 160 ms later, the portal's widgets 260 ms (issue 20). vite.config.ts has
// Rollup name in each such chunk every chunk it needs (hoistTransitiveImports).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { staticImports } from "./manifest-imports.mjs";

const dist = join(import.meta.dirname, "..", "dist");
const manifests = [
  ...readdirSync(dist).filter((file) => /^manifest-.+\.json$/.test(file)),
  ...readdirSync(join(dist, "shared"))
    .map((file) => join("shared", file))
    .filter((file) => /manifest-.+\.json$/.test(file)),
];

/**
 * The one chain Rollup 4.68 leaves with hoisting on: in the shared build the API client names "common" but
 * not the 0.4 kB of "years" that common imports: one round trip more on the portal.
 */
const known = (file, from, to) => file === join("shared", "manifest-shared.json") && /-api-client-/.test(from) && /-years-/.test(to);

const chains = [];
for (const file of manifests) {
  const manifest = JSON.parse(readFileSync(join(dist, file), "utf8"));
  /** A chunk and every chunk it imports statically, however deep. */
  const closures = new Map();
  const closure = (key) => {
    if (!closures.has(key)) closures.set(key, staticImports(manifest, [key]));
    return closures.get(key);
  };
  const starts = Object.keys(manifest).filter((key) => manifest[key].isEntry || manifest[key].isDynamicEntry);
  const intersection = (sets) => (sets.length ? new Set([...sets[0]].filter((key) => sets.every((set) => set.has(key)))) : new Set());
  /** What is surely loaded by the time `start` is imported dynamically: what each chunk importing it had. (A cycle counts as nothing.) */
  const befores = new Map();
  const before = (start) => {
    if (befores.has(start)) return befores.get(start);
    befores.set(start, new Set());
    if (manifest[start].isEntry) return befores.get(start);
    const importers = Object.keys(manifest).filter((other) => manifest[other].dynamicImports?.includes(start));
    const result = intersection(importers.map((importer) => loadedWith(importer)));
    befores.set(start, result);
    return result;
  };
  /** What is loaded when `key` runs: what it imports, and what came with every chunk it can be loaded from. */
  const loadedWith = (key) => {
    const from = starts.filter((start) => closure(start).has(key)).map((start) => new Set([...closure(start), ...before(start)]));
    return new Set([...closure(key), ...intersection(from)]);
  };
  for (const key of starts) {
    const direct = new Set(manifest[key].imports ?? []);
    const loaded = before(key);
    for (const next of closure(key)) {
      if (next === key || direct.has(next) || loaded.has(next) || known(file, manifest[key].file, manifest[next].file)) continue;
      chains.push(`${file}: ${manifest[key].file} imports ${manifest[next].file} only through another chunk`);
    }
  }
}
for (const chain of chains) console.error(chain);
if (chains.length) process.exit(1);
console.log(`Every chunk a widget starts loading from names all the chunks it needs (${manifests.length} builds).`);
