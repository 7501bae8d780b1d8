import type { Preview } from "@storybook/web-components-vite";
import { installStoryApi } from "../story-api.js";

installStoryApi();

const preview: Preview = {
  parameters: {
    layout: "padded",
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;
