import "@community-kit/rooms/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { STORY_API, type Scenario } from "../story-api.js";

interface RoomsArgs {
  scenario: Scenario;
  community: "taihe" | "heping" | "riverside";
  locale: "zh-CN" | "zh-Hant" | "en";
  kind?: "room" | "equipment";
  resource?: string;
  senior: boolean;
  theme?: "government" | "neutral" | "dark" | "high-contrast" | "auto" | "purple";
}

const meta: Meta<RoomsArgs> = {
  title: "Widgets/community-room-booking",
  component: "community-room-booking",
  tags: ["autodocs"],
  argTypes: {
    scenario: { control: "select", options: ["ready", "loading", "empty", "error", "malformed"] },
    community: { control: "select", options: ["taihe", "heping", "riverside"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    kind: { control: "inline-radio", options: ["room", "equipment"] },
    theme: { control: "select", options: ["government", "neutral", "dark", "high-contrast", "auto"] },
    senior: { control: "boolean" },
  },
  args: { scenario: "ready", community: "taihe", locale: "zh-CN", senior: false },
  render: (args) => html`<community-room-booking
    style="width: 960px; max-width: 100%"
    api=${`${STORY_API}/${args.scenario}`}
    community=${args.community}
    locale=${args.locale}
    kind=${ifDefined(args.kind)}
    resource=${ifDefined(args.resource)}
    theme=${ifDefined(args.theme)}
    ?senior=${args.senior}
  ></community-room-booking>`,
};
export default meta;

type Story = StoryObj<RoomsArgs>;

export const Rooms: Story = {};
export const RoomsTraditionalChinese: Story = { args: { community: "heping", locale: "zh-Hant" } };
export const RoomsEnglish: Story = { args: { community: "riverside", locale: "en" } };
export const EquipmentOnly: Story = { args: { kind: "equipment" } };
export const OneChosen: Story = { name: "Opened with a room chosen: its day's times", args: { resource: "calligraphy-room" } };
export const Loading: Story = { args: { scenario: "loading" } };
export const Empty: Story = { args: { scenario: "empty" } };
export const ServerError: Story = { args: { scenario: "error" } };
export const ServerErrorEnglish: Story = { args: { scenario: "error", community: "riverside", locale: "en" } };
export const BadAttributes: Story = { name: "Bad attributes, fallen back", args: { kind: "garden" as "room", resource: "swimming-pool" } };
export const Senior: Story = { name: "Senior mode (适老化)", args: { senior: true } };

/** The preset themes (the toolbar's Theme menu puts every other story in them too). */
export const ThemeGovernment: Story = { name: "Theme: government", args: { theme: "government" } };
export const ThemeDark: Story = { name: "Theme: dark", args: { theme: "dark" } };
export const ThemeDarkSenior: Story = { name: "Theme: dark, senior mode", args: { theme: "dark", senior: true } };
export const ThemeHighContrast: Story = { name: "Theme: high contrast", args: { theme: "high-contrast" } };
export const ThemeUnknown: Story = { name: "Theme: unknown, with its notice", args: { theme: "purple" } };
