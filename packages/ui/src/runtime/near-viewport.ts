import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * How near the viewport a widget's heavy parts begin to load: within a screen
 * of it, above or below, so that they are there before a resident scrolls to it.
 */
export const NEAR_VIEWPORT_MARGIN = "100% 0px";

/**
 * Watches the elements given to the observer it returns (`observe`), and
 * calls `reached` with each, once, as it comes within a screen of the
 * viewport (at once for one already there). A hidden element (a closed tab)
 * waits until it is shown.
 */
export function whenNearViewport(reached: (element: Element) => void): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        reached(entry.target);
      }
    },
    { rootMargin: NEAR_VIEWPORT_MARGIN },
  );
  return observer;
}

/** Whether its widget has come within a screen of the viewport yet: its heavy parts wait for `reached`. */
export class NearViewport implements ReactiveController {
  reached = false;
  #watching?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.reached) return;
    this.#watching = whenNearViewport(() => {
      this.reached = true;
      this.#watching?.disconnect();
      this.host.requestUpdate();
    });
    this.#watching.observe(this.host);
  }

  hostDisconnected(): void {
    this.#watching?.disconnect();
  }
}
