// What a name or title may not hold, as regular-expression ranges: one list for the schemas' checks,
// the API document's patterns and the import's clean-up. No imports, so the feed reader carries no zod.

/** Control characters: C0 (line breaks and tabs too), DEL and C1. */
export const CONTROL = String.raw`\u0000-\u001f\u007f-\u009f`;

/** Bidi embeddings, overrides and isolates, which turn the text around them. */
export const BIDI_CONTROL = String.raw`\u202a-\u202e\u2066-\u2069`;

/** Characters that show nothing, beside white space: zero-width ones and fillers. */
export const INVISIBLE = String.raw`\u200b-\u200d\u2060\ufeff\u180e\u3164\u115f\u1160`;
