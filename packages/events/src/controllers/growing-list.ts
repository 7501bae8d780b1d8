import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * A long list drawn a page at a time: the next page comes when the resident
 * scrolls near its end (the `.list__sentinel`), and another day or view starts
 * it again from the first page, with the days before today folded away.
 */
export class GrowingList implements ReactiveController {
  limit: number;
  /** The resident asked for the days before today. */
  earlierShown = false;
  #for?: string;
  #observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly page: number,
    /** What the list is of: when it changes, the list starts again. */
    private readonly of: () => string,
  ) {
    this.limit = page;
    host.addController(this);
  }

  hostUpdate(): void {
    const of = this.of();
    if (of !== this.#for) {
      this.limit = this.page;
      this.earlierShown = false;
    }
    this.#for = of;
  }

  readonly showEarlier = (): void => {
    this.earlierShown = true;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    this.#observer?.disconnect();
    const sentinel = this.host.renderRoot.querySelector(".list__sentinel");
    if (!sentinel) return;
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.limit += this.page;
        this.host.requestUpdate();
      },
      { rootMargin: "600px" },
    );
    this.#observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
