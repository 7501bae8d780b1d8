import { css } from "lit";

/** The list of a day's events that "+N more" and Enter on a day open. */
export const popoverStyles = css`
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    width: min(22em, calc(100vw - 16px));
    box-sizing: border-box;
    /* The arrow stands outside it: the list scrolls instead. */
    overflow: visible;
    padding: 0.75em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.2);
  }
  .popover:popover-open {
    display: flex;
    flex-direction: column;
  }
  .popover .popover__events {
    min-height: 0;
    overflow: auto;
  }
  .popover__header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .popover__title {
    margin: 0;
    font-size: 1em;
  }
  .popover__close {
    flex: none;
    min-width: var(--ck-target-size);
    min-height: var(--ck-target-size);
    margin: -0.5em -0.5em 0 0;
    border: 0;
    border-radius: var(--ck-radius);
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .popover__close:hover {
    background: var(--ck-color-subtle);
  }
  /* A square turned to a diamond, half of it outside: the side toward the day (followAnchor sets which). */
  .popover__arrow {
    position: absolute;
    width: 12px;
    height: 12px;
    background: inherit;
    border: inherit;
    border-width: 0 0 1px 1px;
    transform: rotate(45deg);
  }
  .popover__arrow[data-side="left"] {
    transform: rotate(225deg);
  }
  .popover__arrow[data-side="bottom"] {
    transform: rotate(135deg);
  }
  .popover__arrow:not([data-side]) {
    display: none;
  }
`;
