import { baseStyles, controlStyles, formStyles, stateStyles, tokenStyles } from "@community-kit/ui";
import { css } from "lit";

/** What every console screen lays out: its title row, filters, tables that scroll on a phone, actions, the repeat builder. */
export const screenStyles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
    margin: 0.5em 0;
  }
  .screen__top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    margin-bottom: 1em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-bottom: 1em;
  }
  .filters .field {
    margin: 0;
  }
  .filters input,
  .filters select {
    min-height: var(--ck-target-size);
    font: inherit;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap[aria-busy="true"] {
    opacity: 0.6;
  }
  .list {
    width: 100%;
    border-collapse: collapse;
  }
  .list caption {
    text-align: start;
    color: var(--ck-color-muted);
    padding-bottom: 0.5em;
  }
  .list th,
  .list td {
    padding: 0.5em;
    border-bottom: 1px solid var(--ck-color-border);
    text-align: start;
    vertical-align: top;
  }
  .list thead th {
    border-bottom: 2px solid var(--ck-color-border-strong);
  }
  .list tbody th {
    font-weight: 600;
  }
  /* On a phone each row is a card: the title first, then each cell under its column's name. */
  @container (max-width: 40em) {
    .list thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .list tr {
      display: grid;
      padding: 0.5em 0;
      border-bottom: 1px solid var(--ck-color-border);
    }
    .list tbody th {
      order: -1;
      font-size: 1.05em;
    }
    .list th,
    .list td {
      display: block;
      padding: 0.125em 0;
      border: 0;
    }
    .list td[data-label]::before {
      content: attr(data-label) "：";
      color: var(--ck-color-muted);
    }
  }
  .list__row--cancelled th,
  .list__row--cancelled td:not(:last-child) {
    color: var(--ck-color-muted);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.4em;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius);
    font-size: 0.85em;
    font-weight: normal;
  }
  .tag--danger {
    border-color: var(--ck-color-danger);
    color: var(--ck-color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-top: 1em;
  }
  /* At either end of the pages, or before what it needs has loaded, the button stays, to keep focus, but reads as unavailable. */
  .pages .button[aria-disabled="true"],
  .screen__top .button[aria-disabled="true"] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .empty {
    padding: 1em;
    border: 1px dashed var(--ck-color-border);
    border-radius: var(--ck-radius);
  }
  .confirm {
    margin: 0 0 1em;
    padding: 1em;
    border: 2px solid var(--ck-color-danger);
    border-radius: var(--ck-radius);
  }
  .confirm p {
    margin-top: 0;
  }
  .button--danger {
    background: var(--ck-color-danger);
    border-color: var(--ck-color-danger);
    color: var(--ck-color-on-primary);
  }
  .event-form {
    max-width: 42em;
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
  }
  .field--short input:not([type="checkbox"]),
  .field--short select {
    width: auto;
    min-width: 8em;
  }
  .filters input:not([type="checkbox"]),
  .filters select {
    width: auto;
  }
  .field--nested {
    margin-inline-start: 1.75em;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    font: inherit;
  }
  fieldset {
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    margin: 0 0 1em;
    padding: 0.75em 1em;
  }
  legend {
    font-weight: 600;
  }
  .weekday,
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: var(--ck-target-size);
    margin-inline-end: 1em;
  }
  .choice {
    display: flex;
  }
  .weekday input,
  .choice input {
    width: 1.25em;
    height: 1.25em;
  }
  .exceptions__list,
  .preview__list {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .exceptions__list li,
  .preview__list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.25em 0;
  }
  .preview__rule {
    font-weight: 600;
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-bottom: 1em;
    border-bottom: 2px solid var(--ck-color-border);
  }
  .tab {
    min-height: var(--ck-target-size);
    padding: 0 1em;
    border: 1px solid transparent;
    border-bottom: 0;
    border-radius: var(--ck-radius) var(--ck-radius) 0 0;
    background: none;
    color: var(--ck-color-primary);
    font: inherit;
    cursor: pointer;
  }
  .tab[aria-selected="true"] {
    border-color: var(--ck-color-border);
    background: var(--ck-color-primary);
    color: var(--ck-color-on-primary);
    font-weight: 700;
  }
  .cards {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: 0.75em 1em;
    border: 1px solid var(--ck-color-border);
    border-left: 4px solid var(--ck-color-warning);
    border-radius: var(--ck-radius);
  }
  .card h3 {
    margin-top: 0;
  }
  .card p {
    margin: 0.25em 0;
  }
  .week,
  .week__day {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .week h4 {
    margin: 0.75em 0 0.25em;
  }
  .week__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.375em 0.5em;
    border-left: 4px solid var(--ck-color-success);
    background: var(--ck-color-subtle);
    margin-bottom: 0.25em;
  }
  /* The reason for cancelling goes under the booking it is about, the width of the line. */
  .week__item > form {
    flex-basis: 100%;
  }
  .week__item--pending {
    border-left-color: var(--ck-color-warning);
  }
  .week__item--block {
    border-left-color: var(--ck-color-muted);
  }
  .block-form {
    margin-top: 1.5em;
  }
  .hours-row {
    align-items: center;
  }

  .tag--rest {
    border-color: var(--ck-color-holiday);
    color: var(--ck-color-holiday);
  }

  .card--plain {
    border-left-color: var(--ck-color-primary);
  }
  .picker {
    height: 18em;
    margin-bottom: 0.75em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    cursor: crosshair;
  }
  .secret {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 2px solid var(--ck-color-success);
    border-radius: var(--ck-radius);
  }
  .secret__value {
    font-size: 1.2em;
    user-select: all;
    word-break: break-all;
  }
`;

/** What every console screen is styled with, before any rules of its own: the kit's tokens and controls, then the screens' layout. */
export const consoleScreenStyles = [tokenStyles, baseStyles, controlStyles, stateStyles, formStyles, screenStyles];
