import { randomInt } from "node:crypto";
import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from "@community-kit/schema";
import { hashSecret, newSecret } from "../http/secrets.js";

/** A fresh short code, canonical (no dash): each character drawn evenly from the alphabet by the system's CSPRNG. */
export function newShortCode(): string {
  let code = "";
  for (let index = 0; index < SHORT_CODE_LENGTH; index++) code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return code;
}

/** What is kept of a short code: its hash together with the (normalized) phone number, so that it finds nothing without it. */
export const shortCodeHash = (code: string, phone: string) => hashSecret(`${code}\u0000${phone}`);

/** The secrets a resident's write answers with, once (`answer`), and what its row keeps of them (`kept`). */
export function residentSecrets(phone: string) {
  const cancelToken = newSecret();
  const shortCode = newShortCode();
  return {
    answer: { cancelToken, shortCode },
    kept: { cancel_token_hash: hashSecret(cancelToken), short_code_hash: shortCodeHash(shortCode, phone) },
  };
}
