import "@community-kit/admin/define";
import type { StaffRole } from "@community-kit/schema";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect, userEvent, waitFor } from "storybook/test";
import { onAPhone } from "../on-a-phone.js";
import { PLAY_TIMEOUT, type Scenario, STORY_API } from "../story-api.js";
import { STORY_STAFF, endStorySession, signInForStory } from "../story-staff.js";
import { buttonIn, consoleRoot, openSection, openTab, panelOf, shown } from "./console-steps.js";

interface ConsoleArgs {
  scenario: Scenario;
  /** Who is signed in as the story opens; none shows the sign-in form. */
  member: StaffRole | "none";
  /** Signed in with a one-time password, still to change. */
  oneTimePassword: boolean;
  locale: "zh-CN" | "zh-Hant" | "en";
  senior: boolean;
}

/** A plain tile that Storybook serves itself: the partners' map never reaches the internet. */
const LOCAL_TILES = new URL("tile.png?z={z}&x={x}&y={y}", location.href).href.replace(/%7B/g, "{").replace(/%7D/g, "}");

/**
 * The staff console, as the people who run 太和社区 use it: signed in as one of the demo's accounts
 * (admin 王芳, editor 李娜, coordinator 张伟), each story opening a section and playing a member's
 * steps against the story API, which makes up residents' registrations, bookings and sign-ups for
 * the demo and keeps what staff change for the story.
 */
const meta: Meta<ConsoleArgs> = {
  title: "Console/community-admin",
  component: "community-admin",
  argTypes: {
    scenario: { control: "select", options: ["ready", "loading", "error", "offline-writes", "rate-limited"] },
    member: { control: "inline-radio", options: ["none", "admin", "editor", "coordinator"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    oneTimePassword: { control: "boolean" },
    senior: { control: "boolean" },
  },
  args: { scenario: "ready", member: "editor", oneTimePassword: false, locale: "zh-CN", senior: false },
  loaders: [
    ({ args }) => {
      // Each story starts on the events section, with its member signed in on a fresh story API.
      history.replaceState(null, "", location.pathname + location.search);
      if (args.member !== "none") signInForStory(args.member, { mustChangePassword: args.oneTimePassword });
    },
  ],
  render: (args) => html`<community-admin
    api=${`${STORY_API}/${args.scenario}`}
    community="taihe"
    locale=${args.locale}
    tiles=${LOCAL_TILES}
    ?senior=${args.senior}
  ></community-admin>`,
};
export default meta;

type Story = StoryObj<ConsoleArgs>;

export const SignIn: Story = {
  name: "Signing in: a wrong password, then the right one",
  args: { member: "none" },
  play: async ({ canvasElement }) => {
    const root = consoleRoot(canvasElement);
    const name = await shown(() => root.querySelector<HTMLInputElement>("#sign-in-name"), "the sign-in form");
    await userEvent.type(name, STORY_STAFF.editor.name);
    await userEvent.type(root.querySelector<HTMLInputElement>("#sign-in-password")!, "wrong-password");
    await userEvent.click(await buttonIn(root, "登录"));
    const summary = await shown(() => root.querySelector(".error-summary"), "the error summary");
    await expect(summary).toHaveTextContent("姓名或密码不对");
    await expect(name).toHaveValue(STORY_STAFF.editor.name);
    const password = root.querySelector<HTMLInputElement>("#sign-in-password")!;
    await userEvent.type(password, STORY_STAFF.editor.password, { initialSelectionStart: 0, initialSelectionEnd: password.value.length });
    await userEvent.click(await buttonIn(root, "登录"));
    await waitFor(() => expect(root.querySelector(".console__who")).toHaveTextContent("李娜（编辑）"), { timeout: PLAY_TIMEOUT });
  },
};

export const OneTimePassword: Story = {
  name: "A one-time password to change first",
  args: { member: "coordinator", oneTimePassword: true },
  play: async ({ canvasElement }) => {
    const root = consoleRoot(canvasElement);
    await shown(() => root.querySelector('[part~="password-change"]'), "the password change");
    await expect(root.querySelector("nav")).toBeNull();
  },
};

export const Events: Story = {
  name: "Events: the programme, found by words, category and dates",
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "events");
    await waitFor(() => expect(screen.querySelectorAll("tbody tr").length).toBeGreaterThan(0), { timeout: PLAY_TIMEOUT });
  },
};

export const NewWeeklyClass: Story = {
  name: "Events: a weekly class, with the next occurrences before saving",
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "events");
    await userEvent.click(await buttonIn(screen, "新建活动"));
    const repeat = await shown(() => screen.querySelector<HTMLSelectElement>("#event-recurrence"), "the repeat");
    await userEvent.type(screen.querySelector<HTMLInputElement>("#event-title")!, "太极拳晨练班");
    await userEvent.selectOptions(repeat, "weekly");
    await waitFor(() => expect(screen.querySelectorAll(".preview__list li").length).toBeGreaterThan(0), { timeout: PLAY_TIMEOUT });
    await expect(screen.querySelector(".preview__rule")).toHaveTextContent("每周");
  },
};

export const Registrations: Story = {
  name: "Registrations: checking a resident in at the door",
  args: { member: "coordinator" },
  play: async ({ canvasElement }) => {
    const events = await openSection(canvasElement, "events");
    const open = await waitFor(
      () =>
        [...events.querySelectorAll<HTMLButtonElement>("tbody .actions button")].find((button) => button.textContent!.includes("报名名单")) ??
        Promise.reject(new Error("no event takes registrations")),
      { timeout: PLAY_TIMEOUT },
    );
    await userEvent.click(open);
    const screen = await panelOf(events, "community-admin-registrations");
    const checkIn = await waitFor(() => screen.querySelector<HTMLButtonElement>("tbody button") ?? Promise.reject(new Error("nobody registered")), {
      timeout: PLAY_TIMEOUT,
    });
    await userEvent.click(checkIn);
    await waitFor(() => expect(screen.querySelector("tbody")!.textContent).toMatch(/\d{2}:\d{2} 已签到/), { timeout: PLAY_TIMEOUT });
  },
};

export const RoomApprovals: Story = {
  name: "Rooms: bookings waiting for approval; a rejection needs its reason",
  args: { member: "coordinator" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "rooms");
    await userEvent.click(await buttonIn(screen, "不批准"));
    await userEvent.click(await buttonIn(screen, "确定不批准"));
    await waitFor(() => expect(screen.querySelector(".field__error")).toHaveTextContent("请写上原因"), { timeout: PLAY_TIMEOUT });
    await userEvent.type(screen.querySelector<HTMLInputElement>('input[id^="reject-"]')!, "当天下午多功能厅有社区大会，可以改约周日上午");
    await userEvent.click(await buttonIn(screen, "确定不批准"));
    await waitFor(() => expect(screen.querySelector('[role="status"]')).toHaveTextContent("已不批准"), { timeout: PLAY_TIMEOUT });
  },
};

export const RoomWeek: Story = {
  name: "Rooms: a room's week of bookings and maintenance",
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "rooms");
    await openTab(screen, "week");
    await waitFor(() => expect(screen.querySelector(".week")).toBeTruthy(), { timeout: PLAY_TIMEOUT });
  },
};

export const RoomSettings: Story = {
  name: "Rooms: opening hours, closed days and booking rules",
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "rooms");
    await openTab(screen, "settings");
    await waitFor(() => expect(screen.querySelector("form")).toBeTruthy(), { timeout: PLAY_TIMEOUT });
  },
};

export const VolunteerShifts: Story = {
  name: "Volunteers: a shift's sign-ups and its waitlist",
  args: { member: "coordinator" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "volunteers");
    await userEvent.click(await buttonIn(screen, "报名名单"));
    await waitFor(() => expect(screen.querySelectorAll(".cards h4").length).toBeGreaterThan(0), { timeout: PLAY_TIMEOUT });
    await userEvent.click(await buttonIn(screen, "转为正式"));
    await waitFor(() => expect(screen.querySelector('[role="status"]')).toHaveTextContent("已转为正式志愿者"), { timeout: PLAY_TIMEOUT });
  },
};

export const VolunteerTeams: Story = {
  name: "Volunteers: teams and their opportunities, a new team named wrong",
  args: { member: "admin" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "volunteers");
    await openTab(screen, "teams");
    const panel = await panelOf(screen, "community-admin-teams");
    await userEvent.click(await buttonIn(panel, "建立服务队"));
    await waitFor(() => expect(panel.activeElement).toBe(panel.querySelector("#team .error-summary")), { timeout: PLAY_TIMEOUT });
  },
};

export const VolunteerHours: Story = {
  name: "Volunteers: hours per team and volunteer",
  args: { member: "coordinator" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "volunteers");
    await openTab(screen, "hours");
    await waitFor(() => expect(screen.querySelectorAll("tbody tr").length).toBeGreaterThan(0), { timeout: PLAY_TIMEOUT });
  },
};

export const Partners: Story = {
  name: "Partners: the units, a page at a time",
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "partners");
    await waitFor(() => expect(screen.querySelectorAll(".cards .card").length).toBeGreaterThan(0), { timeout: PLAY_TIMEOUT });
  },
};

export const PartnerOnTheMap: Story = {
  name: "Partners: a unit's place set on the map",
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "partners");
    await userEvent.click(await buttonIn(screen, "编辑"));
    await shown(() => screen.querySelector(".picker.leaflet-container .leaflet-interactive"), "the map with the unit's marker");
  },
};

export const Holidays: Story = {
  name: "Holidays: next year's official days off and make-up workdays",
  play: async ({ canvasElement }) => {
    await openSection(canvasElement, "calendar");
  },
};

export const Notices: Story = {
  name: "Notices: each one's delivery, a failed one sent again",
  args: { member: "coordinator" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "notices");
    await waitFor(() => expect(screen.querySelectorAll("tbody tr").length).toBe(3), { timeout: PLAY_TIMEOUT });
    await userEvent.click(
      await shown(() => screen.querySelector<HTMLButtonElement>('button[aria-label="重新发送给 137****0105 的通知"]'), "the failed one's button"),
    );
    await waitFor(() => expect(screen.querySelector('[role="status"]')).toHaveTextContent("已安排重新发送给 137****0105 的通知。"), { timeout: PLAY_TIMEOUT });
  },
};

/** The admin's settings, one panel each. */
function settingsPanel(tab: string, check: (panel: ShadowRoot) => Promise<void> = async () => {}): Story["play"] {
  return async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "settings");
    await openTab(screen, tab);
    await check(await panelOf(screen));
  };
}

export const PersonalData: Story = {
  name: "Settings: what is held for a phone number",
  args: { member: "admin" },
  play: settingsPanel("personal-data", async (panel) => {
    await userEvent.type(panel.querySelector<HTMLInputElement>("input")!, "13800138001");
    await userEvent.click(await buttonIn(panel, "查找"));
    await waitFor(() => expect(panel.textContent).toContain("王秀英"), { timeout: PLAY_TIMEOUT });
  }),
};

export const Staff: Story = { name: "Settings: staff accounts", args: { member: "admin" }, play: settingsPanel("staff") };
export const Keys: Story = { name: "Settings: keys for machines", args: { member: "admin" }, play: settingsPanel("keys") };
export const PrivacyAndSites: Story = { name: "Settings: privacy notice and sites", args: { member: "admin" }, play: settingsPanel("community") };
export const NoticeChannels: Story = {
  name: "Settings: where notices go, a gateway address in clear refused",
  args: { member: "admin" },
  play: settingsPanel("channels", async (panel) => {
    const address = panel.querySelector<HTMLInputElement>("#channels-webhookUrl")!;
    await userEvent.type(address, "http://sms.taihe.gov.cn/hook", { initialSelectionStart: 0, initialSelectionEnd: address.value.length });
    await userEvent.click(await buttonIn(panel, "保存"));
    await waitFor(() => expect(panel.querySelector("#channels-webhookUrl-error")).toHaveTextContent("网关地址须以 https:// 开头"), { timeout: PLAY_TIMEOUT });
  }),
};
export const NoticeWording: Story = {
  name: "Settings: the community's own notice wording, a place it cannot fill in named",
  args: { member: "admin" },
  play: settingsPanel("wording", async (panel) => {
    const approved = panel.querySelector<HTMLTextAreaElement>("#wording-approved")!;
    await userEvent.type(approved, "【{{community}】{{name}}，您预约的{{title}}已通过审核。");
    await userEvent.click(await buttonIn(panel, "保存"));
    await waitFor(() => expect(panel.querySelector("#wording-approved-error")).toHaveTextContent("{name} 无法替换"), { timeout: PLAY_TIMEOUT });
  }),
};
export const AuditLog: Story = {
  name: "Settings: the audit log, a page at a time",
  args: { member: "admin" },
  play: settingsPanel("audit", async (panel) => {
    await userEvent.click(await buttonIn(panel, "下一页"));
    await waitFor(() => expect(panel.querySelector(".pages__position")).toHaveTextContent("第 2 页"), { timeout: PLAY_TIMEOUT });
  }),
};

export const SessionEnded: Story = {
  name: "The session ends mid-work: signing in again over the screen",
  args: { member: "coordinator" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "rooms");
    endStorySession();
    await userEvent.click(await buttonIn(screen, "批准"));
    await shown(() => consoleRoot(canvasElement).querySelector("form#sign-in"), "the sign-in over the screen");
  },
};

export const NoNetworkOnSaving: Story = {
  name: "No network as a rejection is sent: nothing typed is lost",
  args: { scenario: "offline-writes", member: "coordinator" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "rooms");
    await userEvent.click(await buttonIn(screen, "不批准"));
    const reason = await shown(() => screen.querySelector<HTMLInputElement>('input[id^="reject-"]'), "the reason");
    await userEvent.type(reason, "当天下午多功能厅有社区大会");
    await userEvent.click(await buttonIn(screen, "确定不批准"));
    await waitFor(() => expect(screen.querySelector('[role="status"]')).toHaveTextContent("网络连接失败"), { timeout: PLAY_TIMEOUT });
    // The queue is read again meanwhile; the reason is still there to send once the network is back.
    await waitFor(() => expect(screen.querySelector('input[id^="reject-"]')).toHaveValue("当天下午多功能厅有社区大会"), { timeout: PLAY_TIMEOUT });
  },
};

export const NothingYet: Story = {
  name: "A community with nothing entered yet",
  args: { scenario: "empty" },
  play: async ({ canvasElement }) => {
    const screen = await openSection(canvasElement, "events");
    await shown(() => screen.querySelector(".empty"), "the empty list");
  },
};

export const Loading: Story = { name: "Loading", args: { scenario: "loading" } };
export const ServerError: Story = { name: "The server fails", args: { scenario: "error" } };
export const CoordinatorInTraditionalChineseSenior: Story = {
  name: "A coordinator, in Traditional Chinese and senior mode",
  args: { member: "coordinator" },
  globals: { locale: "zh-Hant", senior: "on" },
};
export const AdminInEnglish: Story = { name: "An admin, in English", args: { member: "admin", locale: "en" } };
export const EditorOnAPhone: Story = { name: "An editor on a phone", ...onAPhone };
