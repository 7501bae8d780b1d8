import { formatShortCode } from "@community-kit/schema";
import { css, html } from "lit";
import { maskPhone } from "../format/mask-phone.js";
import type { SupportedLocale } from "../localize/locale.js";
import { Localizer, type LocalizedMessages } from "../localize/messages.js";

type ReceiptMessages = { phone: string; code: string; copy: string; copied: string; selected: string };

const receiptMessages: LocalizedMessages<ReceiptMessages> = {
  "zh-CN": { phone: "手机号码", code: "取消码", copy: "复制", copied: "已复制", selected: "已选中，请复制" },
  "zh-Hant": { phone: "手機號碼", code: "取消碼", copy: "複製", copied: "已複製", selected: "已選取，請複製" },
  en: { phone: "Mobile number", code: "Cancel code", copy: "Copy", copied: "Copied", selected: "Selected: copy it" },
};

/** Adopted by the widget when this module loads (loadReceipt), so that no entry carries them. */
export const receiptStyles = css`
  .receipt > div {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.5em;
  }
  .receipt dt {
    font-weight: 600;
  }
  .receipt dd {
    margin: 0;
  }
  .receipt__code-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  /* Read out over the phone: large, spaced, and letters that cannot be taken for digits. */
  .receipt__code {
    font: 700 1.5em/1.2 ui-monospace, Menlo, Consolas, monospace;
    letter-spacing: 0.1em;
    white-space: nowrap;
    user-select: all;
  }
  .receipt__note {
    margin: 0 0 1em;
  }
`;

/** What a receipt shows: the phone the write was made with, its short code, and where else the resident finds it. */
export interface Receipt {
  phone: string;
  shortCode: string;
  /** How the code is used, and the "my …" list on this device that keeps it. */
  note: string;
}

/**
 * Copies the code beside the button, and says so in the status after it. Where
 * the page may not write to the clipboard (plain http, an old browser), the code
 * is selected instead for the resident to copy.
 */
async function copyCode(event: Event, t: Localizer<ReceiptMessages>): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  const code = button.previousElementSibling as HTMLElement;
  const status = button.nextElementSibling as HTMLElement;
  try {
    await navigator.clipboard.writeText(code.textContent ?? "");
    status.textContent = t.t("copied");
  } catch {
    getSelection()?.selectAllChildren(code);
    status.textContent = t.t("selected");
  }
}

/**
 * The facts a resident keeps after registering, booking or signing up: the
 * phone number (masked) and the short code, in two groups of four, large, with
 * a copy button. The code with that phone cancels it, on any device or by
 * calling the centre.
 */
export function writeReceipt(receipt: Receipt, locale: SupportedLocale) {
  const t = new Localizer<ReceiptMessages>(receiptMessages, locale);
  return html`<dl class="receipt" part="receipt">
      <div><dt>${t.t("phone")}</dt><dd>${maskPhone(receipt.phone)}</dd></div>
      <div>
        <dt>${t.t("code")}</dt>
        <dd class="receipt__code-row">
          <code class="receipt__code" part="short-code">${formatShortCode(receipt.shortCode)}</code>
          <button type="button" class="button receipt__copy" part="button copy-code" @click=${(event: Event) => copyCode(event, t)}>${t.t("copy")}</button>
          <span class="receipt__copied" role="status"></span>
        </dd>
      </div>
    </dl>
    <p class="receipt__note">${receipt.note}</p>`;
}
