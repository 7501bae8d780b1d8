// axe-core in a page under test: the violations within the elements that `selectors` name.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** "rule: target, target" for each violation inside `selectors`; an empty list passes. */
export async function axeViolations(page, selectors) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (include) => {
    const results = await window.axe.run({ include: include.map((selector) => [selector]) }, { resultTypes: ["violations"] });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  }, selectors);
}
