/** Latin letters and digits of a text as a slug (`Chair yoga` → `chair-yoga`); empty for a text in Chinese. */
export function slugify(text: string, maxLength = 40): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength);
}
