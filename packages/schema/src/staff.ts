import * as z from "zod/mini";
import { checked } from "./checked.js";
import { Slug, Text } from "./common.js";

/**
 * What a person who runs a community may do in the console: admin everything (staff, keys, origins,
 * personal data); editor events, partners, rooms and equipment; coordinator registrations and
 * check-in, booking approvals, volunteers and their hours.
 */
export const StaffRole = z.enum(["admin", "editor", "coordinator"]);
export type StaffRole = z.infer<typeof StaffRole>;

/** A password as typed: long enough to be one, short enough that hashing it is no attack. */
const PasswordText = checked(z.string(), z.minLength(1), z.maxLength(200));

/** Body of `POST /v1/staff/session`: who signs in, to which community. */
export const StaffSignIn = z.object({ community: Slug, name: Text(100, 1), password: PasswordText });
export interface StaffSignIn extends z.infer<typeof StaffSignIn> {}

/** Who is signed in (`GET /v1/staff/session`, and the answer to signing in). */
export const StaffSession = z.object({
  community: Slug,
  name: z.string(),
  role: StaffRole,
  /** The account still has the one-time password it was made with: nothing else is allowed until it is changed. */
  mustChangePassword: z.boolean(),
});
export interface StaffSession extends z.infer<typeof StaffSession> {}

/** At least 12 characters, as NIST SP 800-63B recommends for passwords chosen by their users (it asks no mix of kinds). */
export const MIN_PASSWORD_LENGTH = 12;

/** Body of `PUT /v1/staff/password`: the password now, and the new one. */
export const PasswordChange = z.object({
  current: PasswordText,
  next: checked(z.string(), z.minLength(MIN_PASSWORD_LENGTH), z.maxLength(200)),
});
export interface PasswordChange extends z.infer<typeof PasswordChange> {}

/** A member of staff as an admin sees them: never their password, which is not kept. */
export const StaffAccount = z.object({
  id: z.string(),
  name: z.string(),
  role: StaffRole,
  createdAt: z.string(),
  /** Still has the one-time password it was made (or reset) with. */
  mustChangePassword: z.boolean(),
  /** When the account stopped working; null while it works. */
  disabledAt: z.nullable(z.string()),
});
export interface StaffAccount extends z.infer<typeof StaffAccount> {}
export const StaffAccountList = z.object({ items: z.array(StaffAccount) });

/** Body of `POST …/staff`: who joins, in which role. */
export const NewStaffAccount = z.object({ name: Text(100, 1), role: StaffRole });
export interface NewStaffAccount extends z.infer<typeof NewStaffAccount> {}

/** Body of `PATCH …/staff/{id}`: a new role. */
export const StaffAccountChange = z.object({ role: StaffRole });

/** An account made or reset: its one-time password, shown this once, to be changed at the next sign-in. */
export const StaffCredentials = z.object({ account: StaffAccount, password: z.string() });
export interface StaffCredentials extends z.infer<typeof StaffCredentials> {}
