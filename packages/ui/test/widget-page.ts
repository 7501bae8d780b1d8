import { aTimeout, waitUntil } from "@open-wc/testing";

// What every widget's component tests share: the reference server they run against, and the
// base of their page objects, so that a test reads as what a resident sees and does.

declare global {
  interface Window {
    /** The reference server web-test-runner.config.mjs starts, seeded with the demo communities. */
    CK_TEST_API: string;
    /** A management key of 太和社区 on that server. */
    CK_TEST_KEY: string;
    /** Events a month ahead on that server that take registrations: two places each, parties of up to two. */
    CK_TEST_UPCOMING: Array<{ id: string; title: string; day: string }>;
    /** An event on that server the community has called off, two days after those. */
    CK_TEST_CANCELLED: { id: string; title: string; day: string };
    /** An event on that server that took registrations and has closed them, the day after that. */
    CK_TEST_CLOSED: { id: string; title: string; day: string };
  }
}

export const testApi = () => window.CK_TEST_API;
export const testKey = () => window.CK_TEST_KEY;

/** `api` and `community` for a widget's attributes, the test server's 太和社区 unless `attributes` names its own. */
export function sourceAttributes(attributes: string): string {
  return [attributes.includes("community=") ? "" : 'community="taihe"', attributes.includes("api=") ? "" : `api="${testApi()}"`].join(" ");
}

/** What every page object of a widget, or of a dialog inside one, does the same way. */
export abstract class WidgetPage {
  abstract get root(): ShadowRoot;

  /** Waits for the widget (or dialog) to finish rendering what it was told. */
  async settle(): Promise<void> {
    await (this.root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  }

  /** Waits until what the widget shows is the server's answer: nothing loading, no saved copy being refreshed. */
  async loaded(what = "the widget did not load"): Promise<void> {
    await waitUntil(() => !this.root.querySelector('[aria-busy="true"], [part~="refreshing"]'), what, { timeout: 8000 });
    await this.settle();
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  /** The text of what `selector` matches in `within` (the whole widget without one), its white space as single spaces. */
  text(selector?: string, within: ParentNode = this.root): string {
    const node = selector ? within.querySelector(selector) : within;
    return node?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  }

  async pause(ms = 50): Promise<void> {
    await aTimeout(ms);
  }
}

/**
 * A page object with one of the kit's forms: each field is `#<form>-<name>`
 * with its error beside it at `#<form>-<name>-error`, and the submit button
 * stays disabled while the form is sending.
 */
export abstract class FormPage<Field extends string> extends WidgetPage {
  /** The form's name in its fields' ids: booking, registration, signup. */
  protected abstract readonly form: string;
  /** The form's submit button. */
  protected abstract readonly submitButton: string;

  field(name: Field): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>(`#${this.form}-${name}`)!;
  }

  /** Types into a field, or chooses in a select, as a resident does. */
  async type(name: Field, value: string): Promise<void> {
    const input = this.field(name);
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === "SELECT" ? "change" : "input"));
    await this.settle();
  }

  /** Ticks (or unticks) a checkbox. */
  async tick(name: Field): Promise<void> {
    this.field(name).click();
    await this.settle();
  }

  /** Sends the form and waits until it has its answer. */
  async submit(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>(this.submitButton)!.click();
    await this.settle();
    await waitUntil(() => !this.root.querySelector<HTMLButtonElement>(this.submitButton)?.disabled, "still sending", { timeout: 8000 });
    await this.settle();
  }

  /** The error shown beside a field, if any. */
  errorBeside(name: Field): string {
    return this.root.querySelector(`#${this.form}-${name}-error`)?.textContent?.trim() ?? "";
  }

  /** The links of the error summary, which lead to the fields at fault. */
  summaryLinks(): string[] {
    return [...this.root.querySelectorAll(".error-summary a")].map((link) => link.textContent!.trim());
  }
}
