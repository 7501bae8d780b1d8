import { Partner } from "@community-kit/schema";
import * as v from "valibot";

/** The partners a page gave that are what the API returns; the others are left out. */
export function validPartners(partners: readonly unknown[]): Partner[] {
  return partners.flatMap((candidate) => {
    const parsed = v.safeParse(Partner, candidate);
    return parsed.success ? [parsed.output] : [];
  });
}
