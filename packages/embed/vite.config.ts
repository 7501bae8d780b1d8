import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import zlib from "node:zlib";
import { defaultStrategy } from "@literals/html-css-minifier";
import { literalsHtmlCssMinifier } from "@literals/rollup-plugin-html-css-minifier";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { MINIFY } from "../../scripts/lib/minify.mjs";
import { staticImports } from "./scripts/manifest-imports.mjs";

// One self-contained ES module per widget, for <script type="module" src=".../community-events.js">,
// each built on its own (`vite build --mode <widget>`) so that a page with one widget fetches
// nothing of another's. Holiday data, popover positioning, the HTML sanitizer and the API
// clients are split off and fetched only when a page needs them. Vite's library mode, so that
// no preload helper wraps every dynamic import (vitejs/vite#18551: a kilobyte a widget spent
// preloading nothing), minified by terser (esbuild leaves library ES output's whitespace).
export const WIDGETS = ["community-events", "community-room-booking", "community-volunteer-signup", "community-partner-map"] as const;

/**
 * The widgets' own bundles, each built on its own; then the four again in one build into
 * dist/shared/, where they share one chunk of Lit and the runtime (the auto-loader imports
 * these, so a page with several widgets fetches Lit once); then the auto-loader.
 */
export const BUILDS = [...WIDGETS, "shared", "community-kit"] as const;

/**
 * The templates' minifier, except that a template that begins or ends with
 * whitespace keeps one space there. html-minifier trims a document's edges,
 * but a nested template's edge is text a resident reads: `${day}${html` <span>${lunar}</span>`}`
 * ran "周二 十月廿三" together as "周二十月廿三".
 */
const keepingEdgeSpaces: typeof defaultStrategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    const minified = await defaultStrategy.minifyHTML(html, options);
    const before = /^\s/.test(html) && !/^\s/.test(minified) ? " " : "";
    const after = /\s$/.test(html) && !/\s$/.test(minified) ? " " : "";
    return `${before}${minified}${after}`;
  },
};

/**
 * Chunks named for what they hold, by the first module of it they contain: the SDK's would be named after their
 * folder ("src"). The loader knows a widget's API client by "-client-".
 */
const CHUNK_NAMES: readonly [modulePath: string, name: string][] = [
  ["/packages/sdk/src/bookings", "booking-client"],
  ["/packages/sdk/src/volunteers", "volunteer-client"],
  ["/packages/sdk/src/partners", "partner-client"],
  ["/packages/sdk/src/client", "api-client"],
  ["/lit-html/lit-html.js", "runtime"],
];

type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>;

/**
 * For the auto-loader, built last: in each build's folder ("" for the widgets' own bundles, "shared/"), by tag, the
 * chunks a widget's bundle imports, and the chunks of its API client beyond those (fetched only by a widget given
 * `api`). The loader asks for them beside the bundle, where the browser would learn of each level a round trip after
 * the one above it.
 */
function bundleImports(): Record<string, Record<string, [imports: string[], client: string[]]>> {
  const read = (file: string): Manifest => JSON.parse(readFileSync(resolve(import.meta.dirname, "dist", file), "utf8"));
  const folder = (manifest: Manifest) =>
    Object.fromEntries(
      Object.entries(manifest)
        .filter(([, chunk]) => chunk.isEntry)
        .map(([key, chunk]) => {
          const imports = staticImports(manifest, [key]);
          const clients = (chunk.dynamicImports ?? []).filter((dynamic) => /-client-/.test(manifest[dynamic]!.file));
          const files = (keys: Iterable<string>) => [...keys].map((chunkKey) => manifest[chunkKey]!.file);
          const lists: [imports: string[], client: string[]] = [
            files([...imports].filter((imported) => imported !== key)),
            files([...staticImports(manifest, clients)].filter((client) => !imports.has(client))),
          ];
          return [chunk.file.replace(/\.js$/, ""), lists];
        }),
    );
  return {
    "": Object.assign({}, ...WIDGETS.map((widget) => folder(read(`manifest-${widget}.json`)))),
    "shared/": folder(read("shared/manifest-shared.json")),
  };
}

export default defineConfig(({ mode }) => {
  const widget = BUILDS.find((name) => name === mode) ?? "community-events";
  const shared = widget === "shared";
  const entries = shared
    ? Object.fromEntries(WIDGETS.map((name) => [name, resolve(import.meta.dirname, `src/${name}.ts`)]))
    : { [widget]: resolve(import.meta.dirname, `src/${widget}.ts`) };
  // The builds share one chunks/ folder, each naming its chunks by its short name ("events-…"): every import
  // spells a chunk's name, so a short one is bytes saved in every file.
  const chunks = `chunks/${widget.replace(/^community-/, "")}`;
  return {
    resolve: { conditions: ["source"] },
    define: widget === "community-kit" ? { __BUNDLE_IMPORTS__: JSON.stringify(bundleImports()) } : {},
    plugins: [
      literalsHtmlCssMinifier({ options: { strategy: keepingEdgeSpaces } }),
      // A .br and a .gz beside every bundle and chunk, at the highest levels (once, here), which the
      // reference server sends as they are to browsers that take them; source maps go as they are.
      compression({
        algorithms: [defineAlgorithm("brotliCompress", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }), defineAlgorithm("gzip", { level: 9 })],
        include: /\.js$/,
        threshold: 1024,
        logLevel: "silent",
      }),
    ],
    build: {
      target: "es2022",
      outDir: shared ? "dist/shared" : "dist",
      // The first widget's build clears the folder; the others add to it.
      emptyOutDir: widget === WIDGETS[0] || shared,
      ...MINIFY,
      sourcemap: true,
      // Which chunk imports which: the size check follows it.
      manifest: `manifest-${widget}.json`,
      lib: { entry: entries, formats: ["es"] },
      rollupOptions: {
        preserveEntrySignatures: "allow-extension",
        output: {
          format: "es",
          // Vite turns this off in library mode (for bundlers); browsers load these files, so each chunk
          // names every chunk beneath it and they are fetched at once, not one level per round trip.
          hoistTransitiveImports: true,
          entryFileNames: "[name].js",
          chunkFileNames: (chunk) => {
            const named = CHUNK_NAMES.find(([part]) => chunk.moduleIds.some((id) => id.includes(part)));
            return `${chunks}-${named?.[1] ?? "[name]"}-[hash].js`;
          },
        },
      },
    },
  };
});
