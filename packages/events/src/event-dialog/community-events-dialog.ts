import { baseStyles, stateStyles } from "@community-kit/ui";
import { LitElement, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { CalendarEvent } from "../calendar-event.js";
import type { ViewContext } from "../views/view-context.js";
import { eventDialog, looksLikeHtml } from "./event-dialog-view.js";
import { eventDialogStyles } from "./event-dialog.styles.js";

/**
 * The details of one event in a modal dialog, inside <community-events>.
 * Loaded when a resident first opens an event; it fires `ck-dialog-close`
 * (not bubbling) on itself when the dialog closes, however it was closed.
 *
 * @internal
 */
export class CommunityEventsDialog extends LitElement {
  static override styles = [baseStyles, stateStyles, eventDialogStyles];

  @property({ attribute: false }) event?: CalendarEvent;
  @property({ attribute: false }) context?: ViewContext;

  @state() private sanitizedDescription?: string;

  /** Opens the dialog as a modal: the page behind becomes inert, Escape closes it. */
  async show(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector("dialog")?.showModal();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("event")) {
      this.sanitizedDescription = undefined;
      const description = this.event?.description;
      if (description && looksLikeHtml(description)) void this.sanitize(this.event!);
    }
  }

  private async sanitize(event: CalendarEvent): Promise<void> {
    const { default: DOMPurify } = await import("dompurify");
    if (this.event !== event) return;
    this.sanitizedDescription = DOMPurify.sanitize(event.description!, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form"] });
  }

  private close = (): void => this.renderRoot.querySelector("dialog")?.close();

  private closed = (): void => {
    this.dispatchEvent(new Event("ck-dialog-close"));
  };

  private downloadIcs = async (event: CalendarEvent): Promise<void> => {
    const { eventToIcs, icsFileName } = await import("../ics.js");
    const url = URL.createObjectURL(new Blob([eventToIcs(event)], { type: "text/calendar;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = icsFileName(event);
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  protected override render() {
    if (!this.context) return nothing;
    return html`${eventDialog(
      { event: this.event, sanitizedDescription: this.sanitizedDescription },
      this.context,
      { close: this.close, downloadIcs: this.downloadIcs, closed: this.closed },
    )}`;
  }
}
