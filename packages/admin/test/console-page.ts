import { fixture, waitUntil } from "@open-wc/testing";
import "../src/define.js";
import type { CommunityAdmin } from "../src/community-admin.js";

/** The test server's API on the test page's own origin, as the server serves the console beside it (web-test-runner.config.mjs). */
export const CONSOLE_API = `${location.origin}/console-api`;

/** The demo's staff of 太和社区, one of each role. */
export const STAFF = {
  admin: { name: "王芳", password: "taihe-admin-demo" },
  editor: { name: "李娜", password: "taihe-editor-demo" },
  coordinator: { name: "张伟", password: "taihe-coordinator-demo" },
} as const;

/** The console's "now": Monday 7 December 2026, 09:00 in Beijing. */
export const NOW = new Date("2026-12-07T01:00:00Z");

/** What `act` offered to save as a file, as the browser's download would have it. */
export async function savedFile(act: () => void): Promise<Blob> {
  const saved: Blob[] = [];
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return createObjectURL(blob);
  };
  try {
    act();
    await waitUntil(() => saved.length === 1, "nothing was offered to save");
  } finally {
    URL.createObjectURL = createObjectURL;
  }
  return saved[0]!;
}

/** Ends this browser's session, as an expiry does: the cookie is gone. */
export const forgetSession = () => fetch(`${CONSOLE_API}/__forget`);
export const goOffline = () => fetch(`${CONSOLE_API}/__offline`);
export const goOnline = () => fetch(`${CONSOLE_API}/__online`);
/** Keeps the community's own answer (its zone, its categories) from the console until released: a slow connection. */
export const holdCommunity = () => fetch(`${CONSOLE_API}/__hold-community`);
export const releaseCommunity = () => fetch(`${CONSOLE_API}/__release-community`);

/** The console as staff see and use it: fields found by their labels, buttons by their words. */
export class ConsolePage {
  constructor(readonly element: CommunityAdmin) {}

  static async open(attributes = ""): Promise<ConsolePage> {
    await forgetSession();
    await goOnline();
    await releaseCommunity();
    const element = await fixture<CommunityAdmin>(`<community-admin api="${CONSOLE_API}" community="taihe" ${attributes}></community-admin>`);
    element.clock = { now: () => NOW };
    const page = new ConsolePage(element);
    await waitUntil(() => page.root.querySelector("form#sign-in, .console__header"), "the console did not start", { timeout: 8000 });
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The screen in the console's body, once shown. */
  get screen(): ShadowRoot | null {
    return this.root.querySelector(".console__screen")?.shadowRoot ?? null;
  }

  text(): string {
    return `${this.root.textContent} ${this.screen?.textContent ?? ""}`.replace(/\s+/g, " ");
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
    const screen = this.root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(".console__screen");
    await screen?.updateComplete;
  }

  /** The field labelled `label` in the console or its screen. */
  field<Field extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement = HTMLInputElement>(label: string): Field {
    for (const root of [this.screen, this.root]) {
      const found = [...(root?.querySelectorAll("label") ?? [])].find((candidate) => candidate.textContent!.trim() === label);
      if (found) return (found.control ?? root!.getElementById(found.htmlFor)) as Field;
    }
    throw new Error(`no field labelled ${label}`);
  }

  async fill(label: string, value: string): Promise<void> {
    const field = this.field(label);
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    field.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
    await this.settle();
  }

  async tick(label: string, checked = true): Promise<void> {
    const box = this.field(label);
    box.checked = checked;
    box.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
    await this.settle();
  }

  async choose(label: string, value: string): Promise<void> {
    const field = this.field<HTMLSelectElement>(label);
    field.value = value;
    field.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
    await this.settle();
  }

  button(name: string, within: ParentNode | null = null): HTMLButtonElement {
    const roots = within ? [within] : [this.screen, this.root];
    for (const root of roots) {
      const found = [...(root?.querySelectorAll("button") ?? [])].find((candidate) => [fullText(candidate), visibleText(candidate)].includes(name));
      if (found) return found;
    }
    throw new Error(`no button ${name}`);
  }

  async click(name: string, within: ParentNode | null = null): Promise<void> {
    this.button(name, within).click();
    await this.settle();
  }

  async signIn(who: { name: string; password: string }): Promise<void> {
    await this.fill("姓名", who.name);
    await this.fill("密码", who.password);
    await this.click("登录");
    await waitUntil(() => this.root.querySelector(".console__header, [part~='password-change'], .error-summary"), "no answer to signing in", {
      timeout: 8000,
    });
  }

  /** Waits for the screen to show what it loaded. */
  async screenReady(): Promise<void> {
    await waitUntil(() => this.screen && !this.screen.querySelector("[aria-busy='true']") && this.screen.querySelector("h2"), "the screen did not load", {
      timeout: 8000,
    });
    await this.settle();
  }
}

/** Types into the field labelled `label` in `root`: a panel nested in a screen. */
export function type(root: ShadowRoot, label: string, value: string): void {
  const field = [...root.querySelectorAll("label")].find((candidate) => candidate.textContent!.trim() === label)!.control as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event("input"));
  field.dispatchEvent(new Event("change"));
}

/** Presses the button in `root` whose words start with `name`. */
export const press = (root: ParentNode, name: string): void =>
  [...root.querySelectorAll("button")].find((button) => button.textContent!.replace(/\s+/g, " ").trim().startsWith(name))!.click();

const fullText = (element: Element) => element.textContent!.replace(/\s+/g, " ").trim();

/** What a button shows, without the words only a screen reader hears (which row it acts on). */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
  return fullText(copy);
}
