import type { StoryObj } from "@storybook/web-components-vite";
import { expect, waitFor } from "storybook/test";
import { PLAY_TIMEOUT } from "./story-api.js";

/** What a state shows: the calendar's or a list's placeholders while loading, the empty state's line once loaded. */
export const LOADING = '[aria-busy="true"]';
export const EMPTY = '[part~="empty"]';

/**
 * A state as a resident in Hong Kong or Taipei with senior mode on sees it, through the toolbar's
 * switches (set by the story): the widget is in senior mode, shows `state`, and has a name with `label` in it.
 */
export function inTraditionalChineseSenior(state: string, label: string): Pick<StoryObj, "globals" | "play"> {
  return {
    globals: { locale: "zh-Hant", senior: "on" },
    play: async ({ canvasElement }) => {
      const widget = [...canvasElement.querySelectorAll("*")].find((element) => element.localName.startsWith("community-"))!;
      await waitFor(() => expect(widget).toHaveAttribute("senior"), { timeout: PLAY_TIMEOUT });
      await waitFor(() => expect(widget.shadowRoot!.querySelector(state)).toBeVisible(), { timeout: PLAY_TIMEOUT });
      // The Traditional Chinese words come a moment after the state: they load when the locale is set.
      const names = () => [...widget.shadowRoot!.querySelectorAll("[aria-label]")].map((element) => element.getAttribute("aria-label") ?? "");
      await waitFor(() => expect(names().find((name) => name.includes(label))).toBeDefined(), { timeout: PLAY_TIMEOUT });
    },
  };
}
