import type { StorybookConfig } from "@storybook/web-components-vite";
import { defaultClientConditions, mergeConfig } from "vite";

const config: StorybookConfig = {
  stories: [
    "../docs/*.mdx",
    "../events/*.stories.ts",
    "../rooms/*.stories.ts",
    "../volunteers/*.stories.ts",
    "../partner-map/*.stories.ts",
    "../admin/*.stories.ts",
  ],
  // A plain map tile served by Storybook itself: the stories' maps never reach the internet. The demo's room pictures too.
  staticDirs: ["../public", { from: "../../examples/photos", to: "/photos" }],
  addons: ["@storybook/addon-a11y", "@storybook/addon-docs"],
  framework: { name: "@storybook/web-components-vite", options: {} },
  core: { disableTelemetry: true },
  // Stories run the packages' TypeScript sources, not their build output.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { resolve: { conditions: ["source", ...defaultClientConditions] } }),
};

export default config;
