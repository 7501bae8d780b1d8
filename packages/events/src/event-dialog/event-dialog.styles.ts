import { css } from "lit";

export const eventDialogStyles = css`
  .dialog {
    width: min(36em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 1.25em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    color: var(--ck-color-text);
    background: var(--ck-color-surface);
    font: inherit;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog__header {
    display: flex;
    align-items: flex-start;
    gap: 1em;
  }
  .dialog__title {
    flex: 1;
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .dialog__cancelled {
    margin: 0.5em 0 0;
    font-weight: 700;
    color: var(--ck-color-danger);
  }
  .dialog__close {
    font-size: 1.25em;
  }
  .dialog__facts {
    margin: 1em 0;
  }
  .dialog__facts > div {
    display: grid;
    grid-template-columns: 4.5em 1fr;
    gap: 0.75em;
    padding: 0.375em 0;
    border-top: 1px solid var(--ck-color-border);
  }
  .dialog__facts dt {
    font-weight: 600;
  }
  /* On a phone and in senior mode each label goes above its value, which gets the width: no value broken mid-word. */
  :host([senior]) .dialog__facts > div {
    grid-template-columns: 1fr;
    gap: 0;
  }
  @media (max-width: 480px) {
    .dialog__facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .dialog__facts dd {
    margin: 0;
  }
  .dialog__zone,
  .dialog__address {
    color: var(--ck-color-muted);
    font-size: 0.875em;
  }
  .dialog__zone {
    display: block;
  }
  .dialog__full {
    color: var(--ck-color-danger);
    font-weight: 600;
  }
  .dialog__description {
    margin-bottom: 1em;
  }
  .dialog__description--text {
    white-space: pre-line;
  }
  .dialog__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .dialog__actions a.button {
    display: inline-flex;
    align-items: center;
    color: var(--ck-color-primary);
  }
  a {
    color: var(--ck-color-primary);
  }
`;
