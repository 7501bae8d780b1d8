import type { ReactiveControllerHost } from "lit";

/**
 * A part of a widget loaded on first use (a form, a view, "my" list): its
 * code is fetched once, the widget renders again when it is here, and a load
 * that failed is tried again the next time the part is asked for.
 */
export class LazyPart<Part> {
  /** The part, once loaded. */
  value?: Part;
  #loading?: Promise<Part>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<Part>,
  ) {}

  get(): Promise<Part> {
    this.#loading ??= this.load().then(
      (part) => {
        this.value = part;
        this.host.requestUpdate();
        return part;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}
