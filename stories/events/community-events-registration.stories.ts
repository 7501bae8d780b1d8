import "@community-kit/events/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { userEvent } from "storybook/test";
import { STORY_API } from "../story-api.js";
import { type Registrant, eventToRegisterFor, fillIn, openMyRegistrations, openRegistrationForm, submit, takeEveryPlace } from "./registration-steps.js";

interface RegistrationArgs {
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
    community: { control: "select", options: ["taihe", "heping", "riverside"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    senior: { control: "boolean" },
  },
  args: { community: "taihe", locale: "zh-CN", senior: false },
  render: (args) => html`<community-events
    style="width: 960px; max-width: 100%"
    api=${`${STORY_API}/ready`}
    community=${args.community}
    locale=${args.locale}
    date=${eventToRegisterFor(args.community).day}
    ?senior=${args.senior}
  ></community-events>`,
};
export default meta;

type Story = StoryObj<RegistrationArgs>;

const traditional = { community: "heping", locale: "zh-Hant" } as const;
const english = { community: "riverside", locale: "en" } as const;

const residents: Record<RegistrationArgs["locale"], Registrant> = {
  "zh-CN": { name: "陈秀英", phone: "138 0013 8000", consent: true },
  "zh-Hant": { name: "陳美玲", phone: "+852 9123 4567", consent: true },
  en: { name: "Margaret Ellis", phone: "+44 7700 900123", consent: true },
};

const opensTheForm: Story["play"] = async ({ canvasElement, args }) => {
  await openRegistrationForm(canvasElement, eventToRegisterFor(args.community).event.id);
};

export const Form: Story = { play: opensTheForm };
export const FormTraditionalChinese: Story = { args: traditional, play: opensTheForm };
export const FormEnglish: Story = { args: english, play: opensTheForm };
export const FormSenior: Story = { name: "Form, senior mode", args: { senior: true }, play: opensTheForm };

/** Sent empty but for a wrong phone number: the summary takes focus, each field says what is wrong, and the number typed stays. */
const sendsItWrong: Story["play"] = async ({ canvasElement, args }) => {
  const dialog = await openRegistrationForm(canvasElement, eventToRegisterFor(args.community).event.id);
  await fillIn(dialog, { phone: "12345" });
  await submit(dialog);
};

export const Errors: Story = { play: sendsItWrong };
export const ErrorsTraditionalChinese: Story = { args: traditional, play: sendsItWrong };
export const ErrorsEnglish: Story = { args: english, play: sendsItWrong };

const registers: Story["play"] = async ({ canvasElement, args }) => {
  const dialog = await openRegistrationForm(canvasElement, eventToRegisterFor(args.community).event.id);
  await fillIn(dialog, residents[args.locale]);
  await submit(dialog);
};

/** The confirmation: places kept, the phone masked, the cancel code. */
export const Confirmed: Story = { play: registers };
export const ConfirmedTraditionalChinese: Story = { args: traditional, play: registers };
export const ConfirmedEnglish: Story = { args: english, play: registers };

/** The places went to others first: the resident is told their place on the waitlist. */
const joinsTheWaitlist: Story["play"] = async (context) => {
  await takeEveryPlace(context.args.community, eventToRegisterFor(context.args.community).event);
  await registers(context);
};

export const Waitlisted: Story = { play: joinsTheWaitlist };
export const WaitlistedEnglish: Story = { args: english, play: joinsTheWaitlist };

/** After registering, the resident finds the registration under 我的报名, kept on this device, and can cancel it. */
const findsItUnderMyRegistrations = async (context: Parameters<NonNullable<Story["play"]>>[0]) => {
  await registers(context);
  return openMyRegistrations(context.canvasElement);
};

export const MyRegistrations: Story = { play: async (context) => void (await findsItUnderMyRegistrations(context)) };
export const MyRegistrationsEnglish: Story = { args: english, play: async (context) => void (await findsItUnderMyRegistrations(context)) };

/** Cancelling asks once more before the place goes to someone else. */
export const MyRegistrationsConfirmCancel: Story = {
  play: async (context) => {
    const calendar = await findsItUnderMyRegistrations(context);
    await userEvent.click(calendar.querySelector<HTMLButtonElement>('[part~="cancel-registration"]')!);
  },
};
