import type { Decorator } from "@storybook/web-components-vite";
import { html } from "lit";

/**
 * A story as a resident holds it: the toolbar's 360×640 Android viewport for the designer, and a
 * 360 px frame so that the story is that wide wherever it renders (the docs, the tests' fixed window).
 */
export const onAPhone: { globals: Record<string, unknown>; decorators: Decorator[] } = {
  globals: { viewport: { value: "android360", isRotated: false } },
  decorators: [(story) => html`<div style="width: 360px; max-width: 100%">${story()}</div>`],
};
