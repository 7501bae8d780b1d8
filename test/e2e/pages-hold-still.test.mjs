// Every example page, loaded cold on a phone as Lighthouse's mobile run loads it (412 px, CPU four
// times slower, slow 4G), moves no more than CLS 0.01 while its widgets define, load and draw:
// nothing a resident is about to tap jumps away. Half the 0.02 aimed for: two small shifts that a
// slow machine's timing puts in one window must not add up past it.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { demoSiteAndBrowser } from "../support/demo-site.mjs";
import { layoutShiftOf } from "../support/layout-shift.mjs";

const demo = demoSiteAndBrowser();
const examples = join(import.meta.dirname, "..", "..", "examples");
const pages = [
  ...readdirSync(examples)
    .filter((name) => name.endsWith(".html"))
    .map((name) => `/${name === "index.html" ? "" : name}`),
  "/react/",
  "/vue/",
];

for (const path of pages) {
  test(`${path} holds still while its widgets load on a slow phone`, async () => {
    const { value, shifts } = await layoutShiftOf(demo.browser, `${demo.site.url}${path}`);
    assert.ok(value <= 0.01, `CLS ${value.toFixed(3)} on ${path}:\n${shifts.join("\n")}`);
  });
}
