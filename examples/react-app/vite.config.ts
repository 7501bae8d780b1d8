import { defineConfig } from "vite";

// Served by the demo server under /react/, beside the API it calls.
export default defineConfig({
  base: "/react/",
  esbuild: { jsx: "automatic" },
  build: { outDir: "dist", emptyOutDir: true },
});
