import "@community-kit/events/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect, userEvent, waitFor } from "storybook/test";
import { STORY_API, type WriteFailure } from "../story-api.js";
import { whereTold, writeFailureWords } from "../write-failure-words.js";
import {
  type Registrant,
  eventToRegisterFor,
  fillIn,
  openEvent,
  openMyRegistrations,
  openRegistrationForm,
  pastEvent,
  submit,
  takeEveryPlace,
} from "./registration-steps.js";

interface RegistrationArgs {
  /** How the story API answers the registration: as the server would, or with the failure named. */
  scenario: "ready" | WriteFailure;
  community: "taihe" | "heping" | "riverside";
  locale: "zh-CN" | "zh-Hant" | "en";
  senior: boolean;
}

/**
 * The registration form in the event dialog, step by step: each story plays a
 * resident's steps against the in-memory story API, on the first event still
 * to come that takes registrations.
 */
const meta: Meta<RegistrationArgs> = {
  title: "Widgets/community-events/Registration",
  component: "community-events",
  argTypes: {
    scenario: { control: "select", options: ["ready", "rate-limited", "origin-not-allowed", "registration-closed", "offline-writes"] },
    community: { control: "select", options: ["taihe", "heping", "riverside"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    senior: { control: "boolean" },
  },
  args: { scenario: "ready", community: "taihe", locale: "zh-CN", senior: false },
  render: (args) => html`<community-events
    style="width: 960px; max-width: 100%"
    api=${`${STORY_API}/${args.scenario}`}
    community=${args.community}
    locale=${args.locale}
    date=${eventToRegisterFor(args.community).day}
    ?senior=${args.senior}
  ></community-events>`,
};
export default meta;

type Story = StoryObj<RegistrationArgs>;

const residents: Record<RegistrationArgs["locale"], Registrant> = {
  "zh-CN": { name: "陈秀英", phone: "138 0013 8000", consent: true },
  "zh-Hant": { name: "陳美玲", phone: "+852 9123 4567", consent: true },
  en: { name: "Margaret Ellis", phone: "+44 7700 900123", consent: true },
};

/** What the resident reads, in each language. */
const copy = {
  "zh-CN": { register: "报名", problem: "请修改以下问题", confirmed: "报名成功", waitlisted: "已报名候补", mine: "我的报名（1）", sure: "确定取消" },
  "zh-Hant": { register: "報名", problem: "請修改以下問題", confirmed: "報名成功", waitlisted: "已報名候補", mine: "我的報名（1）", sure: "確定取消" },
  en: {
    register: "Sign up",
    problem: "There is a problem",
    confirmed: "You're signed up",
    waitlisted: "You're on the waiting list",
    mine: "My sign-ups (1)",
    sure: "Yes, cancel",
  },
};

const opensTheForm: Story["play"] = async ({ canvasElement, args }) => {
  const dialog = await openRegistrationForm(canvasElement, eventToRegisterFor(args.community).event.id);
  await expect(dialog.querySelector("#registration-name")).toBeVisible();
  await expect(dialog.querySelector("#registration-consent")).not.toBeChecked();
  await expect(dialog.querySelector('button[type="submit"]')).toHaveTextContent(copy[args.locale].register);
};

export const Form: Story = { play: opensTheForm };
export const FormSenior: Story = { name: "Form, senior mode", args: { senior: true }, play: opensTheForm };

/** Sent empty but for a wrong phone number: the summary takes focus, each field says what is wrong, and the number typed stays. */
const sendsItWrong: Story["play"] = async ({ canvasElement, args }) => {
  const dialog = await openRegistrationForm(canvasElement, eventToRegisterFor(args.community).event.id);
  await fillIn(dialog, { phone: "12345" });
  await submit(dialog);
  const summary = dialog.querySelector<HTMLElement>(".error-summary")!;
  await expect(summary).toHaveTextContent(copy[args.locale].problem);
  await waitFor(() => expect(dialog.activeElement ?? document.activeElement).toBe(summary));
  await expect(dialog.querySelector("#registration-phone")).toHaveValue("12345");
  await expect(dialog.querySelector("#registration-phone")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.querySelector("#registration-name")).toHaveAttribute("aria-invalid", "true");
};

export const Errors: Story = { play: sendsItWrong };

type PlayContext = Parameters<NonNullable<Story["play"]>>[0];

/** Registers the story's resident for the first event that takes registrations; the dialog with the answer. */
const registers = async ({ canvasElement, args }: PlayContext): Promise<ShadowRoot> => {
  const dialog = await openRegistrationForm(canvasElement, eventToRegisterFor(args.community).event.id);
  await fillIn(dialog, residents[args.locale]);
  await submit(dialog);
  return dialog;
};

/** The confirmation or the waitlist place, with the short code to cancel by. */
const seesTheAnswer = async (dialog: ShadowRoot, title: string) => {
  const answer = dialog.querySelector(".registration--done")!;
  await expect(answer.querySelector("#registration-done-title")).toHaveTextContent(title);
  await waitFor(() => expect(answer.querySelector(".receipt__code")?.textContent).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/));
};

const registersAndIsConfirmed: Story["play"] = async (context) => {
  await seesTheAnswer(await registers(context), copy[context.args.locale].confirmed);
};

/** The confirmation: places kept, the phone masked, the cancel code. */
export const Confirmed: Story = { play: registersAndIsConfirmed };

/** The places went to others first: the resident is told their place on the waitlist. */
const joinsTheWaitlist: Story["play"] = async (context) => {
  await takeEveryPlace(context.args.community, eventToRegisterFor(context.args.community).event);
  const dialog = await registers(context);
  await seesTheAnswer(dialog, copy[context.args.locale].waitlisted);
  await expect(dialog.querySelector(".registration--done")).toHaveTextContent(context.args.locale === "en" ? /number 1 on the waiting list/ : /第 ?1 ?位/);
};

export const Waitlisted: Story = { play: joinsTheWaitlist };

/** After registering, the resident finds the registration under 我的报名, kept on this device, and can cancel it. */
const findsItUnderMyRegistrations = async (context: PlayContext) => {
  await registers(context);
  const calendar = await openMyRegistrations(context.canvasElement);
  const mine = await waitFor(
    () => calendar.querySelector<HTMLElement>('[part~="cancel-registration"]')?.closest("li") ?? Promise.reject(new Error("not listed")),
  );
  await expect(mine).toHaveTextContent(eventToRegisterFor(context.args.community).event.title);
  await expect(calendar.querySelector('[part~="my-registrations"]')).toHaveTextContent(copy[context.args.locale].mine);
  return calendar;
};

export const MyRegistrations: Story = { play: async (context) => void (await findsItUnderMyRegistrations(context)) };

/** Cancelling asks once more before the place goes to someone else. */
export const MyRegistrationsConfirmCancel: Story = {
  play: async (context) => {
    const calendar = await findsItUnderMyRegistrations(context);
    await userEvent.click(calendar.querySelector<HTMLButtonElement>('[part~="cancel-registration"]')!);
    await waitFor(() => expect(calendar.textContent).toContain(copy[context.args.locale].sure));
  },
};

/** Registration closed while the form was open, in each language (the registration messages' errorClosed). */
const closedWords = { "zh-CN": "这个活动现在不接受报名", "zh-Hant": "這個活動現在不接受報名", en: "not taking sign-ups now" };

/** The registration is refused, or kept on the device: the resident is told why and what to do, and what they typed stays. */
const isRefused: Story["play"] = async (context) => {
  const { args } = context;
  const dialog = await registers(context);
  const failure = args.scenario as WriteFailure;
  const words = failure === "registration-closed" ? closedWords[args.locale] : writeFailureWords[args.locale][failure];
  await expect(dialog.querySelector(whereTold(failure))).toHaveTextContent(words);
  await expect(dialog.querySelector("#registration-name")).toHaveValue(residents[args.locale].name);
  await expect(dialog.querySelector(".registration--done")).toBeNull();
};

/** 429 rate_limited: too many registrations from this device or to the community in a short time. */
export const RateLimited: Story = { name: "Refused: too many tries (429)", args: { scenario: "rate-limited" }, play: isRefused };
/** 403 origin_not_allowed: the page is on a site the community has not allowed to write. */
export const OriginNotAllowed: Story = { name: "Refused: site not allowed (403)", args: { scenario: "origin-not-allowed" }, play: isRefused };
/** Registration closed while the form was open (409 registration_closed). */
export const RegistrationClosed: Story = { name: "Refused: registration closed meanwhile", args: { scenario: "registration-closed" }, play: isRefused };
/** No network just as the resident sends: the SDK keeps the registration on this device and sends it when online. */
export const SavedOffline: Story = { name: "Saved on this device, offline", args: { scenario: "offline-writes" }, play: isRefused };

/** An event that is over: its dialog says so, and offers no registration. */
export const PastEvent: Story = {
  render: (args) => html`<community-events
    style="width: 960px; max-width: 100%"
    api=${`${STORY_API}/ready`}
    community=${args.community}
    locale=${args.locale}
    date=${pastEvent(args.community).day}
    ?senior=${args.senior}
  ></community-events>`,
  play: async ({ canvasElement, args }) => {
    const dialog = await openEvent(canvasElement, pastEvent(args.community).event.id);
    await expect(dialog.querySelector('[part~="event-over"]')).toHaveTextContent(args.locale === "en" ? "This event is over" : /活动已结束|活動已結束/);
    await expect(dialog.querySelector("form")).toBeNull();
  },
};
