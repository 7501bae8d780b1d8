import { expect, waitUntil } from "@open-wc/testing";

const CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/;

/** Puts a clipboard in place of the browser's for the time of `use`: one that takes what is written, or one that refuses. */
async function withClipboard(writeText: (text: string) => Promise<void>, use: () => Promise<void>): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  try {
    await use();
  } finally {
    if (own) Object.defineProperty(navigator, "clipboard", own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

/**
 * What a resident sees after a write: the short code in two groups of four,
 * large enough to read out, a note that names where the device keeps it
 * (`mine`), and a copy button that copies it, or selects it where the page may
 * not write to the clipboard. Returns the code.
 */
export async function expectReceipt(root: ShadowRoot, mine: string): Promise<string> {
  await waitUntil(() => root.querySelector('[part~="short-code"]'), "no short code shown");
  const code = root.querySelector<HTMLElement>('[part~="short-code"]')!;
  const shortCode = code.textContent!.trim();
  expect(shortCode).to.match(CODE);
  expect(Number.parseFloat(getComputedStyle(code).fontSize)).to.be.at.least(20);
  expect(root.querySelector('[part~="receipt"]')!.nextElementSibling!.textContent).to.contain(mine);
  const copy = root.querySelector<HTMLButtonElement>('[part~="copy-code"]')!;
  const status = () => copy.nextElementSibling!.textContent;

  let copied = "";
  await withClipboard(
    async (text) => {
      copied = text;
    },
    async () => {
      copy.click();
      await waitUntil(() => copied, "nothing was copied");
    },
  );
  expect(copied).to.equal(shortCode);
  expect(status()).to.match(/已复制|已複製|Copied/);

  await withClipboard(
    () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")),
    async () => {
      copy.click();
      await waitUntil(() => /已选中|已選取|Selected/.test(status() ?? ""), "the code was not selected instead");
    },
  );
  expect(getSelection()!.toString()).to.equal(shortCode);
  return shortCode;
}
