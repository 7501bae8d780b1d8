// The release flow (docs/releasing.md) on a copy of the workspace's manifests: a changeset for one
// package, then `changeset version`. Every public package moves to the SDK's next minor version with a
// CHANGELOG.md (the kit is versioned as one, .changeset/config.json "fixed"), the summary is in the
// changed package's, and the private packages (examples, tests, Storybook) are left alone.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..");
const problems = [];
const copy = mkdtempSync(join(tmpdir(), "release-flow-"));
try {
  const workspaceFolders = ["packages", "examples"].flatMap((parent) => readdirSync(join(root, parent)).map((folder) => join(parent, folder)));
  const manifests = ["package.json", "stories/package.json", "examples/package.json", "test/package.json", "bench/package.json"];
  for (const folder of workspaceFolders) manifests.push(join(folder, "package.json"));
  for (const manifest of manifests.filter((path) => existsSync(join(root, path)))) {
    mkdirSync(dirname(join(copy, manifest)), { recursive: true });
    cpSync(join(root, manifest), join(copy, manifest));
  }
  cpSync(join(root, "pnpm-workspace.yaml"), join(copy, "pnpm-workspace.yaml"));
  cpSync(join(root, ".changeset", "config.json"), join(copy, ".changeset", "config.json"));
  const summary = "The SDK lists a resident's registrations across devices.";
  writeFileSync(join(copy, ".changeset", "sdk-registrations.md"), `---\n"@community-kit/sdk": minor\n---\n\n${summary}\n`);

  execFileSync(process.execPath, [join(root, "node_modules", "@changesets", "cli", "bin.js"), "version"], { cwd: copy, stdio: "pipe" });

  const manifestOf = (path) => JSON.parse(readFileSync(join(copy, path), "utf8"));
  const before = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
  const [major, minor] = before("packages/sdk/package.json").version.split(".");
  const next = `${major}.${Number(minor) + 1}.0`;
  for (const manifest of manifests.filter((path) => existsSync(join(copy, path)) && path !== "package.json")) {
    const { name, version, private: isPrivate } = manifestOf(manifest);
    const folder = dirname(manifest);
    if (isPrivate) {
      if (version !== before(manifest).version) problems.push(`${name} is private but was versioned (${version})`);
      continue;
    }
    if (version !== next) problems.push(`${name} is at ${version}, not ${next} with the rest of the kit`);
    const changelog = join(copy, folder, "CHANGELOG.md");
    if (!existsSync(changelog)) problems.push(`${name} has no CHANGELOG.md`);
    else if (name === "@community-kit/sdk" && !readFileSync(changelog, "utf8").includes(summary)) problems.push("the SDK's CHANGELOG.md lacks the changeset");
  }
  if (existsSync(join(copy, ".changeset", "sdk-registrations.md"))) problems.push("the changeset was not used up");
} finally {
  rmSync(copy, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("  changeset version: the public packages a minor version on together, each with its changelog; private packages untouched");
