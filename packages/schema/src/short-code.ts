import * as z from "zod/mini";
import { checked, maxCodePoints } from "./checked.js";
import { Instant, Int } from "./common.js";
import { PhoneNumber } from "./registration.js";

/**
 * The letters and digits of a short code: none that a resident reading it out,
 * or a clerk writing it down, could take for another (no 0/O, 1/I/L).
 */
export const SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const SHORT_CODE_LENGTH = 8;

/** A short code as typed: any case, with spaces or dashes anywhere; its canonical form has neither. */
export const normalizeShortCode = (input: string) => input.replace(/[\s\-\u2010-\u2015\uFF0D]/g, "").toUpperCase();

const isShortCode = (code: string) => code.length === SHORT_CODE_LENGTH && [...code].every((character) => SHORT_CODE_ALPHABET.includes(character));

/** A short code as it is read out and shown: two groups of four. */
export const formatShortCode = (code: string) => `${code.slice(0, SHORT_CODE_LENGTH / 2)}-${code.slice(SHORT_CODE_LENGTH / 2)}`;

export const ShortCode = z.pipe(
  checked(
    z.string(),
    maxCodePoints(24),
    z.refine((input) => isShortCode(normalizeShortCode(input)), `Not a short code: ${SHORT_CODE_LENGTH} of ${SHORT_CODE_ALPHABET}`),
  ),
  z.transform(normalizeShortCode),
);

/** Body of `POST …/cancellations`: the short code a write answered with, and the phone number it was made with. */
export const CancelByCodeRequest = z.object({ code: ShortCode, phone: PhoneNumber });
export type CancelByCodeRequest = z.input<typeof CancelByCodeRequest>;

/** What a short code cancelled: the resident hears what and when, never who. */
export const CancelByCodeResult = z.object({
  kind: z.enum(["registration", "booking", "signup"]),
  id: z.string(),
  /** The event's title, the room's name, the shift's opportunity. */
  title: z.string(),
  start: Instant,
  end: Instant,
});
export type CancelByCodeResult = z.infer<typeof CancelByCodeResult>;

/**
 * `POST …/status-by-code` (a POST, so that the phone number is never in a URL): where what a short
 * code names stands now, for a resident on another device or staff on the phone. What it is and
 * when, its state (a booking's "confirmed" is approved where it needed approval), its place on a
 * waitlist, why staff turned a booking down or called a shift off, and whether the event or shift was
 * called off; never who.
 */
export const CodeStatus = z.object({
  ...CancelByCodeResult.shape,
  status: z.enum(["confirmed", "waitlisted", "pending", "rejected", "cancelled"]),
  position: z.optional(Int),
  reason: z.optional(z.string()),
  eventCancelled: z.optional(z.boolean()),
});
export type CodeStatus = z.infer<typeof CodeStatus>;
