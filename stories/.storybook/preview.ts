import events from "@community-kit/events/custom-elements.json";
import partnerMap from "@community-kit/partner-map/custom-elements.json";
import rooms from "@community-kit/rooms/custom-elements.json";
import volunteers from "@community-kit/volunteers/custom-elements.json";
import { setCustomElementsManifest } from "@storybook/web-components";
import type { Preview } from "@storybook/web-components-vite";
import { withActions } from "storybook/actions/decorator";
import { installStoryApi } from "../story-api.js";
import { controlsByType } from "./controls-by-type.js";
import { startClean } from "./resident-device.js";
import { HOST_FONTS, LOCALES, THEMES, withToolbar } from "./toolbar.js";
import { RESIDENT_VIEWPORTS } from "./viewports.js";

installStoryApi();
const manifests = [events, rooms, volunteers, partnerMap];
// Attributes, events, parts and custom properties in the docs come from the elements' JSDoc.
setCustomElementsManifest({ schemaVersion: "1.0.0", modules: manifests.flatMap((manifest) => manifest.modules) });

/** Every `ck-*` event the widgets send, logged in the Actions panel. */
const KIT_EVENTS = manifests.flatMap((manifest) =>
  manifest.modules.flatMap(
    (module) => module.declarations?.flatMap((declaration) => ("events" in declaration ? (declaration.events ?? []).map((event) => event.name) : [])) ?? [],
  ),
);

const preview: Preview = {
  parameters: {
    layout: "padded",
    a11y: { test: "error" },
    controls: { expanded: true },
    actions: { handles: [...new Set(KIT_EVENTS)] },
    viewport: { options: RESIDENT_VIEWPORTS },
    // In the docs each story is a frame of a phone's height, not the widget's whole length.
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  globalTypes: {
    theme: {
      description: "The widgets' preset theme",
      toolbar: { title: "Theme", icon: "paintbrush", items: THEMES, dynamicTitle: true },
    },
    locale: {
      description: "The widgets' language, whatever the story sets",
      toolbar: { title: "Language", icon: "globe", items: LOCALES, dynamicTitle: true },
    },
    senior: {
      description: "Senior mode (larger type and targets) for every widget",
      toolbar: {
        title: "Senior mode",
        icon: "accessibility",
        items: [
          { value: "story", title: "Senior mode as the story sets it" },
          { value: "on", title: "Senior mode on" },
        ],
        dynamicTitle: true,
      },
    },
    hostFont: {
      description: "The host page's font, which the widgets inherit",
      toolbar: { title: "Host font", icon: "type", items: HOST_FONTS, dynamicTitle: true },
    },
  },
  initialGlobals: { theme: "default", locale: "story", senior: "story", hostFont: "system" },
  decorators: [withToolbar, withActions],
  argTypesEnhancers: [controlsByType],
  // What one story's resident registered, booked or signed up for is not another story's.
  loaders: [startClean],
};

export default preview;
