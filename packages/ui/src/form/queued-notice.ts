import { html } from "lit";
import type { SupportedLocale } from "../localize/locale.js";
import { Localizer } from "../localize/messages.js";
import { type SubmitMessages, submitMessages } from "./submit-failure.js";

const words = (locale: SupportedLocale) => new Localizer<SubmitMessages>(submitMessages, locale);

/** What a form says, read out politely, while its write waits on the device to be sent. */
export function queuedNotice(locale: SupportedLocale, part: string) {
  return html`<p class="queued" part=${part} role="status">${words(locale).t("queued")}</p>`;
}

/** Its send button's words meanwhile (the button is disabled). */
export const queuedButtonText = (locale: SupportedLocale) => words(locale).t("queuedButton");
