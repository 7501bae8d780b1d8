import "@community-kit/rooms/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { onAPhone } from "../on-a-phone.js";
import { STORY_API, type Scenario } from "../story-api.js";
import { EMPTY, LOADING, inTraditionalChineseSenior } from "../traditional-senior.js";

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
/** Loading and empty in Traditional Chinese and senior mode. */
export const LoadingTraditionalChineseSenior: Story = {
  name: "Loading, Traditional Chinese, senior mode",
  args: { scenario: "loading" },
  ...inTraditionalChineseSenior(LOADING, "場地與設備預約"),
};
export const EmptyTraditionalChineseSenior: Story = {
  name: "Empty, Traditional Chinese, senior mode",
  args: { scenario: "empty" },
  ...inTraditionalChineseSenior(EMPTY, "場地與設備預約"),
};
export const ServerError: Story = { args: { scenario: "error" } };
/** An answer that is not what the API promises: a clear message, never a broken widget. */
export const MalformedResponse: Story = { args: { scenario: "malformed" } };
export const OnAPhone: Story = { name: "On a phone (360 px)", ...onAPhone };
export const OneChosenOnAPhone: Story = { name: "A room's day of times on a phone (360 px)", ...onAPhone, args: { resource: "calligraphy-room" } };
export const BadAttributes: Story = { name: "Bad attributes, fallen back", args: { kind: "garden" as "room", resource: "swimming-pool" } };
export const Senior: Story = { name: "Senior mode (适老化)", args: { senior: true } };

/** The preset themes (the toolbar's Theme menu puts every other story in them too). */
export const ThemeGovernment: Story = { name: "Theme: government", args: { theme: "government" } };
export const ThemeDark: Story = { name: "Theme: dark", args: { theme: "dark" } };
export const ThemeDarkSenior: Story = { name: "Theme: dark, senior mode", args: { theme: "dark", senior: true } };
export const ThemeHighContrast: Story = { name: "Theme: high contrast", args: { theme: "high-contrast" } };
export const ThemeUnknown: Story = { name: "Theme: unknown, with its notice", args: { theme: "purple" } };
