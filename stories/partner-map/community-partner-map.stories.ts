import "@community-kit/partner-map/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { demoCommunityPartners } from "@community-kit/server/demo-data";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { expect, userEvent, waitFor } from "storybook/test";
import { PLAY_TIMEOUT, type Scenario, STORY_API } from "../story-api.js";
import { onAPhone } from "../on-a-phone.js";
import { EMPTY, LOADING, inTraditionalChineseSenior } from "../traditional-senior.js";

interface PartnerMapArgs {
  scenario: Scenario;
  community: "taihe" | "heping" | "riverside";
  locale: "zh-CN" | "zh-Hant" | "en";
  tiles: string;
  tileDatum?: string;
  types?: string;
  center?: string;
  zoom?: number;
  senior: boolean;
  theme?: "government" | "neutral" | "dark" | "high-contrast" | "auto" | "purple";
}

/** A plain tile that Storybook serves itself, at every address: maps in stories never reach the internet. */
const LOCAL_TILES = new URL("tile.png?z={z}&x={x}&y={y}", location.href).href.replace(/%7B/g, "{").replace(/%7D/g, "}");

/**
 * The partner map: the community's partner units on a map and in a list kept
 * in step. Stories use a plain local tile; the tile modes that need the
 * internet (osm, tianditu, amap) show the notice of tiles that failed here.
 */
const meta: Meta<PartnerMapArgs> = {
  title: "Widgets/community-partner-map",
  component: "community-partner-map",
  tags: ["autodocs"],
  argTypes: {
    scenario: { control: "select", options: ["ready", "loading", "empty", "error", "malformed"] },
    community: { control: "select", options: ["taihe", "heping", "riverside"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    tiles: { control: "text" },
    theme: { control: "select", options: ["government", "neutral", "dark", "high-contrast", "auto"] },
    senior: { control: "boolean" },
  },
  args: { scenario: "ready", community: "taihe", locale: "zh-CN", tiles: LOCAL_TILES, senior: false },
  render: (args) => html`<community-partner-map
    style="width: 1000px; max-width: 100%"
    api=${`${STORY_API}/${args.scenario}`}
    community=${args.community}
    locale=${args.locale}
    tiles=${args.tiles}
    tile-datum=${ifDefined(args.tileDatum)}
    types=${ifDefined(args.types)}
    center=${ifDefined(args.center)}
    zoom=${ifDefined(args.zoom)}
    theme=${ifDefined(args.theme)}
    ?senior=${args.senior}
  ></community-partner-map>`,
};
export default meta;

type Story = StoryObj<PartnerMapArgs>;

export const Partners: Story = {};
export const PartnersTraditionalChinese: Story = { args: { community: "heping", locale: "zh-Hant" } };
export const PartnersEnglish: Story = { args: { community: "riverside", locale: "en" } };
export const SomeTypes: Story = { name: "Hospitals and schools", args: { types: "hospital,school" } };
export const Clustered: Story = { name: "Zoomed out: clusters", args: { center: "39.9219,116.3614", zoom: 12 } };
export const Senior: Story = { name: "Senior mode (适老化)", args: { senior: true } };

/** A partner chosen in the list: the map pans to it, the details open with its events and directions. */
const choosesAPartner: Story["play"] = async ({ canvasElement }) => {
  const root = canvasElement.querySelector("community-partner-map")!.shadowRoot!;
  const entry = await waitFor(
    () => root.querySelector<HTMLButtonElement>('.entry[data-partner-id="mining-hospital"] button') ?? Promise.reject(new Error("no list")),
    { timeout: PLAY_TIMEOUT },
  );
  await userEvent.click(entry);
  const details = await waitFor(() => root.querySelector('[part~="details"]') ?? Promise.reject(new Error("no details")), { timeout: PLAY_TIMEOUT });
  await expect(details).toHaveTextContent("矿务局医院");
};
export const PartnerChosen: Story = { play: choosesAPartner };
export const PartnerChosenOnAPhone: Story = { name: "Partner chosen on a phone (360 px)", ...onAPhone, play: choosesAPartner };

export const NoTiles: Story = { name: "Tiles: none", args: { tiles: "none" } };
export const GcjTiles: Story = { name: "Tiles: a GCJ-02 template (markers shifted)", args: { tileDatum: "gcj02" } };
export const TilesFail: Story = { name: "Tiles: failing (osm without the internet)", args: { tiles: "osm" } };
export const TiandituWithoutKey: Story = { name: "Tiles: tianditu without its key", args: { tiles: "tianditu" } };
export const Amap: Story = { name: "Tiles: amap (GCJ-02)", args: { tiles: "amap" } };
export const Loading: Story = { args: { scenario: "loading" } };
export const Empty: Story = { args: { scenario: "empty" } };
/** Loading and empty in Traditional Chinese and senior mode. */
export const LoadingTraditionalChineseSenior: Story = {
  name: "Loading, Traditional Chinese, senior mode",
  args: { scenario: "loading" },
  ...inTraditionalChineseSenior(LOADING, "合作單位"),
};
export const EmptyTraditionalChineseSenior: Story = {
  name: "Empty, Traditional Chinese, senior mode",
  args: { scenario: "empty" },
  ...inTraditionalChineseSenior(EMPTY, "合作單位"),
};
export const ServerError: Story = { args: { scenario: "error" } };
export const BadAttributes: Story = { name: "Bad attributes, fallen back", args: { tiles: "google", types: "zoo", center: "north" } };
/** An answer that is not what the API promises: a clear message, never a broken widget. */
export const MalformedResponse: Story = { args: { scenario: "malformed" } };
export const OnAPhone: Story = { name: "On a phone (360 px)", ...onAPhone };

/** Partners handed in as a property, with no server; a malformed entry is left out. */
export const GivenPartners: Story = {
  name: "Partners given as a property",
  render: (args) => html`<community-partner-map
    style="width: 1000px; max-width: 100%"
    locale="en"
    tiles=${args.tiles}
    .partners=${[...demoCommunityPartners("riverside"), { id: "broken", name: 42 }]}
  ></community-partner-map>`,
};

/** The preset themes (the toolbar's Theme menu puts every other story in them too). */
export const ThemeGovernment: Story = { name: "Theme: government", args: { theme: "government" } };
export const ThemeDark: Story = { name: "Theme: dark", args: { theme: "dark" } };
export const ThemeDarkSenior: Story = { name: "Theme: dark, senior mode", args: { theme: "dark", senior: true } };
export const ThemeHighContrast: Story = { name: "Theme: high contrast", args: { theme: "high-contrast" } };
export const ThemeUnknown: Story = { name: "Theme: unknown, with its notice", args: { theme: "purple" } };
