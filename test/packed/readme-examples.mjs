// The packages' README examples, in the outsider's project where the packed packages are installed:
// every ```ts and ```tsx block of every package README is type-checked under `strict` against the
// packages as published; then every ```ts block (not those marked ```ts browser, nor JSX) is run
// with Node against the demo server, in README order, each as its own module.
// Usage: node readme-examples.mjs <outsider project> <demo server url> <API key of taihe>
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const [outsider, url, apiKey] = process.argv.slice(2);
const workspace = join(import.meta.dirname, "..", "..");
const require = createRequire(join(workspace, "package.json"));
const ts = require("typescript");
const PLACEHOLDER = "https://api.example.org";

/** Each code block of a README: its language, whether it needs a browser, and its text. */
function blocksOf(readme) {
  const blocks = [];
  const fence = /^```(tsx?)( browser)?\n([\s\S]*?)^```$/gm;
  for (const [, language, browser, code] of readme.matchAll(fence)) blocks.push({ language, browser: Boolean(browser), code });
  return blocks;
}

const examples = join(outsider, "readme-examples");
rmSync(examples, { recursive: true, force: true });
mkdirSync(examples);
writeFileSync(join(examples, "package.json"), JSON.stringify({ type: "module" }));
writeFileSync(
  join(examples, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "es2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      lib: ["es2023", "dom", "dom.iterable"],
      jsx: "react-jsx",
      types: ["node"],
    },
    include: ["*.ts", "*.tsx"],
  }),
);

const runnable = [];
const packages = join(workspace, "packages");
for (const folder of readdirSync(packages).sort()) {
  let readme;
  try {
    readme = readFileSync(join(packages, folder, "README.md"), "utf8");
  } catch {
    continue;
  }
  for (const [index, block] of blocksOf(readme).entries()) {
    // Each block is a whole module: `export {}` makes one of a block with no import.
    const file = `${folder}-${index + 1}.${block.language}`;
    writeFileSync(join(examples, file), `${block.code}\nexport {};\n`);
    if (block.language === "ts" && !block.browser) runnable.push({ file, code: block.code });
  }
}

const tsc = require.resolve("typescript/bin/tsc");
try {
  execFileSync(process.execPath, [tsc, "-p", examples], { cwd: outsider, encoding: "utf8" });
} catch (error) {
  console.error(error.stdout || error.message);
  console.error("✗ a README example does not compile (readme-examples/ in the outsider's project)");
  process.exit(1);
}
console.log(`  README examples: all ${readdirSync(examples).filter((name) => /\.tsx?$/.test(name)).length} compile under strict`);

for (const { file, code } of runnable) {
  const javascript = ts.transpileModule(code.replaceAll(PLACEHOLDER, url), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const script = join(outsider, file.replace(/\.ts$/, ".mjs"));
  writeFileSync(script, javascript);
  try {
    const output = execFileSync(process.execPath, [script], { cwd: outsider, env: { ...process.env, CK_KEY: apiKey }, encoding: "utf8", stdio: "pipe" });
    // Each example prints what it found: one that prints nothing skipped its work (no event, no room).
    if (!output.trim()) throw new Error("it printed nothing");
  } catch (error) {
    console.error(error.stdout ?? "", error.stderr ?? error.message);
    console.error(`✗ the README example ${file} failed against the demo server`);
    process.exit(1);
  }
}
console.log(`  README examples: ${runnable.length} ran against the demo server`);
