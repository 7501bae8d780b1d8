import { Partner } from "@community-kit/schema";

/** The partners a page gave that are what the API returns; the others are left out. */
export function validPartners(partners: readonly unknown[]): Partner[] {
  return partners.flatMap((candidate) => {
    const parsed = Partner.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
}
