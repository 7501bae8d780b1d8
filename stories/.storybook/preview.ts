import events from "@community-kit/events/custom-elements.json";
import partnerMap from "@community-kit/partner-map/custom-elements.json";
import rooms from "@community-kit/rooms/custom-elements.json";
import volunteers from "@community-kit/volunteers/custom-elements.json";
import { setCustomElementsManifest } from "@storybook/web-components";
import type { Decorator, Preview } from "@storybook/web-components-vite";
import { installStoryApi } from "../story-api.js";

installStoryApi();
// Attributes, events, parts and custom properties in the docs come from the elements' JSDoc.
setCustomElementsManifest({ schemaVersion: "1.0.0", modules: [events, rooms, volunteers, partnerMap].flatMap((manifest) => manifest.modules) });

const THEMES = ["default", "government", "neutral", "dark", "high-contrast", "auto"];

/**
 * Puts every widget of the story in the theme chosen in the toolbar, except
 * those whose story names a theme of its own (the themes' own stories).
 */
const withTheme: Decorator = (story, { globals, canvasElement }) => {
  const theme = String(globals.theme ?? "default");
  requestAnimationFrame(() => {
    for (const element of canvasElement.querySelectorAll<HTMLElement>("*")) {
      if (!element.localName.startsWith("community-") || element.localName === "community-provider") continue;
      const ownTheme = element.hasAttribute("theme") && !element.hasAttribute("data-toolbar-theme");
      if (ownTheme) continue;
      if (theme === "default") element.removeAttribute("theme");
      else element.setAttribute("theme", theme);
      element.toggleAttribute("data-toolbar-theme", theme !== "default");
    }
  });
  return story();
};

const preview: Preview = {
  parameters: {
    layout: "padded",
    a11y: { test: "error" },
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: "The widgets' preset theme",
      toolbar: { title: "Theme", icon: "paintbrush", items: THEMES, dynamicTitle: true },
    },
  },
  initialGlobals: { theme: "default" },
  decorators: [withTheme],
};

export default preview;
