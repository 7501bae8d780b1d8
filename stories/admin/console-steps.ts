import { userEvent, waitFor } from "storybook/test";
import { PLAY_TIMEOUT } from "../story-api.js";

/** What a member of staff does in the console's stories: sections and tabs by their ids, so that the steps hold in every language. */

const shown = <T>(find: () => T | null | undefined, what: string): Promise<T> =>
  waitFor(() => find() ?? Promise.reject(new Error(`not shown: ${what}`)), { timeout: PLAY_TIMEOUT });

export const consoleRoot = (canvas: HTMLElement): ShadowRoot => canvas.querySelector("community-admin")!.shadowRoot!;

/** The section's screen, once it has drawn what it loaded. */
export function screenOf(canvas: HTMLElement, heading: string): Promise<ShadowRoot> {
  return shown(() => {
    const screen = consoleRoot(canvas).querySelector(".console__screen")?.shadowRoot;
    return screen?.querySelector(`#${heading}`) && !screen.querySelector('[aria-busy="true"]') ? screen : undefined;
  }, heading);
}

/** Follows the section's link in the console's navigation, as a member would. */
export async function openSection(canvas: HTMLElement, section: string): Promise<ShadowRoot> {
  const link = await shown(() => consoleRoot(canvas).querySelector<HTMLAnchorElement>(`nav a[href="#${section}"]`), `the ${section} link`);
  await userEvent.click(link);
  return screenOf(canvas, `${section}-heading`);
}

/** Chooses a tab of a screen (or of the panel within it) by its id. */
export async function openTab(root: ShadowRoot, tab: string): Promise<void> {
  await userEvent.click(await shown(() => root.querySelector<HTMLElement>(`#tab-${tab}`), `the ${tab} tab`));
}

/** The nested panel a settings or volunteers tab shows, once it has loaded. */
export function panelOf(screen: ShadowRoot, selector = ".tab-panel > *"): Promise<ShadowRoot> {
  return shown(() => {
    const panel = screen.querySelector(selector)?.shadowRoot;
    return panel?.textContent?.trim() && !panel.querySelector('[aria-busy="true"]') ? panel : undefined;
  }, selector);
}

export const buttonIn = (root: ParentNode, words: string | RegExp): Promise<HTMLButtonElement> =>
  shown(
    () =>
      [...root.querySelectorAll("button")].find((button) => {
        const text = button.textContent!.replace(/\s+/g, " ").trim();
        return typeof words === "string" ? text.startsWith(words) : words.test(text);
      }),
    `a button ${words}`,
  );

export { shown };
