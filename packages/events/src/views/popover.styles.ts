import { css } from "lit";

/** The list of a day's events that "+N more" and Enter on a day open. */
export const popoverStyles = css`
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    width: min(22em, calc(100vw - 16px));
    overflow: auto;
    padding: 0.75em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.2);
  }
  .popover__title {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
`;
