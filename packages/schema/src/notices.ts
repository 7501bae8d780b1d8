import * as z from "zod/mini";
import { checked, maxCodePoints } from "./checked.js";
import { HttpUrl, Instant, Int, LineOfText, Locale, QueryWholeNumber, Text, WholeNumber } from "./common.js";

/** Why a resident is told something: each is written once per registration, booking or sign-up. */
export const NoticeCause = z.enum([
  "confirmed",
  "promoted",
  "approved",
  "rejected",
  "cancelled",
  /** The day before, at REMINDER_HOUR in the community's zone. */
  "reminder-day",
  /** Two hours before it starts. */
  "reminder-hours",
]);
export type NoticeCause = z.infer<typeof NoticeCause>;

export const NoticeSubject = z.enum(["registration", "booking", "signup"]);
export type NoticeSubject = z.infer<typeof NoticeSubject>;

/** A webhook to the community's own SMS or WeChat gateway, which sends what it is given. */
export const WebhookChannel = z.object({
  /** https, or http to a gateway on the server's own machine: residents' phones never cross a network in clear. */
  url: checked(
    HttpUrl,
    z.refine((url) => {
      const { protocol, hostname } = new URL(url);
      return protocol === "https:" || hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
    }, "Invalid URL: expected an https address (http only to localhost)"),
  ),
  /** The secret the server signs each notice with and the gateway checks it by: at least 32 characters. */
  secret: checked(z.string(), z.minLength(32), maxCodePoints(200)),
  /** What the gateway sends by, which the residents' consent text names. */
  via: z.enum(["sms", "wechat"]),
});
export type WebhookChannel = z.infer<typeof WebhookChannel>;

/** An SMTP server that sends the community's e-mail, for residents who gave an address. */
export const EmailChannel = z.object({
  host: LineOfText(253),
  port: WholeNumber(1, 65_535),
  /** TLS from the first byte (port 465); otherwise STARTTLS where the server offers it. */
  secure: z.boolean(),
  user: z.optional(LineOfText(200)),
  password: z.optional(Text(200)),
  /** The sender residents see: 太和社区 <notices@taihe.example.cn>. */
  from: LineOfText(300),
});
export type EmailChannel = z.infer<typeof EmailChannel>;

/** The places a notice's wording may name, which the server fills in. */
export const NOTICE_PLACEHOLDERS = ["community", "title", "when", "place", "reason"] as const;

/** The names in braces that the server does not fill in: {name} would reach residents as it is. */
export function unknownPlaceholders(wording: string): string[] {
  const known: readonly string[] = NOTICE_PLACEHOLDERS;
  return [...wording.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!).filter((name) => !known.includes(name));
}

/** The most characters a community's wording of one notice may have. */
export const NOTICE_WORDING_MAX_LENGTH = 500;

const Wording = checked(
  Text(NOTICE_WORDING_MAX_LENGTH, 1),
  z.refine((wording) => !unknownPlaceholders(wording).length, "Unknown placeholder: use {community}, {title}, {when}, {place} or {reason}"),
);

/** A community's own wording for a cause, in a locale: {community}, {title}, {when}, {place} and {reason} are filled in. */
export const NoticeTemplates = z.partialRecord(
  Locale,
  checked(
    z.partialRecord(NoticeCause, Wording),
    // Her booking turned down, a resident needs to read why.
    z.refine((wording) => wording.rejected === undefined || wording.rejected.includes("{reason}"), {
      message: "A rejection's wording must give the {reason}",
      path: ["rejected"],
    }),
  ),
);
export type NoticeTemplates = z.infer<typeof NoticeTemplates>;

/** `PUT …/notice-channels`: each channel, or null for none. A secret or password left out keeps the one held, and so does the wording; `{}` is the kit's. */
export const NoticeChannelsWrite = z.object({
  webhook: z.nullable(z.object({ ...WebhookChannel.shape, secret: z.optional(WebhookChannel.shape.secret) })),
  email: z.nullable(EmailChannel),
  templates: z.optional(NoticeTemplates),
});
export type NoticeChannelsWrite = z.input<typeof NoticeChannelsWrite>;

/** What the community keeps: both channels whole, secrets included. Never sent out. */
export const NoticeChannels = z.object({
  webhook: z.nullable(WebhookChannel),
  email: z.nullable(EmailChannel),
  templates: z.optional(NoticeTemplates),
});
export type NoticeChannels = z.infer<typeof NoticeChannels>;

/** `GET …/notice-channels`: the channels without their secrets, which are only ever written. */
export const NoticeChannelsView = z.object({
  webhook: z.nullable(z.object({ url: z.string(), via: WebhookChannel.shape.via })),
  email: z.nullable(z.object({ ...EmailChannel.shape, password: z.optional(z.never()), passwordSet: z.boolean() })),
  templates: z.optional(NoticeTemplates),
});
export type NoticeChannelsView = z.infer<typeof NoticeChannelsView>;

/** What the webhook is sent, as JSON: everything a gateway needs to send it, and no more of the resident than the phone it goes to. */
export interface NoticeMessage {
  /** The same on every try: a gateway that got it before answers 2xx and sends nothing again. */
  id: string;
  community: string;
  cause: NoticeCause;
  subject: { type: NoticeSubject; id: string };
  locale: Locale;
  /** The whole message, ready to send as an SMS. */
  text: string;
  /** What it is about: the event, room or shift. */
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  /** Why staff turned a booking down, or the centre cancelled it; only with `rejected` or `cancelled`. */
  reason?: string;
  to: {
    /** The number to send to. */
    phone: string;
    /** The same, masked (138****8000), for the gateway's logs. */
    phoneMasked: string;
  };
  createdAt: string;
}

export const NoticeStatus = z.enum(["pending", "delivered", "failed"]);
export type NoticeStatus = z.infer<typeof NoticeStatus>;

/** A notice as staff see it in the console: to whom (masked), why, and how its delivery went. */
export const ManagedNotice = z.object({
  id: z.string(),
  subject: NoticeSubject,
  subjectId: z.string(),
  cause: NoticeCause,
  channel: z.enum(["webhook", "email"]),
  recipient: z.string(),
  text: z.string(),
  status: NoticeStatus,
  attempts: Int,
  createdAt: Instant,
  nextAttemptAt: z.nullable(Instant),
  deliveredAt: z.nullable(Instant),
  lastError: z.nullable(z.string()),
});
export type ManagedNotice = z.infer<typeof ManagedNotice>;

/** `GET …/notices`: the latest first, a page at a time (`cursor` is the last id of the page before). */
export const NoticeListQuery = z.object({
  status: z.optional(NoticeStatus),
  limit: z.optional(QueryWholeNumber(1, 200)),
  cursor: z.optional(Text(200)),
});
export const NoticeList = z.object({ items: z.array(ManagedNotice), nextCursor: z.nullable(z.string()) });
export type NoticeList = z.infer<typeof NoticeList>;
