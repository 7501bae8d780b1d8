import { resolve } from "node:path";
import zlib from "node:zlib";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { MINIFY } from "../../scripts/lib/minify.mjs";

// The console's page, built into console/ for the server to serve at /admin/: relative addresses,
// so that it works under any path a deployment mounts it at; a .br and .gz beside each script.
export default defineConfig({
  root: resolve(import.meta.dirname, "page"),
  base: "./",
  resolve: { conditions: ["source"] },
  plugins: [
    compression({
      algorithms: [defineAlgorithm("brotliCompress", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }), defineAlgorithm("gzip", { level: 9 })],
      include: /\.(js|css|html)$/,
      threshold: 1024,
      logLevel: "silent",
    }),
  ],
  build: {
    target: "es2022",
    outDir: resolve(import.meta.dirname, "console"),
    emptyOutDir: true,
    ...MINIFY,
    // No inline module preload polyfill: the console's CSP allows scripts from its own origin only.
    modulePreload: { polyfill: false },
  },
});
