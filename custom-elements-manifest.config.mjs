// custom-elements.json for each widget package, from its element's JSDoc and the
// base element's, and VS Code's HTML and CSS custom data made from it.
// Run in a package: cem analyze --config ../../custom-elements-manifest.config.mjs --globs …
import { customElementVsCodePlugin } from "custom-element-vs-code-integration";

export default {
  litelement: true,
  outdir: ".",
  plugins: [
    customElementVsCodePlugin({
      outdir: ".",
      htmlFileName: "vscode.html-custom-data.json",
      cssFileName: "vscode.css-custom-data.json",
      descriptionSrc: "description",
      hideLogs: true,
    }),
  ],
};
