// Run before a package is packed (its "prepack"): copies the dependencies this workspace patches
// (pnpm's patchedDependencies, applied only here) into the package's dist/vendor/, with their
// licences, so that an npm user runs the code that was tested. The package reaches them through
// its "imports" (#leaflet, #chinese-days): in the workspace the patched package, once published the
// copy (publishConfig.imports).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** For each package that vendors: which files of which dependency go where under dist/vendor/. */
const vendored = {
  "@community-kit/partner-map": [{ dependency: "leaflet", files: { "dist/leaflet-src.esm.js": "leaflet.js", LICENSE: "leaflet.LICENSE" } }],
  "@community-kit/ui": [
    {
      dependency: "chinese-days",
      files: { "dist/index.es.js": "chinese-days.js", "dist/index.d.ts": "chinese-days.d.ts", LICENSE: "chinese-days.LICENSE" },
    },
  ],
};

const packageDir = process.cwd();
const { name } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const require = createRequire(join(packageDir, "package.json"));
const target = join(packageDir, "dist", "vendor");
mkdirSync(target, { recursive: true });
for (const { dependency, files } of vendored[name] ?? []) {
  const root = dirname(require.resolve(`${dependency}/package.json`));
  for (const [from, to] of Object.entries(files)) {
    // The source maps are not copied: they map the unpatched lines.
    const text = readFileSync(join(root, from), "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
    writeFileSync(join(target, to), text);
  }
}
