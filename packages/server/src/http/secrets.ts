import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A secret shown once (a resident's cancel token, the secret of a management key); only its hash is kept. */
export const newSecret = () => randomBytes(24).toString("base64url");

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Whether `secret` is the one whose hash was kept, compared in constant time. */
export function secretMatches(keptHash: string, secret: string | undefined): boolean {
  if (!secret) return false;
  const kept = Buffer.from(keptHash, "hex");
  const given = Buffer.from(hashSecret(secret), "hex");
  return kept.length === given.length && timingSafeEqual(kept, given);
}
