import type { Locale } from "@community-kit/schema";

/** How a resident's wish to be told is kept with what they asked for: an address only with the wish, as nothing else needs it. */
export function consentColumns(request: { notify?: boolean; email?: string; locale?: Locale }) {
  return { notify: request.notify ? 1 : 0, email: request.notify ? (request.email ?? null) : null, locale: request.locale ?? null };
}
