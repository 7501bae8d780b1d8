import { type TemplateResult, css, html, nothing, unsafeCSS } from "lit";
import { HELD_HEIGHT } from "../theme/held-height.js";

/** An error that a resident can read and act on: the message and a retry. */
export function errorState(message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div class="state state--error" role="alert" part="error">
    <p class="state__message">${message}</p>
    <button type="button" class="button button--primary" part="button retry" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}

/**
 * What residents see where a widget cannot show anything because of how the
 * page set it up: a neutral line, and what the page put inside the element
 * (a link to the same information, which shows before the widget loads too).
 */
export function unavailableState(message: string): TemplateResult {
  return html`<div class="state state--unavailable" part="unavailable">
    <p class="state__message">${message}</p>
    <slot></slot>
  </div>`;
}

/** What a widget says when it has nothing to show, and the way on: a button, or a line saying whom to ask. */
export function emptyState(message: string, wayOn: TemplateResult | string | undefined): TemplateResult {
  return html`<div class="empty" part="empty">
    <p role="status">${message}</p>
    ${typeof wayOn === "string" ? html`<p>${wayOn}</p>` : (wayOn ?? nothing)}
  </div>`;
}

/** An empty state's way on when there is no other: whom at the community to ask (its privacy notice's contact), in the widget's words. */
export function askCentre(contact: string | undefined, words: { messages: { askCentre(contact: string): string } }): string | undefined {
  return contact ? words.messages.askCentre(contact) : undefined;
}

/** A quiet line above the content: cached data, a fallen-back attribute. */
export function notice(message: string, part = "notice"): TemplateResult {
  return html`<p class="notice" role="status" part=${part}>${message}</p>`;
}

export const stateStyles = css`
  /* A loading state, and what loads into it where its height is not known before. */
  .held {
    min-height: ${unsafeCSS(HELD_HEIGHT)};
  }
  .state {
    display: grid;
    place-items: center;
    gap: 0.75em;
    padding: 2em 1em;
    text-align: center;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
  }
  .state--error {
    border-color: var(--ck-color-danger);
  }
  .state__message {
    margin: 0;
    max-width: 40em;
  }
  .notice {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--ck-color-primary);
    background: var(--ck-color-subtle);
    font-size: 0.9em;
  }
  .notice--floating {
    position: absolute;
    z-index: 3;
    top: 0;
    inset-inline: 0;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .notice p {
    margin: 0;
  }
  .button {
    min-height: var(--ck-target-size);
    min-width: var(--ck-target-size);
    padding: 0 1em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface);
    cursor: pointer;
  }
  /* A link that acts as a button (a file to download) looks like one. */
  a.button {
    display: inline-flex;
    align-items: center;
    color: inherit;
    text-decoration: none;
  }
  .button--primary {
    background: var(--ck-color-primary);
    border-color: var(--ck-color-primary);
    color: var(--ck-color-on-primary);
  }
`;
