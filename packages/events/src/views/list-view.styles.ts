import { css } from "lit";

export const listStyles = css`
  .list__earlier,
  .list__next {
    width: 100%;
    margin: 0 0 1em;
  }
  .list__rest {
    margin: 0 0 1em;
    color: var(--ck-color-muted);
  }
  .list__today {
    display: inline-block;
    margin-inline-end: 0.25em;
    padding: 0 0.4em;
    border-radius: var(--ck-radius);
    background: var(--ck-color-primary);
    color: var(--ck-color-on-primary);
    font-size: 0.875em;
  }
  .list__day {
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
    margin-bottom: 1em;
  }
  .list__heading {
    margin: 0 0 0.25em;
    padding: 0.25em 0;
    font-size: 1em;
    border-bottom: 2px solid var(--ck-color-border);
  }
  .list__day--today .list__heading {
    border-bottom-color: var(--ck-color-primary);
  }
  .list__lunar {
    font-weight: normal;
    color: var(--ck-color-muted);
    font-size: 0.875em;
  }
  .list__events,
  .popover__events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list__sentinel {
    height: 1px;
  }

  .row--cancelled .row__title {
    text-decoration: line-through;
  }
  .row__status {
    display: inline-block;
    text-decoration: none;
    font-weight: 700;
    color: var(--ck-color-danger);
  }
  .row {
    display: grid;
    grid-template-columns: 4.5em 1fr auto;
    align-items: center;
    gap: 0 0.75em;
    width: 100%;
    min-height: var(--ck-target-size);
    padding: 0.25em 0.5em;
    border: 0;
    border-left: 4px solid var(--event-color, var(--ck-color-event));
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .row:hover {
    background: var(--ck-color-subtle);
  }
  .row__time {
    font-variant-numeric: tabular-nums;
    color: var(--ck-color-muted);
  }
  .row__title {
    font-weight: 600;
  }
  .row__place {
    grid-column: 2;
    color: var(--ck-color-muted);
    font-size: 0.875em;
  }
  .row__category {
    grid-column: 3;
    grid-row: 1 / span 2;
    font-size: 0.8125em;
    color: var(--ck-color-muted);
  }
  /* On a phone the time goes above the title, which gets the row's width. */
  @container (max-width: 480px) {
    .row {
      grid-template-columns: 1fr auto;
    }
    .row__time,
    .row__title,
    .row__place {
      grid-column: 1;
    }
    .row__category {
      grid-column: 2;
      grid-row: 1 / span 3;
    }
  }
  @media print {
    .list__earlier,
    .list__next {
      display: none;
    }
    .list__day {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
`;
