import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Whether the page is being printed: the calendar then shows every event of every day, the weeks as tall as they need. */
export class PrintMode implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** beforeprint and afterprint: this is their listener. */
  handleEvent(event: Event): void {
    this.printing = event.type === "beforeprint";
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener("beforeprint", this);
    window.addEventListener("afterprint", this);
  }

  hostDisconnected(): void {
    window.removeEventListener("beforeprint", this);
    window.removeEventListener("afterprint", this);
  }
}
