// Every story of the static Storybook (built before these tests by `npm test`), rendered in
// Chromium and checked by axe, as the a11y addon checks it for a designer: no violations in any
// widget, state, locale or senior mode.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeSource } from "../support/axe.mjs";
import { launchChromium } from "../support/demo-site.mjs";
import { serveStorybook, storyIds } from "../support/storybook-static.mjs";

const PAGES = 4;

let storybook;
let browser;
before(async () => {
  storybook = await serveStorybook();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  storybook?.close();
});

test("every story passes axe", async () => {
  const stories = storyIds();
  assert.ok(stories.length > 100, `the stories are built (${stories.length})`);
  const { base } = storybook;
  const failures = [];
  let checked = 0;
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: PAGES }, async () => {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "zh-CN" });
      /** Loads a story afresh, with axe. */
      const load = async (storyId) => {
        const url = `${base}/iframe.html?id=${storyId}&viewMode=story&globals=${encodeURIComponent("a11y.manual:!true")}`;
        try {
          await page.goto(url);
        } catch (error) {
          // A navigation the page had under way (a story's play step) can take over this one: let it end, then go again.
          if (!String(error).includes("interrupted by another navigation")) throw error;
          await page.waitForLoadState("load");
          await page.goto(url);
        }
        await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__);
        await page.addScriptTag({ content: axeSource });
      };
      /** Switches the page to a story as Storybook's own UI does: a reload each would parse its bundle again. */
      const switchTo = (storyId) =>
        page.evaluate(
          (wanted) =>
            new Promise((resolve) => {
              const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
              const rendered = (event) => {
                if ((event?.storyId ?? event) !== wanted) return;
                channel.off("storyRendered", rendered);
                resolve();
              };
              channel.on("storyRendered", rendered);
              channel.emit("setCurrentStory", { storyId: wanted, viewMode: "story" });
            }),
          storyId,
        );
      /** The story's axe violations, once its widget has drawn its shadow root. */
      const violationsOf = async () => {
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll("#storybook-root *")].some(
              (element) => element.localName.startsWith("community-") && element.shadowRoot?.childElementCount,
            ),
          null,
          { timeout: 15000 },
        );
        await page.waitForTimeout(400);
        return page.evaluate(async () => {
          // The a11y addon runs the same axe after each story renders: wait for its run to end.
          for (;;) {
            try {
              return (await window.axe.run("#storybook-root", { resultTypes: ["violations"] })).violations.map(
                (violation) => `${violation.id} (${violation.nodes.length})`,
              );
            } catch (error) {
              if (!String(error).includes("already running")) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        });
      };
      let id = queue.shift();
      await load(id);
      for (let first = true; id; id = queue.shift(), first = false) {
        let violations;
        try {
          if (!first) await switchTo(id);
          violations = await violationsOf();
        } catch (error) {
          // A story's play step can follow a link and take the page elsewhere; the story is then checked loaded afresh.
          if (!String(error).includes("Execution context was destroyed")) throw error;
          await load(id);
          violations = await violationsOf();
        }
        checked++;
        if (violations.length) failures.push(`${id}: ${violations.join(", ")}`);
      }
      await page.close();
    }),
  );
  assert.deepEqual(failures, []);
  assert.equal(checked, stories.length);
});
