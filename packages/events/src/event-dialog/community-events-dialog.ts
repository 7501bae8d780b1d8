import { isApiError } from "@community-kit/sdk";
import { Localizer, SubmitFlow, baseStyles, formStyles, prepareOutbox, stateStyles, submitFailure } from "@community-kit/ui";
import { LitElement, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { CalendarEvent } from "../calendar-event.js";
import { type DialogMessages, dialogMessages } from "../locales/dialog/index.js";
import type { ViewContext } from "../views/view-context.js";
import { looksLikeHtml, sanitizedDescription } from "./description-html.js";
import { eventDialog } from "./event-dialog-view.js";
import { eventDialogStyles } from "./event-dialog.styles.js";
import { type RegistrationField, serverFieldErrors, validateRegistration } from "./registration-errors.js";
import { type RegistrationState, registrationForm } from "./registration-form-view.js";
import { registrationFormStyles } from "./registration-form.styles.js";

/**
 * The details of one event in a modal dialog, inside <community-events>.
 * Loaded when a resident first opens an event; it fires `ck-dialog-close`
 * (not bubbling) on itself when the dialog closes, however it was closed.
 *
 * @internal
 */
export class CommunityEventsDialog extends LitElement {
  static override styles = [baseStyles, stateStyles, eventDialogStyles, formStyles, registrationFormStyles];

  /** Owned by the calendar, which hands in a fresher copy (places left) with the same id. */
  @property({ attribute: false }) event?: CalendarEvent;
  @property({ attribute: false }) context?: ViewContext;

  /** The description's HTML once DOMPurify has cleaned it; null when the page would not let it be parsed. */
  @state() private sanitizedDescription?: string | null;

  private readonly dialogText = new Localizer<DialogMessages>(dialogMessages);

  private readonly registration = new SubmitFlow<RegistrationState>(
    { requestUpdate: () => this.requestUpdate(), focusAfterRender: (selector) => this.focusAfterRender(selector), stylesRoot: () => this.renderRoot },
    emptyRegistration(),
  );

  /** Opens the dialog as a modal: the page behind becomes inert, Escape closes it. */
  async show(): Promise<void> {
    if (this.event?.registration?.open && this.context?.registration) {
      // What keeps a registration on the device, and shows it once sent, must be here before the connection goes.
      prepareOutbox();
      void import("../my-registrations/queued-registrations.js").catch(() => {});
    }
    // The dialog's words in the page's language come before it opens, so that it opens whole.
    if (this.context) this.dialogText.locale = this.context.locale.messages;
    await this.dialogText.load();
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector("dialog")?.showModal();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.context) this.dialogText.locale = this.context.locale.messages;
    if (!this.dialogText.ready) void this.dialogText.load().then(() => this.requestUpdate());
    if (changed.has("event") && (changed.get("event") as CalendarEvent | undefined)?.id !== this.event?.id) {
      this.registration.reset(emptyRegistration());
    }
    if (changed.has("event")) {
      this.sanitizedDescription = undefined;
      const description = this.event?.description;
      if (description && looksLikeHtml(description)) void this.sanitize(this.event!);
    }
  }

  private async sanitize(event: CalendarEvent): Promise<void> {
    const sanitized = await sanitizedDescription(event.description!);
    if (this.event === event) this.sanitizedDescription = sanitized;
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

  private focusField = (field: RegistrationField): void => {
    this.renderRoot.querySelector<HTMLElement>(`#registration-${field}`)?.focus();
  };

  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private submit = (submit: SubmitEvent): void => {
    submit.preventDefault();
    const event = this.event;
    const register = this.context?.registration?.register;
    if (!event?.registration || !register) return;
    const maxPartySize = event.registration.maxPartySize;
    void this.registration.send({
      check: (form) => validateRegistration(form, maxPartySize, this.dialogText),
      send: (request, idempotencyKey) => register(event.id, request, idempotencyKey),
      // The resident may have moved on to another event while a kept registration waited.
      current: () => this.event?.id === event.id,
      succeeded: ({ status, position, partySize, shortCode }, request) => ({ status, position, partySize, phone: request.phone, shortCode }),
      failed: (error) => this.describeFailure(error, maxPartySize),
      doneFocus: "#registration-done-title",
    });
  };

  /** A failed submission as messages for the summary and the fields; what was typed stays. */
  private describeFailure(error: unknown, maxPartySize: number): Pick<RegistrationState, "errors" | "problem"> {
    const t = this.dialogText;
    if (isApiError(error)) {
      const errors = serverFieldErrors(error.problem?.errors ?? [], maxPartySize, t);
      if (Object.keys(errors).length) return { errors };
      if (error.code === "registration_closed") return { errors: {}, problem: t.t("errorClosed") };
      if (error.code === "event_past") return { errors: {}, problem: t.t("errorPast") };
    }
    return { errors: {}, problem: submitFailure(error, t.locale) };
  }

  protected override render() {
    // The dialog opens once its words are here (show() waits for them).
    if (!this.context || !this.dialogText.ready) return nothing;
    const form = this.event
      ? registrationForm(
          this.event,
          this.registration.state,
          { t: this.dialogText, context: this.context },
          { input: (field, value) => this.registration.input(field, value), submit: this.submit, focusField: this.focusField },
        )
      : nothing;
    return html`${eventDialog({ event: this.event, sanitizedDescription: this.sanitizedDescription, registration: form, t: this.dialogText }, this.context, {
      close: this.close,
      downloadIcs: this.downloadIcs,
      closed: this.closed,
    })}`;
  }
}

function emptyRegistration(): RegistrationState["form"] {
  return { name: "", phone: "", partySize: "1", notify: false, email: "", consent: false };
}
