// The kit's Trusted Types policy, "community-kit", made the first time a widget
// needs it (only the calendar does). A page that enforces Trusted Types lists it
// in its trusted-types directive. It serves three things, none of which runs
// what it is given: parsing HTML into an inert document to read its text,
// DOMPurify's own parsing, and the JSON-LD block for search engines. It makes
// no script URL.

/** What a Trusted Types policy makes: a value the DOM's sinks take in place of a string. */
type Trusted = string;

export interface KitPolicy {
  readonly name: string;
  createHTML(html: string): Trusted;
  createScript(script: string): Trusted;
  createScriptURL(url: string): Trusted;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: Omit<KitPolicy, "name">): KitPolicy;
}

let policy: KitPolicy | null | undefined;

/** The policy where the browser has Trusted Types and the page allows it; undefined elsewhere. */
export function kitPolicy(): KitPolicy | undefined {
  if (policy === undefined) {
    const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy =
        trustedTypes?.createPolicy("community-kit", {
          createHTML: (html) => html,
          createScript: (script) => script,
          createScriptURL: () => {
            throw new TypeError("Community Kit makes no script URLs");
          },
        }) ?? null;
    } catch {
      // The page's trusted-types directive does not list "community-kit": its sinks refuse plain strings.
      policy = null;
    }
  }
  return policy ?? undefined;
}

/** An inert document made from HTML, to read its text: nothing in it runs or loads. Throws where the page refuses the HTML. */
export function parseInert(html: string): Document {
  return new DOMParser().parseFromString(kitPolicy()?.createHTML(html) ?? html, "text/html");
}

/** The text of a data block (`<script type="application/ld+json">`), which is never run. */
export function dataBlockText(json: string): string {
  return kitPolicy()?.createScript(json) ?? json;
}
