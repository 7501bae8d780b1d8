// The built Storybook as a designer uses it: controls that fit each attribute's type, the toolbar's
// language, senior mode and host font, the residents' viewports, the introduction, design tokens and
// writing pages, docs pages of a readable height, and stories that each start on a clean device.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/demo-site.mjs";
import { serveStorybook, storyIds } from "../support/storybook-static.mjs";

let storybook;
let browser;
let page;
before(async () => {
  storybook = await serveStorybook();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "zh-CN" });
});
after(async () => {
  await browser?.close();
  storybook?.close();
});

/** Opens a story with the toolbar's `globals` ("locale:en;senior:on") and waits for its play step. */
async function openStory(id, globals = "") {
  await page.goto(`${storybook.base}/iframe.html?id=${id}&viewMode=story&globals=${encodeURIComponent(globals)}`);
  const phase = await page.waitForFunction(() => ["finished", "errored"].find((end) => end === window.__STORYBOOK_PREVIEW__?.currentRender?.phase), null, {
    timeout: 30000,
  });
  assert.equal(await phase.jsonValue(), "finished", `${id} rendered and played`);
}

/** The text the story's first widget shows, and its attributes. */
const widget = () =>
  page.evaluate(() => {
    const element = [...document.querySelectorAll("#storybook-root *")].find((each) => each.localName.startsWith("community-"));
    return {
      locale: element.getAttribute("locale"),
      senior: element.hasAttribute("senior"),
      text: element.shadowRoot.textContent.replace(/\s+/g, " "),
    };
  });

test("each attribute and property has the control its type calls for, never a choice of undefined", async () => {
  for (const id of [
    "widgets-community-events--month",
    "widgets-community-room-booking--rooms",
    "widgets-community-volunteer-signup--shifts",
    "widgets-community-partner-map--partners",
  ]) {
    await openStory(id);
    const controls = await page.evaluate(() =>
      Object.values(window.__STORYBOOK_PREVIEW__.currentRender.story.argTypes)
        .filter((argType) => ["attributes", "properties"].includes(argType.table?.category))
        .map((argType) => ({
          name: argType.name,
          type: argType.table.type.summary,
          control: argType.control?.type ?? argType.control,
          options: argType.options,
        })),
    );
    assert.ok(controls.length > 5, `${id} lists its attributes`);
    for (const { name, type, control, options } of controls) {
      if (/^string( \| undefined)?$/.test(type))
        assert.ok(["text", "select", "inline-radio", "radio"].includes(control), `${id} ${name} (${type}): ${control}`);
      if (type === "boolean") assert.equal(control, "boolean", `${id} ${name}`);
      if (/^number/.test(type)) assert.equal(control, "number", `${id} ${name}`);
      assert.ok(!options?.includes(undefined), `${id} ${name} offers "undefined"`);
    }
    const theme = controls.find((control) => control.name === "theme");
    assert.deepEqual(theme.options, ["government", "neutral", "dark", "high-contrast", "auto"], `${id} theme`);
  }
});

test("the toolbar puts every widget in a language, in senior mode and in the host's font, and offers residents' screens", async () => {
  await openStory("widgets-community-events--month", "locale:en;senior:on;hostFont:simsun");
  await page.waitForFunction(() => document.querySelector("community-events")?.shadowRoot?.textContent.includes("Today"));
  const shown = await widget();
  assert.equal(shown.locale, "en");
  assert.equal(shown.senior, true);
  assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^SimSun/);

  await openStory("widgets-community-events--month-english", "locale:zh-Hant");
  await page.waitForFunction(() => document.querySelector("community-events")?.shadowRoot?.textContent.includes("今天"));
  assert.equal((await widget()).locale, "zh-Hant");

  // Back to the story's own: no language forced, the system sans.
  await openStory("widgets-community-events--month-english");
  assert.equal((await widget()).locale, "en");
  assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^system-ui/);

  const viewports = await page.evaluate(() => Object.values(window.__STORYBOOK_PREVIEW__.currentRender.story.parameters.viewport.options));
  const sizes = viewports.map(({ styles }) => `${styles.width}×${styles.height}`);
  for (const size of ["360px×640px", "375px×667px", "390px×844px", "375px×603px"]) assert.ok(sizes.includes(size), `viewport ${size}`);
  assert.ok(viewports.some(({ name }) => name.includes("WeChat")));
});

test("the introduction, the design tokens and the writing guidance are pages of their own; the tokens are read from the widgets", async () => {
  const docs = storyIds("docs");
  for (const page of ["introduction--docs", "design-tokens--docs", "writing-for-residents--docs"]) assert.ok(docs.includes(page), page);
  await page.goto(`${storybook.base}/iframe.html?id=design-tokens--docs&viewMode=docs`);
  await page.waitForFunction(
    () =>
      document.querySelectorAll("ck-design-tokens").length === 2 &&
      [...document.querySelectorAll("ck-design-tokens")].every((table) => table.shadowRoot?.querySelector("tbody tr")),
  );
  const [colours, sizes] = await page.evaluate(() =>
    [...document.querySelectorAll("ck-design-tokens")].map((table) =>
      [...table.shadowRoot.querySelectorAll("tr")].map((row) => [...row.children].map((cell) => cell.textContent.trim())),
    ),
  );
  assert.deepEqual(colours[0], ["Token", "default", "government", "neutral", "dark", "high-contrast"]);
  const row = (table, token) => table.find(([name]) => name === token);
  assert.deepEqual(row(colours, "--ck-color-surface"), ["--ck-color-surface", "#ffffff", "#ffffff", "#ffffff", "#111827", "#ffffff"]);
  assert.equal(row(colours, "--ck-color-primary")[2], "#b31b1b");
  assert.deepEqual(row(sizes, "--ck-scale"), ["--ck-scale", "1", "1.25"]);
  assert.deepEqual(row(sizes, "--ck-target-size"), ["--ck-target-size", "44px", "60px"]);
});

test("a docs page shows each story in a frame of a phone's height", async () => {
  for (const id of storyIds("docs").filter((docs) => docs.startsWith("widgets-"))) {
    await page.goto(`${storybook.base}/iframe.html?id=${id}&viewMode=docs`);
    await page.waitForFunction(() => document.querySelectorAll(".docs-story iframe, .docs-story").length > 0, null, { timeout: 30000 });
    const { height, stories } = await page.evaluate(() => ({ height: document.body.scrollHeight, stories: document.querySelectorAll(".docs-story").length }));
    assert.ok(height < 1100 * Math.max(stories, 1) + 3000, `${id}: ${height} px for ${stories} stories`);
  }
});

test("a story starts on a clean device: what another story's resident registered is not listed", async () => {
  await openStory("widgets-community-events-registration--confirmed");
  assert.match((await widget()).text, /报名成功|已报名/);
  await openStory("widgets-community-events-registration--form-senior");
  assert.doesNotMatch((await widget()).text, /我的报名（\d+）/);
});
