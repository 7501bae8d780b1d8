import manifest from "@community-kit/events/custom-elements.json";
import { setCustomElementsManifest } from "@storybook/web-components";
import type { Preview } from "@storybook/web-components-vite";
import { installStoryApi } from "../story-api.js";

installStoryApi();
// Attributes, events, parts and custom properties in the docs come from the element's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: "padded",
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;
