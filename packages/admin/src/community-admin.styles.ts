import { css } from "lit";

export const consoleStyles = css`
  .console {
    container-type: inline-size;
  }
  .console--signed-out {
    max-width: 34em;
    margin: 0 auto;
    padding: 1em;
  }
  .console__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    border-bottom: 1px solid var(--ck-color-border);
    background: var(--ck-color-subtle);
  }
  .console__title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    margin-inline-end: auto;
  }
  .console__who {
    margin: 0;
    color: var(--ck-color-muted);
  }
  .console__language {
    display: flex;
    gap: 0.5em;
  }
  .console__body {
    display: grid;
    grid-template-columns: minmax(9em, max-content) 1fr;
    gap: 1.5em;
    padding: 1em;
  }
  @container (max-width: 40em) {
    .console__body {
      grid-template-columns: 1fr;
    }
  }
  .console__nav ul {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (max-width: 40em) {
    .console__nav ul {
      flex-direction: row;
      flex-wrap: wrap;
    }
  }
  .console__nav a {
    display: block;
    min-height: var(--ck-target-size);
    padding: 0.5em 0.75em;
    border-radius: var(--ck-radius);
    color: var(--ck-color-primary);
    box-sizing: border-box;
  }
  .console__nav a[aria-current="page"] {
    background: var(--ck-color-primary);
    color: var(--ck-color-on-primary);
    font-weight: 700;
  }
  .console__again {
    max-width: 34em;
    margin: 0 auto;
    padding: 1em;
  }
  .console__screen {
    min-width: 0;
  }
  .staff-form h1 {
    font-size: 1.5em;
    margin: 0.5em 0;
  }
  .staff-form__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  [hidden] {
    display: none !important;
  }
`;
