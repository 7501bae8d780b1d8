import { LazyPart, adoptLater } from "@community-kit/ui";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { TimeGridModule } from "../views/calendar-views.js";

/** The week and day views' code and styles: loaded when one of them is first shown. */
export class TimeGridPart implements ReactiveController {
  readonly #part: LazyPart<TimeGridModule>;

  constructor(
    host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** Whether the view shown draws the time grid. */
    private readonly wanted: () => boolean,
    private readonly failed: (error: unknown) => void,
  ) {
    host.addController(this);
    this.#part = new LazyPart(host, () =>
      import("../views/time-grid-view.js").then((view) => {
        adoptLater(host.renderRoot as ShadowRoot, view.timeGridStyles);
        return view;
      }),
    );
  }

  get value(): TimeGridModule | undefined {
    return this.#part.value;
  }

  hostUpdated(): void {
    if (this.wanted() && !this.#part.value) this.#part.get().catch(this.failed);
  }
}
