import type { FieldError } from "@community-kit/schema";
import { secretMatches } from "./http/secrets.js";

/**
 * Why a write was not done, as the one who asked is told: a stable code, a
 * short title, what happened, and the fields at fault. It says nothing of
 * HTTP: each route gives the codes of its operation their statuses.
 */
export interface Refusal<Code extends string = string> {
  code: Code;
  title: string;
  detail: string;
  errors?: FieldError[];
  /** What the answer adds (RFC 9457 §3.2): the next free times, the shift that overlaps. */
  extensions?: Record<string, unknown>;
}

/** A write's outcome: what it did, or why it did nothing. */
export type Outcome<Done, Code extends string> = { done: Done; refused?: never } | { refused: Refusal<Code>; done?: never };

/** A refusal on its way out of a write transaction, which rolls back what the write did so far. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.detail);
  }
}

/** Refuses with one of `Code`. Declare it with this type (`const refuse: Refuser<…> = refuserOf()`) so that code after it knows it did not return. */
export type Refuser<Code extends string> = (code: Code, title: string, detail: string, more?: Pick<Refusal, "errors" | "extensions">) => never;

/** A write's refuser: its refusals are named in its type. */
export const refuserOf =
  <Code extends string>(): Refuser<Code> =>
  (code, title, detail, more = {}) => {
    throw new Refused({ code, title, detail, ...more });
  };

/** What to check, for a refusal that names fields. */
export const checkFields = (errors: FieldError[]): string => `Check ${[...new Set(errors.map((error) => error.field))].join(", ")}`;

/** Refuses because fields of the request are at fault, each named. */
export function refuseFields(errors: FieldError[]): never {
  return refuserOf<"invalid_body">()("invalid_body", "Invalid request body", checkFields(errors), { errors });
}

/**
 * Who cancels a resident's own booking, registration or sign-up: the one with
 * its Cancel-Token, staff on their request, or the one who gave its short code
 * with the phone number it was made with.
 */
export interface CancelledBy {
  cancelToken: string | undefined;
  byStaff?: boolean;
  byShortCode?: boolean;
}

/** Refuses unless `by` holds the cancel token of the `what` whose hash was kept, or proved its right otherwise. */
export function requireCancelToken(keptHash: string, by: CancelledBy, what: string): void {
  if (by.byStaff || by.byShortCode || secretMatches(keptHash, by.cancelToken)) return;
  refuserOf<"invalid_cancel_token">()("invalid_cancel_token", "Wrong cancel token", `The Cancel-Token header does not match this ${what}`);
}

/** Runs a write: what it did, or the refusal it threw (anything else still throws). */
export async function outcomeOf<Done, Code extends string>(write: () => Promise<Done>): Promise<Outcome<Done, Code>> {
  try {
    return { done: await write() };
  } catch (error) {
    if (error instanceof Refused) return { refused: error.refusal as Refusal<Code> };
    throw error;
  }
}
