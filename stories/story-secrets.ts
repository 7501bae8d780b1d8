import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from "@community-kit/schema";

/** What the stories' API answers a write with, as the server does: a cancel token and a short code. */
export function storySecrets() {
  const shortCode = Array.from(
    crypto.getRandomValues(new Uint8Array(SHORT_CODE_LENGTH)),
    (byte) => SHORT_CODE_ALPHABET[byte % SHORT_CODE_ALPHABET.length],
  ).join("");
  return { cancelToken: crypto.randomUUID().replaceAll("-", ""), shortCode };
}
