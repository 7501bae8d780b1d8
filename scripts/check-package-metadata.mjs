// What an outsider reads before installing a package (and the release versions it with the kit): each public package says its licence (MIT,
// the LICENSE file packed with it), has keywords to be found by, and a README packed with it.
// And what it installs: the exports as published (publishConfig, which pnpm packs) are the
// workspace's without the `source` condition, which points at src/, not packed; and each of its
// "imports" (a dependency patched here) is published as the copy packed in dist/vendor/.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const packages = join(import.meta.dirname, "..", "packages");
const [versionedTogether] = JSON.parse(readFileSync(join(import.meta.dirname, "..", ".changeset", "config.json"), "utf8")).fixed;
const problems = [];
for (const folder of readdirSync(packages)) {
  const manifest = JSON.parse(readFileSync(join(packages, folder, "package.json"), "utf8"));
  if (manifest.private) continue;
  // The report follows what a prepack script prints.
  const report = execFileSync("pnpm", ["pack", "--dry-run", "--json"], { cwd: join(packages, folder), encoding: "utf8" });
  const packed = JSON.parse(report.slice(report.search(/^\{/m)));
  const files = new Set(packed.files.map((file) => file.path));
  if (!versionedTogether.includes(manifest.name)) problems.push(`${manifest.name}: not in .changeset/config.json's "fixed" group`);
  if (manifest.license !== "MIT") problems.push(`${manifest.name}: "license" is ${JSON.stringify(manifest.license)}, not "MIT"`);
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) problems.push(`${manifest.name}: no "keywords"`);
  for (const file of ["LICENSE", "README.md"]) if (!files.has(file)) problems.push(`${manifest.name}: ${file} is not packed`);
  if (manifest.exports) {
    const withoutSource = JSON.stringify(manifest.exports, (key, value) => (key === "source" ? undefined : value));
    if (JSON.stringify(manifest.publishConfig?.exports) !== withoutSource)
      problems.push(`${manifest.name}: publishConfig.exports is not its exports without "source"`);
  }
  for (const specifier of Object.keys(manifest.imports ?? {})) {
    const published = JSON.stringify(manifest.publishConfig?.imports?.[specifier] ?? null);
    if (!published.includes("./dist/vendor/")) problems.push(`${manifest.name}: ${specifier} is not published as its copy in dist/vendor/`);
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
