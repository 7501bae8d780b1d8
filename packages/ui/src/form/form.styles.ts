import { css } from "lit";

/** Fields of a resident's form, their GOV.UK-style errors, the consent notice and the error summary. */
export const formStyles = css`
  .field {
    margin-bottom: 1em;
  }
  .field label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .field__hint {
    margin: 0 0 0.25em;
    color: var(--ck-color-muted);
    font-size: 0.9em;
  }
  .field input:not([type="checkbox"]),
  .field select {
    width: 100%;
    min-height: var(--ck-target-size);
    padding: 0 0.6em;
    border: 2px solid var(--ck-color-text);
    border-radius: 0;
    font: inherit;
    color: inherit;
    background: var(--ck-color-surface);
  }
  .field--error {
    padding-left: 0.75em;
    border-left: 4px solid var(--ck-color-danger);
  }
  .field--error input:not([type="checkbox"]),
  .field--error select {
    border-color: var(--ck-color-danger);
  }
  .field__error {
    margin: 0 0 0.25em;
    color: var(--ck-color-danger);
    font-weight: 600;
  }
  .consent__notice {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    background: var(--ck-color-subtle);
    font-size: 0.9em;
  }
  .consent__box {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  /* Its size whatever the label's length: a label over two lines squeezed it. */
  .consent__box input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .consent__box label {
    margin: 0;
    font-weight: normal;
  }
  .queued {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--ck-color-warning);
    background: var(--ck-color-subtle);
  }
  .error-summary {
    margin-bottom: 1em;
    padding: 0.75em 1em;
    border: 4px solid var(--ck-color-danger);
  }
  .error-summary:focus {
    outline: 3px solid var(--ck-color-focus);
  }
  .error-summary__title {
    margin: 0 0 0.5em;
    font-size: 1.05em;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--ck-color-danger);
    font-weight: 600;
  }
  .field--group {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
  }
  .field--group legend {
    margin-bottom: 0.25em;
    padding: 0;
    font-weight: 600;
  }
  .field--group .consent__box + .consent__box {
    margin-top: 0.35em;
  }
  .field--checkbox .field__hint {
    margin: 0.25em 0 0 2em;
  }
`;
