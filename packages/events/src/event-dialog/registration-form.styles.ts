import { css } from "lit";

/** The registration form, its GOV.UK-style errors and the confirmation. */
export const registrationFormStyles = css`
  .registration {
    margin-top: 1em;
    padding-top: 1em;
    border-top: 2px solid var(--ck-color-border);
  }
  .registration__title {
    margin: 0 0 0.5em;
    font-size: 1.2em;
  }
  .registration__places {
    margin: 0 0 0.75em;
    font-weight: 600;
  }
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
  .consent__box input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .consent__box label {
    margin: 0;
    font-weight: normal;
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
  .registration--done {
    border-top-color: var(--ck-color-primary);
  }
  .registration__facts > div {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.5em;
  }
  .registration__facts dt {
    font-weight: 600;
  }
  .registration__facts dd {
    margin: 0;
  }
  .registration__code {
    font-size: 1.1em;
    word-break: break-all;
    user-select: all;
  }
`;
