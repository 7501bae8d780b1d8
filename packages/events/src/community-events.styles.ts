import { css } from "lit";

/** The frame: toolbar, filters, notices; the views bring their own styles. */
export const eventsStyles = css`
  :host {
    container-type: inline-size;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: 0.5em;
  }
  .toolbar__nav,
  .toolbar__views {
    display: flex;
    gap: 0.25em;
  }
  .toolbar__title {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .toggle[aria-pressed="true"] {
    background: var(--ck-color-primary);
    border-color: var(--ck-color-primary);
    color: var(--ck-color-on-primary);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  /* The chips' and the search's widths come from the calendar's, not from how many categories
     there are: the search stays where it was drawn when the chips arrive. Side by side, the chips
     take the room; the search, alone on its line, takes the line. */
  .chips {
    flex: 999 1 16em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    flex: none;
    white-space: nowrap;
    min-height: calc(var(--ck-target-size) * 0.8);
    padding: 0 0.9em;
    border: 1px solid var(--chip-color, var(--ck-color-event));
    border-radius: 999px;
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    cursor: pointer;
  }
  .chips--pending .chip {
    visibility: hidden;
  }
  /* Both ways: a two-character label such as 全部 is narrower than the target in most fonts. */
  :host([senior]) .chip {
    min-height: var(--ck-target-size);
    min-width: var(--ck-target-size);
  }
  .chip[aria-pressed="true"] {
    background: var(--chip-color, var(--ck-color-event));
    /* Category colours are chosen to carry white text, in every theme. */
    color: #ffffff;
  }
  .search {
    flex: 1 1 20em;
    display: flex;
  }
  .search input {
    flex: 1;
    padding: 0 0.75em;
  }

  /* Holds the time grid's place while its code loads. */
  .timegrid-placeholder {
    min-height: 30em;
  }

  @container (max-width: 480px) {
    .toolbar__title {
      order: -1;
      flex-basis: 100%;
    }
    /* One row of chips that scrolls sideways: the first events stay on the first screen. */
    .chips {
      flex: 1 1 100%;
      min-width: 0;
      flex-wrap: nowrap;
      overflow-x: auto;
      padding-bottom: 2px;
    }
  }

  @media print {
    .toolbar__nav,
    .toolbar__views,
    .filters,
    .empty button,
    .notice {
      display: none !important;
    }
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
