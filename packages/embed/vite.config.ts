import { resolve } from "node:path";
import { literalsHtmlCssMinifier } from "@literals/rollup-plugin-html-css-minifier";
import { defineConfig } from "vite";

// One ES module per widget, for <script type="module" src=".../community-events.js">.
// Holiday data, popover positioning and the HTML sanitizer are split off and
// fetched only when a page needs them. Not Vite's library mode: for ES output
// it leaves whitespace unminified.
export default defineConfig({
  resolve: { conditions: ["source"] },
  plugins: [literalsHtmlCssMinifier()],
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    minify: "esbuild",
    sourcemap: true,
    modulePreload: false,
    // Which chunk imports which: the size check follows it.
    manifest: true,
    rollupOptions: {
      input: { "community-events": resolve(import.meta.dirname, "src/community-events.ts") },
      preserveEntrySignatures: "allow-extension",
      output: {
        format: "es",
        entryFileNames: "[name].js",
        // The SDK's chunk would be named after its folder ("src"); name it for what it is.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes("/packages/sdk/src/index") ? "chunks/api-client-[hash].js" : "chunks/[name]-[hash].js"),
      },
    },
  },
});
