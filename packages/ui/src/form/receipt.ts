import { formatShortCode } from "@community-kit/schema";
import { html } from "lit";
import type { SupportedLocale } from "../localize/locale.js";
import { adoptLater } from "../theme/adopt-later.js";
import type { Receipt } from "./write-receipt.js";

export type { Receipt };

let loaded: typeof import("./write-receipt.js") | undefined;

/**
 * Loads the receipt's code and styles (adopted in `root`) with a write as it
 * is sent, so that they are here when the answer is; never rejects.
 */
export const loadReceipt = (root: HTMLElement | DocumentFragment): Promise<unknown> =>
  import("./write-receipt.js").then(
    (module) => {
      if ("adoptedStyleSheets" in root) adoptLater(root as ShadowRoot, module.receiptStyles);
      loaded = module;
    },
    () => undefined,
  );

/** The receipt after a write (writeReceipt); the short code alone where its code could not be loaded (offline). */
export const receipt = (facts: Receipt, locale: SupportedLocale) =>
  loaded ? loaded.writeReceipt(facts, locale) : html`<p class="receipt__code">${formatShortCode(facts.shortCode)}</p><p>${facts.note}</p>`;
