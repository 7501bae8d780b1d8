import { kitPolicy, parseInert } from "@community-kit/ui";
import type { Config } from "dompurify";

/**
 * What a description may keep of HTML: its text's structure, nothing that
 * can look like the page or the widget. Descriptions come from staff and
 * from other sites' feeds (`src=*.ics`); with style, form controls or media a
 * description could cover the page with a fake notice and link, no script
 * needed.
 */
const TEXT_STRUCTURE: Config = {
  ALLOWED_TAGS: ["p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "a"],
  ALLOWED_ATTR: ["href"],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** Whether a description is HTML (has a tag), rather than text. */
export function looksLikeHtml(text: string): boolean {
  return /<[a-z][\s\S]*>/i.test(text);
}

/** Text with character references (`&nbsp;`, `&mdash;`, `&amp;`, as CMSs write it) read as the characters they name. */
export function decodedText(text: string): string {
  if (!/&[#a-z0-9]+;/i.test(text)) return text;
  try {
    return parseInert(`<pre>${text.replace(/</g, "&lt;")}</pre>`).body.textContent ?? text;
  } catch {
    // A page enforcing Trusted Types without the kit's policy: the text as it came.
    return text;
  }
}

let linksOpenApart = false;

/** The description's HTML cleaned down to text structure; null when the page would not let it be parsed (Trusted Types without the kit's policy). */
export async function sanitizedDescription(description: string): Promise<string | null> {
  const { default: DOMPurify } = await import("dompurify");
  if (!linksOpenApart) {
    // Links leave the page in a tab of their own, and tell the site they go to nothing of it.
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName !== "A" || !node.hasAttribute("href")) return;
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    });
    linksOpenApart = true;
  }
  const policy = kitPolicy();
  try {
    // On a page enforcing Trusted Types, DOMPurify parses through the kit's policy rather than making its own.
    // The kit's policy is a real TrustedTypePolicy; ui describes it without the trusted-types typings DOMPurify's Config uses.
    return DOMPurify.sanitize(description, {
      ...TEXT_STRUCTURE,
      ...(policy ? { TRUSTED_TYPES_POLICY: policy as unknown as Config["TRUSTED_TYPES_POLICY"] } : {}),
    });
  } catch {
    return null;
  }
}
