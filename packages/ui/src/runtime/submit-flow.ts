import { newIdempotencyKey } from "@community-kit/sdk";
import { loadReceipt } from "../form/receipt.js";
import { sendOrWait } from "./send-or-wait.js";

/** What a resident's form shows: what was typed, the errors beside the fields, a problem for the summary, and the outcome. */
export interface SubmitState<Form = unknown, Done = unknown> {
  form: Form;
  errors: Partial<Record<string, string>>;
  /** A problem with the whole submission (offline, closed, taken), shown in the summary. */
  problem?: string;
  submitting: boolean;
  /** Kept on this device by the SDK until it can be sent; the answer replaces it. */
  queued?: boolean;
  done?: Done;
}

export interface SubmitFlowHost {
  requestUpdate(): void;
  /** Where styles loaded later (the receipt's) are adopted: the widget's shadow root. */
  stylesRoot(): HTMLElement | DocumentFragment;
  /** Focuses what matches `selector` once the widget has rendered. */
  focusAfterRender(selector: string): Promise<void>;
}

/** One kind of write a form makes: how it is checked, sent, and what its answer or failure shows. */
export interface Submission<State extends SubmitState, Request, Result> {
  /** The form checked against the API's schema: the request, or the errors to show. */
  check(form: State["form"]): { errors: State["errors"]; request?: Request };
  /** What makes a resend the same request, so that it keeps its Idempotency-Key: the request itself unless said. */
  identity?(request: Request): unknown;
  send(request: Request, idempotencyKey: string): Promise<Result>;
  /** The write waits on the device until the connection returns. */
  queued?(): void;
  /** The server's answer as the outcome shown; `later` when it came through the outbox. */
  succeeded(result: Result, request: Request, later: boolean): State["done"];
  /** A failure as messages for the summary and the fields. */
  failed(error: unknown): Partial<State>;
  /** False once the resident moved on (another event) while a kept write waited: its answer is not shown then. */
  current?(): boolean;
  /** The outcome's heading, focused after success. */
  doneFocus: string;
  /** What is focused after a failure: the error summary unless said. */
  failureFocus?(failure: Partial<State>): string;
  /** What else a new attempt clears (the alternatives of a taken time). */
  clears?: Partial<State>;
}

const SUMMARY = ".error-summary";

/** A form as it starts: what it holds, nothing wrong, nothing sent. */
const freshState = <State extends SubmitState>(form: State["form"]) => ({ form, errors: {}, submitting: false }) as State;

/**
 * The submit of every resident's form, written once: check, one
 * Idempotency-Key per distinct request (resending what was sent replays the
 * first answer, never writes twice), send or keep on the device, then the
 * outcome (its receipt's code loaded meanwhile) or the failure, with focus
 * where a screen reader user needs it.
 * What was typed stays through every failure.
 */
export class SubmitFlow<State extends SubmitState> {
  state: State;
  #idempotency?: { key: string; request: string };

  /** Starts with `form` empty as the widget makes it. */
  constructor(
    protected readonly host: SubmitFlowHost,
    form: State["form"],
  ) {
    this.state = freshState(form);
  }

  protected set(state: Partial<State>): void {
    this.state = { ...this.state, ...state };
    this.host.requestUpdate();
  }

  /** Starts over for another subject (another event): a fresh form and key. */
  reset(form: State["form"]): void {
    this.#idempotency = undefined;
    this.state = freshState(form);
    this.host.requestUpdate();
  }

  input(field: keyof State["form"] & string, value: unknown): void {
    this.set({ form: { ...(this.state.form as object), [field]: value } } as Partial<State>);
  }

  async send<Request, Result>(submission: Submission<State, Request, Result>): Promise<void> {
    if (this.state.submitting) return;
    const clears = { errors: {}, problem: undefined, ...submission.clears } as Partial<State>;
    const { errors, request } = submission.check(this.state.form);
    if (request === undefined) {
      this.set({ ...clears, errors });
      return this.host.focusAfterRender(SUMMARY);
    }
    const sent = JSON.stringify(submission.identity ? submission.identity(request) : request);
    if (this.#idempotency?.request !== sent) this.#idempotency = { key: newIdempotencyKey(), request: sent };
    const key = this.#idempotency.key;
    this.set({ ...clears, submitting: true } as Partial<State>);
    const receiptLoaded = loadReceipt(this.host.stylesRoot());
    const current = () => submission.current?.() ?? true;
    try {
      const { result, later } = await sendOrWait(
        () => submission.send(request, key),
        () => {
          this.set({ submitting: false, queued: true } as Partial<State>);
          submission.queued?.();
        },
      );
      await receiptLoaded;
      if (!current()) return;
      this.set({ submitting: false, queued: false, done: submission.succeeded(result, request, later) } as Partial<State>);
      void this.host.focusAfterRender(submission.doneFocus);
    } catch (error) {
      if (!current()) return;
      const failure = submission.failed(error);
      this.set({ submitting: false, queued: false, ...failure } as Partial<State>);
      void this.host.focusAfterRender(submission.failureFocus?.(failure) ?? SUMMARY);
    }
  }
}
