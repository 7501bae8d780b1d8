// A module of its own: only the forms that take an address load it.

/** The e-mail addresses the API has always taken: zod's own pattern lets a domain label end in a hyphen, which the `email` format does not. */
export const EMAIL_PATTERN = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/;
