// Every story of the static Storybook (built before these tests by `npm test`), rendered in
// Chromium with its play step, whose expect() calls must hold, and checked by axe, as the a11y addon
// checks it for a designer: no violations in any widget, state, locale or senior mode.
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

/**
 * Runs in the story frame before Storybook: keeps the message of each story's failed play step. A
 * failed expect() does not stop the render; Storybook says so on its channel, after the story's
 * render phase changes to "errored".
 */
function recordPlayFailures() {
  window.__playFailures = {};
  let channel;
  Object.defineProperty(window, "__STORYBOOK_ADDONS_CHANNEL__", {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      let erroredStory;
      channel.on("storyRenderPhaseChanged", ({ newPhase, storyId }) => {
        if (newPhase === "errored") erroredStory = storyId;
      });
      channel.on("playFunctionThrewException", (error) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the message is coloured for a terminal.
        window.__playFailures[erroredStory] = String(error?.message).replace(/\u001b\[\d+m/g, "");
      });
    },
  });
}

test("every story renders, its play step's assertions hold, and axe finds nothing", async () => {
  const stories = storyIds();
  assert.ok(stories.length > 100, `the stories are built (${stories.length})`);
  const { base } = storybook;
  const failures = [];
  let checked = 0;
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: PAGES }, async () => {
      // A context each: the pages' stories must not share a device's storage (its lists, its cached answers).
      const page = await (await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "zh-CN" })).newPage();
      await page.addInitScript(recordPlayFailures);
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
        page.evaluate((wanted) => window.__STORYBOOK_ADDONS_CHANNEL__.emit("setCurrentStory", { storyId: wanted, viewMode: "story" }), storyId);
      /** How the story's render and play step ended: "finished", or the error Storybook shows. */
      const outcomeOf = async (storyId) => {
        await page.waitForFunction(
          (wanted) => {
            const render = window.__STORYBOOK_PREVIEW__?.currentRender;
            return render?.id === wanted && ["finished", "errored"].includes(render.phase);
          },
          storyId,
          { timeout: 30000 },
        );
        return page.evaluate((wanted) => window.__playFailures[wanted] ?? "finished", storyId);
      };
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
        let outcome;
        try {
          if (!first) await switchTo(id);
          outcome = await outcomeOf(id);
          violations = await violationsOf();
        } catch (error) {
          // A story's play step can follow a link and take the page elsewhere; the story is then checked loaded afresh.
          if (!String(error).includes("Execution context was destroyed")) throw error;
          await load(id);
          outcome = await outcomeOf(id);
          violations = await violationsOf();
        }
        // A few play steps (booking's first time, a volunteer's form) fail now and then after another
        // story in the same frame, never loaded afresh: such a story is judged on a fresh load.
        if (outcome !== "finished") {
          await load(id);
          outcome = await outcomeOf(id);
        }
        checked++;
        if (outcome !== "finished") failures.push(`${id}: its play step failed: ${outcome}`);
        if (violations.length) failures.push(`${id}: ${violations.join(", ")}`);
      }
      await page.context().close();
    }),
  );
  assert.deepEqual(failures, []);
  assert.equal(checked, stories.length);
});
