// How big a bundle is as a page fetches it: built by Vite as the widgets are (library mode,
// terser), gzip level 9.
// The size check (packages/embed) and the benchmark (bench) both measure with it.
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { MINIFY } from "./minify.mjs";

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Builds `entry` (with `configFile`, the embed build's config for a widget) and
 * returns the gzip sizes of the JS a page loads up front (the entry and what it
 * imports statically), of its CSS, and of the JS split off to load on demand.
 */
export async function bundleSize(name, entry, configFile) {
  const result = await build({
    configFile: configFile ?? false,
    mode: name,
    logLevel: "silent",
    resolve: { conditions: ["source"] },
    build: {
      write: false,
      target: "es2022",
      ...MINIFY,
      sourcemap: false,
      lib: { entry: { [name]: entry }, formats: ["es"] },
      rollupOptions: { preserveEntrySignatures: "allow-extension", output: { format: "es", entryFileNames: "[name].js" } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = new Map(output.filter((item) => item.type === "chunk").map((chunk) => [chunk.fileName, chunk]));
  const upFront = new Set();
  const visit = (fileName) => {
    if (upFront.has(fileName)) return;
    upFront.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(`${name}.js`);
  let js = 0;
  let lazy = 0;
  for (const [fileName, chunk] of chunks) {
    if (upFront.has(fileName)) js += gzip(chunk.code);
    else lazy += gzip(chunk.code);
  }
  const css = output.filter((item) => item.type === "asset" && item.fileName.endsWith(".css")).reduce((sum, asset) => sum + gzip(asset.source), 0);
  return { js, css, lazy };
}
