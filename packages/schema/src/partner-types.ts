/** The kinds of co-building partner (党建联建单位); a module of its own, so that widgets take the list without zod. */
export const PARTNER_TYPES = ["school", "enterprise", "hospital", "social-organisation", "government", "cultural-site"] as const;
