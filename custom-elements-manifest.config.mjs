// custom-elements.json for each widget package, from its element's JSDoc and the
// base element's, and VS Code's HTML and CSS custom data made from it.
// Run in a package: cem analyze --config ../../custom-elements-manifest.config.mjs --globs …
import { customElementVsCodePlugin } from "custom-element-vs-code-integration";

/**
 * Only what a page may use: Storybook's docs and Controls and VS Code read the
 * manifest. The analyzer lists private and protected members too (66 on the
 * calendar), and takes the base element's `emit(name, …)` for an event called
 * "name"; the widgets' events are the `ck-*` ones their JSDoc declares.
 */
function publicApiOnly() {
  return {
    name: "community-kit:public-api-only",
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => (member.privacy ?? "public") === "public" && !member.name.startsWith("#") && !member.static,
            );
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith("ck-"));
        }
      }
    },
  };
}

export default {
  litelement: true,
  outdir: ".",
  plugins: [
    publicApiOnly(),
    customElementVsCodePlugin({
      outdir: ".",
      htmlFileName: "vscode.html-custom-data.json",
      cssFileName: "vscode.css-custom-data.json",
      descriptionSrc: "description",
      hideLogs: true,
    }),
  ],
};
