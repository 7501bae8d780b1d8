import "@community-kit/volunteers/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { expect, userEvent, waitFor } from "storybook/test";
import { demoCommunityEvents, demoCommunityOpportunities } from "@community-kit/server/demo-data";
import { onAPhone } from "../on-a-phone.js";
import { type FormFailure, whereTold, writeFailureWords } from "../write-failure-words.js";
import { PLAY_TIMEOUT, type Scenario, STORY_API } from "../story-api.js";
import { EMPTY, LOADING, inTraditionalChineseSenior } from "../traditional-senior.js";
import { fillShift, holdOverlappingShift } from "../story-volunteers.js";
import { type Volunteer, fillIn, firstShift, openForm, submit } from "./signup-steps.js";

interface VolunteerArgs {
  scenario: Scenario;
  community: "taihe" | "heping" | "riverside";
  locale: "zh-CN" | "zh-Hant" | "en";
  team?: string;
  opportunity?: string;
  senior: boolean;
  theme?: "government" | "neutral" | "dark" | "high-contrast" | "auto" | "purple";
}

/**
 * Volunteer shifts and signing up, each story playing a volunteer's steps
 * against the in-memory story API (places fill and wait as on the server).
 */
const meta: Meta<VolunteerArgs> = {
  title: "Widgets/community-volunteer-signup",
  component: "community-volunteer-signup",
  tags: ["autodocs"],
  argTypes: {
    scenario: { control: "select", options: ["ready", "loading", "empty", "error", "malformed", "rate-limited", "origin-not-allowed", "offline-writes"] },
    community: { control: "select", options: ["taihe", "heping", "riverside"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    theme: { control: "select", options: ["government", "neutral", "dark", "high-contrast", "auto"] },
    senior: { control: "boolean" },
  },
  args: { scenario: "ready", community: "taihe", locale: "zh-CN", senior: false },
  render: (args) => html`<community-volunteer-signup
    style="width: 860px; max-width: 100%"
    api=${`${STORY_API}/${args.scenario}`}
    community=${args.community}
    locale=${args.locale}
    team=${ifDefined(args.team)}
    opportunity=${ifDefined(args.opportunity)}
    theme=${ifDefined(args.theme)}
    ?senior=${args.senior}
  ></community-volunteer-signup>`,
};
export default meta;

type Story = StoryObj<VolunteerArgs>;

const traditional = { community: "heping", locale: "zh-Hant" } as const;
const english = { community: "riverside", locale: "en" } as const;

export const Shifts: Story = {};
export const ShiftsTraditionalChinese: Story = { args: traditional };
export const ShiftsEnglish: Story = { args: english };
export const OneTeam: Story = { args: { team: "elder-care" } };
export const Senior: Story = { name: "Senior mode (适老化)", args: { senior: true } };
export const Loading: Story = { args: { scenario: "loading" } };
export const Empty: Story = { args: { scenario: "empty" } };
/** Loading and empty in Traditional Chinese and senior mode. */
export const LoadingTraditionalChineseSenior: Story = {
  name: "Loading, Traditional Chinese, senior mode",
  args: { scenario: "loading" },
  ...inTraditionalChineseSenior(LOADING, "志工服務報名"),
};
export const EmptyTraditionalChineseSenior: Story = {
  name: "Empty, Traditional Chinese, senior mode",
  args: { scenario: "empty" },
  ...inTraditionalChineseSenior(EMPTY, "志工服務報名"),
};
export const ServerError: Story = { args: { scenario: "error" } };
/** An answer that is not what the API promises: a clear message, never a broken widget. */
export const MalformedResponse: Story = { args: { scenario: "malformed" } };
export const OnAPhone: Story = { name: "On a phone (360 px)", ...onAPhone };
export const BadAttributes: Story = { name: "Bad attributes, fallen back", args: { team: "space-crew", opportunity: "moon-landing" } };

/** Which shift each locale's stories sign up for, and who signs up. */
const shiftFor = { "zh-CN": ["taihe", "clean-up-day"], "zh-Hant": ["heping", "park-clean"], en: ["riverside", "litter-pick"] } as const;
const volunteers: Record<VolunteerArgs["locale"], Volunteer> = {
  "zh-CN": { name: "陈秀英", phone: "138 0013 8000", showName: true, consent: true },
  "zh-Hant": { name: "陳美玲", phone: "+852 9123 4567", consent: true },
  en: { name: "Margaret Ellis", phone: "+44 7700 900123", showName: true, consent: true },
};
const shiftOf = (args: VolunteerArgs) => firstShift(shiftFor[args.locale][0], shiftFor[args.locale][1]).shift;

/** What the volunteer reads once signed up, in each language. */
const outcomeTitles = {
  "zh-CN": { confirmed: "报名成功", waitlisted: "已加入候补" },
  "zh-Hant": { confirmed: "報名成功", waitlisted: "已加入候補" },
  en: { confirmed: "You're signed up", waitlisted: "You're on the waiting list" },
};

const opensTheForm: Story["play"] = async ({ canvasElement, args }) => {
  const root = await openForm(canvasElement, shiftOf(args).id);
  await expect(root.querySelector("#signup-name")).toBeVisible();
  await expect(root.querySelector("#signup-consent")).not.toBeChecked();
};

export const Form: Story = { play: opensTheForm };
export const FormSenior: Story = { name: "Form, senior mode", args: { senior: true }, play: opensTheForm };
export const FormOnAPhone: Story = { name: "Form on a phone (360 px)", ...onAPhone, play: opensTheForm };

/** Sent with a wrong phone number and no name: the summary takes focus, each field says what is wrong. */
const sendsItWrong: Story["play"] = async ({ canvasElement, args }) => {
  const root = await openForm(canvasElement, shiftOf(args).id);
  await fillIn(root, { phone: "12345" });
  await submit(root);
  const summary = root.querySelector<HTMLElement>(".error-summary")!;
  await waitFor(() => expect(root.activeElement).toBe(summary));
  await expect(root.querySelector("#signup-name")).toHaveAttribute("aria-invalid", "true");
  await expect(root.querySelector("#signup-phone")).toHaveAttribute("aria-invalid", "true");
  await expect(root.querySelector("#signup-phone")).toHaveValue("12345");
};

export const Errors: Story = { play: sendsItWrong };

/** A shift with a minimum age asks for the volunteer's word. */
export const MinimumAge: Story = {
  args: { opportunity: "elder-visits" },
  play: async ({ canvasElement }) => {
    const root = await openForm(canvasElement, firstShift("taihe", "elder-visits").shift.id);
    await fillIn(root, { name: "王建国", phone: "139 0013 9000", consent: true });
    await submit(root);
    // Not ticked: the form asks for the volunteer's word on their age, and sends nothing.
    await expect(root.querySelector("#signup-meetsMinimumAge")).toHaveAttribute("aria-invalid", "true");
    await expect(root.querySelector('[part~="signup-outcome"]')).toBeNull();
  },
};

type PlayContext = Parameters<NonNullable<Story["play"]>>[0];

/** Signs the story's volunteer up for the first shift; sees the outcome `expected`, with the code to cancel by. */
const signsUpAs =
  (expected: "confirmed" | "waitlisted") =>
  async ({ canvasElement, args }: PlayContext): Promise<void> => {
    const root = await openForm(canvasElement, shiftOf(args).id);
    await fillIn(root, volunteers[args.locale]);
    await submit(root);
    const outcome = root.querySelector('[part~="signup-outcome"]')!;
    await expect(outcome.querySelector("#signup-done-title")).toHaveTextContent(outcomeTitles[args.locale][expected]);
    await waitFor(() => expect(outcome.querySelector(".receipt__code")?.textContent).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/));
  };
const signsUp = signsUpAs("confirmed");

/** Confirmed: the phone masked, the cancel code, the .ics; the bar fills. */
export const Confirmed: Story = { play: signsUp };

/** Neighbours took every place before the page opened, and one already waits. */
const fullShift: NonNullable<Story["loaders"]> = [({ args }) => fillShift(shiftOf(args as VolunteerArgs))];

/** The shift is full: the volunteer joins the waitlist and learns their place. */
export const Waitlisted: Story = { loaders: fullShift, play: signsUpAs("waitlisted") };

/** My shifts on this device, one asking whether to cancel it. */
export const MyShiftsConfirmCancel: Story = {
  name: "My shifts: confirm the cancel",
  play: async (context) => {
    await signsUp(context);
    const root = context.canvasElement.querySelector("community-volunteer-signup")!.shadowRoot!;
    await userEvent.click(
      await waitFor(() => root.querySelector<HTMLButtonElement>('button[part~="my-shifts"]') ?? Promise.reject(new Error("no button")), {
        timeout: PLAY_TIMEOUT,
      }),
    );
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="cancel-signup"]')!);
    await expect(await waitFor(() => root.querySelector('[part~="confirm-cancel"]') ?? Promise.reject(new Error("not asked")))).toBeVisible();
  },
};

/** The preset themes (the toolbar's Theme menu puts every other story in them too). */
export const ThemeGovernment: Story = { name: "Theme: government", args: { theme: "government" } };
export const ThemeDark: Story = { name: "Theme: dark", args: { theme: "dark" } };
export const ThemeDarkSenior: Story = { name: "Theme: dark, senior mode", args: { theme: "dark", senior: true } };
export const ThemeHighContrast: Story = { name: "Theme: high contrast", args: { theme: "high-contrast" } };
export const ThemeUnknown: Story = { name: "Theme: unknown, with its notice", args: { theme: "purple" } };

/** The volunteer already holds another shift at the same time: the phone field says which, and nothing is sent. */
export const OverlappingSignup: Story = {
  name: "Refused: already on a shift at that time",
  loaders: [
    ({ args }) => {
      const { community, locale } = args as VolunteerArgs;
      const [, otherOpportunity] = demoCommunityOpportunities(community);
      const { name = "", phone = "" } = volunteers[locale];
      holdOverlappingShift(otherOpportunity!, shiftOf(args as VolunteerArgs), demoCommunityEvents(community).community.timezone, { name, phone });
    },
  ],
  play: async ({ canvasElement, args }) => {
    const root = await openForm(canvasElement, shiftOf(args).id);
    await fillIn(root, volunteers[args.locale]);
    await submit(root);
    await expect(root.querySelector("#signup-phone")).toHaveAttribute("aria-invalid", "true");
    await expect(root.querySelector(".error-summary")).toHaveTextContent("一个人不能同时参加两个班次");
    await expect(root.querySelector('[part~="signup-outcome"]')).toBeNull();
  },
};

const isRefused: Story["play"] = async ({ canvasElement, args }) => {
  const failure = args.scenario as FormFailure;
  const root = await openForm(canvasElement, shiftOf(args).id);
  await fillIn(root, volunteers[args.locale]);
  await submit(root);
  await expect(root.querySelector(whereTold(failure))).toHaveTextContent(writeFailureWords[args.locale][failure]);
  await expect(root.querySelector("#signup-name")).toHaveValue(volunteers[args.locale].name);
};

export const RateLimited: Story = { name: "Refused: too many tries (429)", args: { scenario: "rate-limited" }, play: isRefused };
export const OriginNotAllowed: Story = { name: "Refused: site not allowed (403)", args: { scenario: "origin-not-allowed" }, play: isRefused };
export const SavedOffline: Story = { name: "Saved on this device, offline", args: { scenario: "offline-writes" }, play: isRefused };
