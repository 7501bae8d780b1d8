import { css } from "lit";

export const roomsStyles = css`
  /* The widget's own width decides its layout, whatever the page around it. */
  .rooms {
    container-type: inline-size;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface);
  }
  .card > article {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    width: 100%;
    padding: 1em;
  }
  .card__photo {
    display: block;
    width: calc(100% + 2em);
    margin: -1em -1em 0;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--ck-radius) var(--ck-radius) 0 0;
    background: var(--ck-color-subtle);
  }
  .card__photo[hidden] {
    display: none;
  }
  .card--chosen {
    border-color: var(--ck-color-primary);
    box-shadow: 0 0 0 2px var(--ck-color-primary);
  }
  /* As tall as a card with its photo, so that the rooms arriving move nothing below them. */
  .card--placeholder {
    flex-direction: column;
    padding-bottom: 21em;
    background: var(--ck-color-subtle);
  }
  .card--placeholder::before {
    content: "";
    aspect-ratio: 16 / 9;
  }
  .card__name {
    margin: 0;
    font-size: 1.2em;
  }
  .card__facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    color: var(--ck-color-muted);
  }
  .card__kind {
    font-weight: 600;
    color: var(--ck-color-text);
  }
  .card__approval {
    color: var(--ck-color-text);
  }
  .card__description {
    margin: 0;
  }
  .card__details {
    display: grid;
    gap: 0.4em;
    margin: 0;
  }
  .card__details dt {
    font-weight: 600;
  }
  .card__details dd {
    margin: 0;
  }
  .card__hours {
    display: block;
  }
  .card .button {
    align-self: flex-start;
    margin-top: auto;
  }
  .card__more summary {
    min-height: var(--ck-target-size);
    line-height: var(--ck-target-size);
    cursor: pointer;
  }
  /* A phone: a thumbnail beside the name, two lines of description; five rooms in about two screens. */
  @container (max-width: 480px) {
    .card > article {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.4em 0.75em;
      padding: 0.75em;
    }
    .card > article > * {
      grid-column: 1 / -1;
    }
    .card > article > .card__name,
    .card > article > .card__facts {
      grid-column: 1;
    }
    .card > article > .card__photo {
      grid-column: 2;
      grid-row: 1 / span 2;
      width: 5.5em;
      height: 5.5em;
      margin: 0;
      border-radius: var(--ck-radius);
    }
    .card__description {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .card .button {
      justify-self: start;
    }
    .card--placeholder {
      padding-bottom: 20em;
    }
    .card--placeholder::before {
      display: none;
    }
  }

  .timeline,
  .booking {
    margin-top: 1.5em;
    padding: 1em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
  }
  .timeline__title,
  .booking__title {
    margin: 0 0 0.75em;
    font-size: 1.1em;
  }
  .timeline__picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 1em;
  }
  .timeline__date {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .slot {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.1em;
    min-height: var(--ck-target-size);
    padding: 0.4em 0.6em;
    border: 1px solid var(--ck-color-border);
    border-left-width: 4px;
    border-radius: var(--ck-radius);
  }
  .slot--free {
    border-left-color: var(--ck-color-success);
  }
  .slot--busy {
    border-left-color: var(--ck-color-danger);
    background: var(--ck-color-subtle);
  }
  .slot--unavailable,
  .slot--maintenance {
    color: var(--ck-color-muted);
    background: var(--ck-color-subtle);
  }
  .slot--maintenance {
    border-left-color: var(--ck-color-warning);
  }
  /* Kept clear beside a booking: striped, so that it reads as neither free nor booked. */
  .slot--buffer {
    color: var(--ck-color-muted);
    background: repeating-linear-gradient(135deg, var(--ck-color-subtle) 0 6px, var(--ck-color-surface) 6px 12px);
  }
  /* Free, but too short to start a booking: a dashed edge and its own words, not the colour alone. */
  .slot--short {
    border-left-style: dashed;
    color: var(--ck-color-muted);
  }
  .slot__state {
    font-size: 0.875em;
  }
  .timeline__hint,
  .timeline__notes {
    margin: 0.5em 0 0;
    color: var(--ck-color-muted);
    font-size: 0.9em;
  }
  .timeline__notes {
    padding-inline-start: 1.25em;
  }
  /* For the keyboard: read with the slots, shown once they have the keyboard's focus. */
  .timeline__hint {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .slots:has(:focus-visible) + .timeline__hint {
    position: static;
    width: auto;
    height: auto;
    clip: auto;
  }
  /* A phone gets a compact grid: each slot its start time and state, the end read but not shown. */
  @container (max-width: 480px) {
    .slots {
      /* Four to a row in a phone's page, where the times have some 300 px. */
      grid-template-columns: repeat(auto-fill, minmax(4em, 1fr));
      gap: 0.3em;
    }
    .slot {
      padding: 0.3em 0.4em;
    }
    .slot__end {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .slot__state {
      font-size: 0.8125em;
      line-height: 1.3;
    }
  }
  .slot:focus-visible {
    outline: 3px solid var(--ck-color-focus);
    outline-offset: 2px;
  }
  .slot--startable {
    cursor: pointer;
  }
  .slot--startable:hover {
    background: var(--ck-color-subtle);
  }
  .slot--chosen,
  .slot--chosen:hover {
    border-color: var(--ck-color-primary);
    background: var(--ck-color-primary);
    color: var(--ck-color-on-primary);
  }

  .booking {
    border: 2px solid var(--ck-color-primary);
  }
  .booking form {
    max-width: 32em;
  }
  .taken {
    margin-bottom: 1em;
    padding: 0.75em 1em;
    border: 4px solid var(--ck-color-danger);
  }
  .taken:focus {
    outline: 3px solid var(--ck-color-focus);
  }
  .taken__title {
    margin: 0 0 0.5em;
    font-size: 1.05em;
  }
  .taken p {
    margin: 0 0 0.5em;
  }
  .taken__alternatives {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
