import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Whether the page is being printed: the calendar then shows every event of every day, the weeks as tall as they need. */
export class PrintMode implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  readonly #before = () => this.#set(true);
  readonly #after = () => this.#set(false);

  #set(printing: boolean): void {
    this.printing = printing;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener("beforeprint", this.#before);
    window.addEventListener("afterprint", this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener("beforeprint", this.#before);
    window.removeEventListener("afterprint", this.#after);
  }
}
