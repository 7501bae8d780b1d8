import "@community-kit/rooms/define";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect, userEvent, waitFor } from "storybook/test";
import { onAPhone } from "../on-a-phone.js";
import { type FormFailure, whereTold, writeFailureWords } from "../write-failure-words.js";
import { PLAY_TIMEOUT, STORY_API, type WriteFailure } from "../story-api.js";
import { firstFreeTime, holdPhoneLimit } from "../story-bookings.js";
import { type Booker, book, chooseTime, demoResource, fillIn, submit } from "./booking-steps.js";

interface BookingArgs {
  /** How the story API answers the booking: as the server would, or with the failure named. */
  scenario: "ready" | "tells-residents" | WriteFailure;
  community: "taihe" | "heping" | "riverside";
  locale: "zh-CN" | "zh-Hant" | "en";
  resource: string;
  senior: boolean;
}

/**
 * Booking a room, step by step: each story plays a resident's steps against
 * the in-memory story API, from the first free time of the room.
 */
const meta: Meta<BookingArgs> = {
  title: "Widgets/community-room-booking/Booking",
  component: "community-room-booking",
  argTypes: {
    scenario: { control: "select", options: ["ready", "tells-residents", "rate-limited", "origin-not-allowed", "offline-writes"] },
    community: { control: "select", options: ["taihe", "heping", "riverside"] },
    locale: { control: "inline-radio", options: ["zh-CN", "zh-Hant", "en"] },
    senior: { control: "boolean" },
  },
  args: { scenario: "ready", community: "taihe", locale: "zh-CN", resource: "calligraphy-room", senior: false },
  render: (args) => html`<community-room-booking
    style="width: 960px; max-width: 100%"
    api=${`${STORY_API}/${args.scenario}`}
    community=${args.community}
    locale=${args.locale}
    resource=${args.resource}
    date=${firstFreeTime(args.community, demoResource(args.community, args.resource)).day}
    ?senior=${args.senior}
  ></community-room-booking>`,
};
export default meta;

type Story = StoryObj<BookingArgs>;

const bookers: Record<BookingArgs["locale"], Booker> = {
  "zh-CN": { purpose: "书法协会练习", organisation: "太和书法协会", attendees: "12", name: "陈秀英", phone: "138 0013 8000" },
  "zh-Hant": { purpose: "粵曲練習", organisation: "和平粵曲社", attendees: "10", name: "陳美玲", phone: "+852 9123 4567" },
  en: { purpose: "Knit and natter", organisation: "Riverside Knitters", attendees: "8", name: "Margaret Ellis", phone: "+44 7700 900123" },
};

const resourceOf = (args: BookingArgs) => demoResource(args.community, args.resource);

/** What the resident reads once a booking is sent, in each language. */
const outcomeTitles = {
  "zh-CN": { confirmed: "预约成功", pending: "已提交，等待工作人员审核" },
  "zh-Hant": { confirmed: "預約成功", pending: "已送出，等待工作人員審核" },
  en: { confirmed: "You're booked", pending: "Sent: staff will approve it" },
};

const choosesTheFirstFreeTime: Story["play"] = async ({ canvasElement, args }) => {
  const root = await chooseTime(canvasElement, firstFreeTime(args.community, resourceOf(args)).start);
  await expect(root.querySelector("#booking-purpose")).toBeVisible();
  await expect(root.querySelector("#booking-consent")).not.toBeChecked();
};

/** The first free time chosen: it shows as chosen on the day, and the form asks how long and what for. */
export const TimeChosen: Story = { play: choosesTheFirstFreeTime };
export const TimeChosenSenior: Story = { name: "Time chosen, senior mode", args: { senior: true }, play: choosesTheFirstFreeTime };
export const TimeChosenOnAPhone: Story = { name: "Time chosen on a phone (360 px)", ...onAPhone, play: choosesTheFirstFreeTime };

/** Sent with too many people and a wrong phone number: the summary takes focus, each field says what is wrong, what was typed stays. */
const sendsItWrong: Story["play"] = async ({ canvasElement, args }) => {
  const root = await chooseTime(canvasElement, firstFreeTime(args.community, resourceOf(args)).start);
  await fillIn(root, { attendees: "500", phone: "12345" }, false);
  await submit(root);
  const summary = root.querySelector<HTMLElement>(".error-summary")!;
  await expect(summary).toBeVisible();
  await waitFor(() => expect(root.activeElement).toBe(summary));
  for (const field of ["purpose", "attendees", "name", "phone", "consent"])
    await expect(root.querySelector(`#booking-${field}`)).toHaveAttribute("aria-invalid", "true");
  await expect(root.querySelector("#booking-attendees")).toHaveValue("500");
  await expect(root.querySelector("#booking-phone")).toHaveValue("12345");
};

export const Errors: Story = { play: sendsItWrong };

/** The box's words, naming how the community tells residents. */
const toldBy = {
  "zh-CN": "审核结果、变动和使用前的提醒通过短信或电子邮件告诉我",
  "zh-Hant": "審核結果、變動和使用前的提醒透過簡訊或電子郵件告訴我",
  en: "Tell me by text message or email when it is decided or changes, and remind me before",
};

const asksToBeTold: Story["play"] = async ({ canvasElement, args }) => {
  const root = await chooseTime(canvasElement, firstFreeTime(args.community, resourceOf(args)).start);
  const box = root.querySelector<HTMLInputElement>("#booking-notify")!;
  await expect(root.querySelector('label[for="booking-notify"]')).toHaveTextContent(toldBy[args.locale]);
  await expect(box).not.toBeChecked();
  await expect(root.querySelector("#booking-email")).toBeNull();
  await userEvent.click(box);
  await waitFor(() => expect(root.querySelector("#booking-email")).toBeVisible());
  await fillIn(root, { ...bookers[args.locale], email: "chen@" });
  await submit(root);
  await waitFor(() => expect(root.querySelector("#booking-email")).toHaveAttribute("aria-invalid", "true"));
};

/** A community that tells residents who ask: an unticked box naming its ways, and an address asked for only once it is ticked (here, one mistyped). */
export const AsksToBeTold: Story = { args: { scenario: "tells-residents", resource: "multi-purpose-room" }, play: asksToBeTold };

const books: Story["play"] = async ({ canvasElement, args }) => {
  const root = await book(canvasElement, args.community, resourceOf(args), bookers[args.locale]);
  const outcome = root.querySelector('[part~="booking-outcome"]')!;
  const titles = outcomeTitles[args.locale];
  await expect(outcome.querySelector("#booking-done-title")).toHaveTextContent(resourceOf(args).approval ? titles.pending : titles.confirmed);
  await waitFor(() => expect(outcome.querySelector(".receipt__code")?.textContent).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/));
};

/** Confirmed: the time, the phone masked, the cancel code; the day shows the time booked. */
export const Confirmed: Story = { play: books };

/** Rooms that staff approve: sent, and held while they look at it. */
export const AwaitingApproval: Story = { args: { resource: "multi-purpose-room" }, play: books };

const takenMeanwhile: Story["play"] = async ({ canvasElement, args }) => {
  const root = await book(canvasElement, args.community, resourceOf(args), bookers[args.locale], { takenMeanwhile: true });
  await expect(root.querySelector('[part~="taken"]')).toBeVisible();
  await expect(root.querySelector("#booking-purpose")).toHaveValue(bookers[args.locale].purpose);
};

/** Someone booked the time while the form was being filled in: the next free times are offered, and what was typed stays. */
export const TakenMeanwhile: Story = { play: takenMeanwhile };

const asksToCancel: Story["play"] = async ({ canvasElement, args }) => {
  const root = await book(canvasElement, args.community, resourceOf(args), bookers[args.locale]);
  await userEvent.click(
    await waitFor(() => root.querySelector<HTMLButtonElement>('button[part~="my-bookings"]') ?? Promise.reject(new Error("no button")), {
      timeout: PLAY_TIMEOUT,
    }),
  );
  await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="cancel-booking"]')!);
  await expect(await waitFor(() => root.querySelector('[part~="confirm-cancel"]') ?? Promise.reject(new Error("not asked")))).toBeVisible();
};

/** My bookings on this device, one asking whether to cancel it. */
export const MyBookingsConfirmCancel: Story = { name: "My bookings: confirm the cancel", play: asksToCancel };

/** The phone number already holds as many bookings of the room as it may: the phone field says so, and what was typed stays. */
export const BookingLimit: Story = {
  name: "Refused: the phone's booking limit",
  loaders: [({ args }) => holdPhoneLimit(args.community, resourceOf(args as BookingArgs), bookers[args.locale as BookingArgs["locale"]].phone)],
  play: async ({ canvasElement, args }) => {
    const root = await book(canvasElement, args.community, resourceOf(args), bookers[args.locale]);
    await expect(root.querySelector("#booking-phone")).toHaveAttribute("aria-invalid", "true");
    await expect(root.querySelector(".error-summary")).toHaveTextContent(`已有 ${resourceOf(args).maxActivePerPhone} 个未结束的预约`);
    await expect(root.querySelector("#booking-purpose")).toHaveValue(bookers[args.locale].purpose);
  },
};

const isRefused: Story["play"] = async ({ canvasElement, args }) => {
  const failure = args.scenario as FormFailure;
  const time = firstFreeTime(args.community, resourceOf(args));
  const root = await chooseTime(canvasElement, time.start);
  await fillIn(root, bookers[args.locale]);
  await submit(root);
  await expect(root.querySelector(whereTold(failure))).toHaveTextContent(writeFailureWords[args.locale][failure]);
  await expect(root.querySelector("#booking-purpose")).toHaveValue(bookers[args.locale].purpose);
};

export const RateLimited: Story = { name: "Refused: too many tries (429)", args: { scenario: "rate-limited" }, play: isRefused };
export const OriginNotAllowed: Story = { name: "Refused: site not allowed (403)", args: { scenario: "origin-not-allowed" }, play: isRefused };
export const SavedOffline: Story = { name: "Saved on this device, offline", args: { scenario: "offline-writes" }, play: isRefused };
