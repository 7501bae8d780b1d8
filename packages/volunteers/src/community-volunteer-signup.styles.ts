import { css } from "lit";

export const volunteerStyles = css`
  /* The widget's own width decides its layout, whatever the page around it. */
  .volunteers {
    container-type: inline-size;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    margin-bottom: 1em;
  }
  .filters label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
  }
  /* A day off the screen is not laid out until a resident scrolls near it: a month of shifts is
     long, and laying it all out at once held a phone's main thread. Its height until then is
     a day of one shift's (the usual), and then the height it had. */
  .day {
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }
  .day + .day {
    margin-top: 1.5em;
  }
  .day__title {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .shifts {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .shift {
    border: 1px solid var(--ck-color-border);
    border-left: 4px solid var(--ck-color-success);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface);
  }
  .shift--few {
    border-left-color: var(--ck-color-warning);
  }
  .shift--full,
  .shift--started {
    border-left-color: var(--ck-color-muted);
  }
  .shift--placeholder {
    min-height: 8em;
    margin-bottom: 0.75em;
    background: var(--ck-color-subtle);
  }
  .shift > article {
    display: grid;
    gap: 0.3em;
    padding: 0.6em 0.75em;
  }
  .shift p {
    margin: 0;
  }
  .shift__title {
    margin: 0;
    font-size: 1.05em;
  }
  .shift__time {
    margin-right: 0.4em;
  }
  .shift__meta,
  .shift__address,
  .shift__needs,
  .shift__volunteers {
    color: var(--ck-color-muted);
  }
  /* A state breaks before it, never inside it (已满，可报名候/补). */
  .shift__state {
    white-space: nowrap;
  }
  .shift__bar {
    height: 0.5em;
    margin-bottom: 0.25em;
    border-radius: 0.25em;
    background: var(--ck-color-subtle);
    overflow: hidden;
  }
  .shift__bar span {
    display: block;
    height: 100%;
    background: var(--ck-color-primary);
  }
  .shift--few .shift__bar span {
    background: var(--ck-color-warning);
  }
  .shift--full .shift__bar span,
  .shift--started .shift__bar span {
    background: var(--ck-color-muted);
  }
  .shift__about summary {
    cursor: pointer;
    min-height: var(--ck-target-size);
    line-height: var(--ck-target-size);
  }
  .shift__about p + p {
    margin-top: 0.25em;
  }
  .shift button[part~="sign-up"] {
    grid-area: action;
  }
  .shift .signup {
    grid-column: 1 / -1;
  }
  /* A phone: the button beside the places, under the title and who and where. */
  .shift > article {
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: "title title" "meta meta" "places action" "about about";
    align-items: center;
  }
  .shift__title {
    grid-area: title;
  }
  .shift__meta {
    grid-area: meta;
  }
  .shift__places {
    grid-area: places;
  }
  .shift__about {
    grid-area: about;
  }
  /* Wider: each day a heading beside its shifts, each shift one row; details open below it. */
  @container (min-width: 40em) {
    .day {
      contain-intrinsic-size: auto 4em;
      display: grid;
      grid-template-columns: 8em minmax(0, 1fr);
      column-gap: 1em;
      padding-top: 0.25em;
      border-top: 1px solid var(--ck-color-border);
    }
    .day + .day {
      margin-top: 0.25em;
    }
    .day__title {
      margin: 0;
      padding-top: 0.4em;
      font-size: 1em;
    }
    .shifts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.4em;
    }
    .shift > article {
      grid-template-columns: minmax(0, 1fr) minmax(12em, 21em) auto auto;
      grid-template-areas: "title places about action" "meta places about action";
      column-gap: 1em;
      row-gap: 0;
      padding: 0.2em 0.75em;
    }
    .shift__about[open] {
      grid-area: auto;
      grid-column: 1 / -1;
    }
    .shift__title {
      font-size: 1em;
    }
    .shift__meta {
      font-size: 0.9em;
    }
    .shifts {
      gap: 0.3em;
    }
  }

  .signup {
    margin-top: 0.5em;
    padding-top: 0.75em;
    border-top: 2px solid var(--ck-color-primary);
  }
  .signup__title {
    margin: 0 0 0.5em;
    font-size: 1.05em;
  }
  .signup form {
    max-width: 32em;
  }
  .signup__waitlist {
    padding: 0.5em 0.75em;
    background: var(--ck-color-subtle);
  }
  .signup__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media print {
    .day {
      content-visibility: visible;
    }
  }
`;
