// Fails when a bundle outgrows its budget (minified, gzip level 9).
// "entry" is what every page loads; the page budgets add the chunks such a page fetches.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname, "..", "dist");
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const chunks = readdirSync(join(dist, "chunks")).filter((file) => file.endsWith(".js"));
const chunk = (prefix) => {
  const found = chunks.find((file) => file.startsWith(`${prefix}-`));
  if (!found) throw new Error(`No chunk ${prefix}-*.js in dist/chunks`);
  return `chunks/${found}`;
};

const KB = 1000;
const budgets = [
  { name: "<community-events> entry (Lit included)", files: ["community-events.js"], budget: 25 * KB },
  { name: "API client chunk (SDK, zod, registration schemas)", files: [chunk("api-client")], budget: 13 * KB },
  { name: "Chinese calendar chunk (chinese-days)", files: [chunk("chinese-day-labels")], budget: 10 * KB },
  {
    name: "a zh-CN page on the API: entry + client + Chinese calendar",
    files: ["community-events.js", chunk("api-client"), chunk("chinese-day-labels")],
    budget: 46 * KB,
  },
];

let failed = 0;
for (const { name, files, budget } of budgets) {
  const size = files.reduce((sum, file) => sum + gzipped(file), 0);
  const ok = size <= budget;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "OVER"} ${(size / KB).toFixed(2).padStart(6)} kB of ${(budget / KB).toFixed(0)} kB  ${name}`);
}
if (failed) {
  console.error(`${failed} bundle(s) over budget`);
  process.exit(1);
}
