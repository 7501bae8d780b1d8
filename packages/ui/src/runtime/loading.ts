import type { ReactiveController, ReactiveControllerHost } from "lit";

export type LoadStatus = "idle" | "loading" | "ready" | "error";

/** refreshing: a saved copy is shown while the network answers; offline: it did not answer, and the copy stays. */
export type Staleness = "fresh" | "refreshing" | "offline";

export interface LoadContext<Value> {
  signal: AbortSignal;
  /** Shows a saved copy (the SDK's `onCached`) while the network is asked. */
  cached: (value: Value) => void;
}

export interface LoadTask<Args extends readonly unknown[], Value> {
  /** What to load, read before each render; undefined while it cannot be loaded (no API set). A change of any loads again. */
  args: () => Args | undefined;
  load: (args: Args, context: LoadContext<Value>) => Promise<Value>;
}

const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[]) => a?.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Loads what a widget shows, as `@lit/task` does (started before the render
 * when its arguments change, aborted when they change again or the widget
 * leaves), with what a resident's connection needs: a saved copy first, and
 * that copy kept with the offline notice when the network fails. The host
 * renders from its fields; nothing is set after a render.
 */
export class Loading<Args extends readonly unknown[], Value> implements ReactiveController {
  status: LoadStatus = "idle";
  staleness: Staleness = "fresh";
  value?: Value;
  error?: unknown;

  #args?: Args;
  #controller?: AbortController;
  /** Set by reload() and by leaving the page: what is shown stays, without a loading state, until the answer comes. */
  #quiet = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly task: LoadTask<Args, Value>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.task.args();
    if (args && !sameArgs(this.#args, args)) void this.#start(args);
  }

  hostDisconnected(): void {
    this.#controller?.abort();
    // Put back on the page, the widget asks again, showing what it had meanwhile.
    this.#again(true);
  }

  /** Forgets what failed and loads again, showing the loading state. */
  retry(): void {
    this.#again(false);
    this.host.requestUpdate();
  }

  /** Loads the same again (places changed), keeping what is shown until the answer comes. */
  reload(): void {
    this.#again(true);
    this.host.requestUpdate();
  }

  #again(quiet: boolean): void {
    this.#args = undefined;
    this.#quiet = quiet && this.value !== undefined;
  }

  async #start(args: Args): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    const { signal } = controller;
    this.#controller = controller;
    this.#args = args;
    if (!this.#quiet) this.status = "loading";
    this.#quiet = false;
    this.staleness = "fresh";
    let shown = this.status === "ready";
    const settle = (change: () => void) => {
      if (signal.aborted) return;
      change();
      this.host.requestUpdate();
    };
    const cached = (value: Value) =>
      settle(() => {
        shown = true;
        this.value = value;
        this.status = "ready";
        this.staleness = "refreshing";
      });
    try {
      const value = await this.task.load(args, { signal, cached });
      settle(() => {
        this.value = value;
        this.status = "ready";
        this.staleness = "fresh";
        this.error = undefined;
      });
    } catch (error) {
      settle(() => {
        this.error = error;
        if (shown) this.staleness = "offline";
        else this.status = "error";
      });
    }
  }
}
