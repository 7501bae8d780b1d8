import "@community-kit/events/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { expect, waitFor } from "storybook/test";
import { onAPhone } from "../on-a-phone.js";
import { PLAY_TIMEOUT, STORY_API, type Scenario, primeOfflineCopy } from "../story-api.js";
import { EMPTY, LOADING, inTraditionalChineseSenior } from "../traditional-senior.js";

interface CalendarArgs {
  scenario: Scenario;
  community: "taihe" | "heping" | "riverside";
  locale: "zh-CN" | "zh-Hant" | "en";
  view: "month" | "week" | "day" | "list";
  /** The day to open on, YYYY-MM-DD; today by default. */
  date?: string;
  timezone?: string;
  senior: boolean;
  width: number;
  theme?: "government" | "neutral" | "dark" | "high-contrast" | "auto" | "purple";
}

// The demo data runs over the current month and the next two, so every story opens on today.
const meta: Meta<CalendarArgs> = {
  title: "Widgets/community-events",
  component: "community-events",
  tags: ["autodocs"],
  argTypes: {
    scenario: { control: "select", options: ["ready", "loading", "empty", "error", "malformed", "offline", "cancelled"] },
    community: { control: "select", options: ["taihe", "heping", "riverside"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    view: { control: "inline-radio", options: ["month", "week", "day", "list"] },
    theme: { control: "select", options: ["government", "neutral", "dark", "high-contrast", "auto"] },
    senior: { control: "boolean" },
    width: { control: { type: "range", min: 320, max: 1280, step: 10 } },
  },
  args: { scenario: "ready", community: "taihe", locale: "zh-CN", view: "month", senior: false, width: 960 },
  render: (args) => html`<community-events
    style="width: ${args.width}px; max-width: 100%"
    api=${`${STORY_API}/${args.scenario}`}
    community=${args.community}
    locale=${args.locale}
    view=${ifDefined(args.view)}
    date=${ifDefined(args.date)}
    timezone=${ifDefined(args.timezone)}
    theme=${ifDefined(args.theme)}
    ?senior=${args.senior}
  ></community-events>`,
};
export default meta;

type Story = StoryObj<CalendarArgs>;

const traditional = { community: "heping", locale: "zh-Hant" } as const;
const english = { community: "riverside", locale: "en" } as const;

export const Month: Story = {};
export const MonthTraditionalChinese: Story = { args: traditional };
export const MonthEnglish: Story = { args: english };
export const Week: Story = { args: { view: "week" } };
export const Day: Story = { args: { view: "day" } };
export const WeekSenior: Story = { name: "Week, senior mode", args: { view: "week", senior: true } };
export const List: Story = { args: { view: "list" } };
/** On a phone the month keeps its grid of days, and the day's events list below it. */
export const OnAPhone: Story = { name: "On a phone (360 px)", ...onAPhone };
export const WeekOnAPhone: Story = { name: "Week on a phone (360 px)", ...onAPhone, args: { view: "week" } };
export const ListOnAPhone: Story = { name: "List on a phone (360 px)", ...onAPhone, args: { view: "list" } };

export const Loading: Story = { args: { scenario: "loading" } };
export const LoadingList: Story = { args: { scenario: "loading", view: "list" } };

export const Empty: Story = { args: { scenario: "empty" } };
export const EmptyList: Story = { args: { scenario: "empty", view: "list" } };

/** Loading and empty in Traditional Chinese and senior mode. */
export const LoadingTraditionalChineseSenior: Story = {
  name: "Loading, Traditional Chinese, senior mode",
  args: { scenario: "loading" },
  ...inTraditionalChineseSenior(LOADING, "活動日曆"),
};
export const EmptyTraditionalChineseSenior: Story = {
  name: "Empty, Traditional Chinese, senior mode",
  args: { scenario: "empty" },
  ...inTraditionalChineseSenior(EMPTY, "活動日曆"),
};

export const ServerError: Story = { args: { scenario: "error" } };
export const MalformedResponse: Story = { args: { scenario: "malformed", view: "list" } };

/** Attributes a web team got wrong: the calendar falls back to the month, today and the community's zone, and tells the console, not the resident. */
export const BadAttributes: Story = {
  name: "Bad attributes, fallen back",
  args: { view: "year" as "month", date: "next-tuesday", timezone: "Mars/Olympus_Mons" },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector("community-events")!.shadowRoot!;
    await expect(
      await waitFor(() => root.querySelector('[part~="month"] .event') ?? Promise.reject(new Error("no month")), { timeout: PLAY_TIMEOUT }),
    ).toBeVisible();
    await expect(root.querySelector('[aria-pressed="true"]')).toHaveTextContent("月");
  },
};

const offlineLoaders = (args: Partial<CalendarArgs>) => [
  async () => primeOfflineCopy({ api: `${STORY_API}/offline`, community: args.community ?? "taihe", locale: args.locale ?? "zh-CN" }),
];
export const OfflineSavedCopy: Story = { args: { scenario: "offline" }, loaders: offlineLoaders({}) };

/** An event the community called off: struck through, announced as cancelled, no registration. */
export const CancelledEvent: Story = { args: { scenario: "cancelled" } };
export const CancelledEventWeek: Story = { args: { scenario: "cancelled", view: "week" } };

export const Senior: Story = { name: "Senior mode (适老化)", args: { senior: true } };
export const SeniorList: Story = { name: "Senior mode, list", args: { senior: true, view: "list" } };

/** Data handed in as a property: no server at all. */
export const FromData: Story = {
  render: () => html`<community-events
    style="width: 960px; max-width: 100%"
    timezone="Asia/Shanghai"
    date="2026-06-19"
    .events=${[
      { id: "zongzi", title: "浓情端午包粽子", start: "2026-06-19T09:30:00+08:00", end: "2026-06-19T12:00:00+08:00", location: "多功能室" },
      { id: "festival", title: "幸福邻里节", start: "2026-06-18", end: "2026-06-21", allDay: true, location: "文化广场" },
      { id: "clinic", title: "公益义诊", start: "2026-06-13T08:30:00+08:00", end: "2026-06-13T11:30:00+08:00", location: "文化广场" },
    ]}
  ></community-events>`,
};

/** An iCalendar feed read in the browser with no server (`src`): a weekly class across the clock change, less one week, and an all-day fair. */
export const FromICalendarFeed: Story = {
  name: "From an iCalendar feed (src)",
  render: () =>
    html`<community-events style="width: 960px; max-width: 100%" src=${`${STORY_API}/feeds/riverside.ics`} locale="en" date="2026-04-10"></community-events>`,
};

/** A host page's theme through the --ck-* custom properties. */
export const Themed: Story = {
  render: (args) => html`<community-events
    style="width: 960px; max-width: 100%; --ck-color-primary: #a61b1b; --ck-radius: 0; --ck-font-family: Georgia, serif"
    api=${`${STORY_API}/ready`}
    community=${args.community}
    locale=${args.locale}
  ></community-events>`,
};

/** The preset themes (the toolbar's Theme menu puts every other story in them too). */
export const ThemeGovernment: Story = { name: "Theme: government", args: { theme: "government" } };
export const ThemeDark: Story = { name: "Theme: dark", args: { theme: "dark" } };
export const ThemeDarkSenior: Story = { name: "Theme: dark, senior mode", args: { theme: "dark", senior: true } };
export const ThemeHighContrast: Story = { name: "Theme: high contrast", args: { theme: "high-contrast" } };
export const ThemeUnknown: Story = { name: "Theme: unknown, with its notice", args: { theme: "purple" } };
