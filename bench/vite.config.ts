import { defineConfig } from "vite";

// The benchmark page, built for production like a real site would serve it.
export default defineConfig({
  resolve: { conditions: ["source"] },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, minify: "esbuild" },
});
