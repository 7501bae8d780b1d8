import { html, nothing } from "lit";

/** A reason being written for what the centre turns down or calls off: a booking, a shift. */
export interface ReasonDraft {
  /** The booking's or shift's id. */
  subjectId: string;
  reason: string;
  error?: string;
}

export interface ReasonFormContext {
  /** The input's id, which the screen focuses when the form opens. */
  id: string;
  draft: ReasonDraft;
  label: string;
  hint: string;
  errorPrefix: string;
  confirm: string;
  keep: string;
  onReason: (reason: string) => void;
  onConfirm: () => void;
  onKeep: () => void;
}

/** The reason the resident will read, asked for in place of the buttons that led to it. */
export function reasonForm(context: ReasonFormContext) {
  const { id, draft } = context;
  return html`<form
    class=${`field ${draft.error ? "field--error" : ""}`}
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      context.onConfirm();
    }}
  >
    <label for=${id}>${context.label}</label>
    <p class="field__hint" id=${`${id}-hint`}>${context.hint}</p>
    ${draft.error ? html`<p class="field__error" id=${`${id}-error`}><span class="visually-hidden">${context.errorPrefix}</span>${draft.error}</p>` : nothing}
    <input
      id=${id}
      maxlength="200"
      .value=${draft.reason}
      aria-invalid=${draft.error ? "true" : "false"}
      aria-describedby=${`${id}-hint${draft.error ? ` ${id}-error` : ""}`}
      @input=${(event: Event) => context.onReason((event.target as HTMLInputElement).value)}
    />
    <div class="actions">
      <button type="submit" class="button button--danger">${context.confirm}</button>
      <button type="button" class="button" @click=${context.onKeep}>${context.keep}</button>
    </div>
  </form>`;
}
