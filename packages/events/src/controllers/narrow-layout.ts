import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Whether the widget is narrower than `width` (a phone, a sidebar), read from
 * its own size, not the window's: the calendar then shows its list.
 */
export class NarrowLayout implements ReactiveController {
  narrow = false;
  #observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated: boolean },
    private readonly width: number,
    /** Where an error in the observer goes: the widget's error state, never the page. */
    private readonly guard: <Args extends unknown[]>(work: (...args: Args) => void) => (...args: Args) => void,
  ) {
    host.addController(this);
  }

  /** Known before the first render, so that a phone never draws the month first and the list after (a layout shift). */
  #measure(): void {
    const width = this.host.clientWidth;
    if (width > 0) this.narrow = width < this.width;
  }

  hostUpdate(): void {
    // A framework may connect the widget before its tree is laid out: measured again before the first render.
    if (!this.host.hasUpdated) this.#measure();
  }

  hostConnected(): void {
    this.#measure();
    this.#observer = new ResizeObserver(
      this.guard((entries: ResizeObserverEntry[]) => {
        const width = entries[0]?.contentRect.width ?? 0;
        const narrow = width > 0 && width < this.width;
        // Switching views inside the callback would resize again before it returns, and the
        // browser reports that loop to the page's onerror: switch in the next frame instead.
        if (narrow !== this.narrow)
          requestAnimationFrame(() => {
            this.narrow = narrow;
            this.host.requestUpdate();
          });
      }),
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
