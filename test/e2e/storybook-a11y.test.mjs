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

/**
 * A page of its own browser context (the pages' stories must not share a device's storage: its
 * lists, its cached answers), with the ways to show a story in it and read what came of it.
 */
async function storyFrame(globals) {
  const { base } = storybook;
  const page = await (await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "zh-CN" })).newPage();
  await page.addInitScript(recordPlayFailures);
  /** Loads a story afresh, with axe, and the frame's toolbar switches. */
  const load = async (storyId) => {
    const url = `${base}/iframe.html?id=${storyId}&viewMode=story&globals=${encodeURIComponent(["a11y.manual:!true", globals].filter(Boolean).join(";"))}`;
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
  /** The language and senior mode the story's widget is in: "en", "zh-Hant;senior". */
  const switchedTo = () =>
    page.evaluate(() => {
      const widget = [...document.querySelectorAll("#storybook-root *")].find(
        (element) => element.localName.startsWith("community-") && element.localName !== "community-provider",
      );
      return `${widget.getAttribute("locale")}${widget.hasAttribute("senior") ? ";senior" : ""}`;
    });
  return { page, globals, load, switchTo, outcomeOf, violationsOf, switchedTo };
}

/**
 * Runs `check` on every built story, PAGES at a time; the failures it reports. Each lane of
 * `globals` (the toolbar's switches, "locale:en;senior:on") takes its share of the stories, in turn,
 * and its pages open on them: Storybook keeps the switches from story to story.
 */
async function eachStory(check, lanes = [""]) {
  const stories = storyIds();
  assert.ok(stories.length > 100, `the stories are built (${stories.length})`);
  const failures = [];
  let checked = 0;
  const queues = lanes.map((_, lane) => stories.filter((_, index) => index % lanes.length === lane));
  await Promise.all(
    Array.from({ length: PAGES }, async (_, pageIndex) => {
      const lane = pageIndex % lanes.length;
      const frame = await storyFrame(lanes[lane]);
      for (let id = queues[lane].shift(), first = true; id; id = queues[lane].shift(), first = false) {
        failures.push(...(await check(frame, id, first)));
        checked++;
      }
      await frame.page.context().close();
    }),
  );
  assert.equal(checked, stories.length);
  return failures;
}

test("every story renders, its play step's assertions hold, and axe finds nothing", async () => {
  const failures = await eachStory(async ({ load, switchTo, outcomeOf, violationsOf }, id, first) => {
    let violations;
    let outcome;
    if (first) await load(id);
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
    return [...(outcome === "finished" ? [] : [`${id}: its play step failed: ${outcome}`]), ...(violations.length ? [`${id}: ${violations.join(", ")}`] : [])];
  });
  assert.deepEqual(failures, []);
});

/**
 * The stories are written once, in the language their community speaks; the toolbar puts them in
 * the others. Every story is checked again in one of them, in turn: Traditional Chinese with senior
 * mode, or English. Play steps that read the story's own words are not judged here, only axe.
 */
test("every story, switched by the toolbar to Traditional Chinese in senior mode or to English, has nothing axe finds", async () => {
  const switches = ["locale:zh-Hant;senior:on", "locale:en"];
  const failures = await eachStory(async ({ globals, load, switchTo, outcomeOf, violationsOf, switchedTo }, id, first) => {
    let violations;
    try {
      if (first) await load(id);
      else await switchTo(id);
      await outcomeOf(id);
      violations = await violationsOf();
    } catch (error) {
      // A play step that reads the story's own words may fail here, or follow a link: the story is loaded afresh.
      if (!String(error).includes("Execution context was destroyed")) throw error;
      await load(id);
      await outcomeOf(id);
      violations = await violationsOf();
    }
    // The toolbar's switch holds from story to story (a story that sets its own, as the Traditional Chinese ones in senior mode do, keeps it).
    const wanted = id.endsWith("-traditional-chinese-senior") ? "zh-Hant;senior" : globals.replace("locale:", "").replace("senior:on", "senior");
    const shown = await switchedTo();
    const switched = shown === wanted || (!wanted.endsWith("senior") && shown === `${wanted};senior`);
    return [...(switched ? [] : [`${id}: in ${shown}, not ${wanted}`]), ...(violations.length ? [`${id} (${shown}): ${violations.join(", ")}`] : [])];
  }, switches);
  assert.deepEqual(failures, []);
});
