import { css } from "lit";

/** The "my …" button and panel. */
export const myItemsStyles = css`
  .mine-bar:empty {
    display: none;
  }
  .mine-bar {
    margin-bottom: 0.5em;
  }
  .mine {
    margin-bottom: 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
  }
  .mine__title {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  .mine__note,
  .mine__status {
    margin: 0 0 0.5em;
    color: var(--ck-color-muted);
  }
  .mine__message:empty {
    display: none;
  }
  .mine__list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .mine__item {
    padding: 0.5em 0;
    border-top: 1px solid var(--ck-color-border);
  }
  .mine__event {
    margin: 0 0 0.25em;
  }
  .mine__confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .mine__confirm p {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  .button--danger {
    background: var(--ck-color-danger);
    border-color: var(--ck-color-danger);
    color: var(--ck-color-surface);
  }
`;
