import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** argon2id with OWASP's first recommended setting: 19 MiB, two passes, one lane (Password Storage Cheat Sheet). */
// Algorithm.Argon2id, a const enum that isolated modules cannot read: 2.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A password's hash as argon2id writes it (the PHC string, with its salt and settings). */
export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2ID);

/**
 * A hash of no one's password, verified against when there is no account, so that a wrong name takes
 * as long as a wrong password. Made at the first such sign-in, not whenever the module loads (every
 * CLI command, every server start).
 */
let nobody: Promise<string> | undefined;

/** Whether `password` is the one `kept` was made from; with no account, false after the same work. */
export async function passwordMatches(kept: string | undefined, password: string): Promise<boolean> {
  if (kept === undefined) nobody ??= hashPassword("no account has this password");
  const matches = await verify(kept ?? (await nobody!), password).catch(() => false);
  return kept !== undefined && matches;
}

/** Letters and digits that cannot be read as one another (no 0/O, 1/l/I), for a password read off a screen or a phone. */
const READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password for a new account, in four groups of four (about 92 bits): changed at the first sign-in. */
export function oneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(""));
  return groups.join("-");
}
