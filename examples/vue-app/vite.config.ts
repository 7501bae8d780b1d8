import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// Served by the demo server under /vue/. Vue renders the kit's tags as custom elements, not components.
export default defineConfig({
  base: "/vue/",
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("community-") } } })],
  build: { outDir: "dist", emptyOutDir: true },
});
