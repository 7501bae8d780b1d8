import { css } from "lit";

export const monthStyles = css`
  .month {
    --visible-lanes: 3;
    --lane-height: 1.75em;
    /* The events' and the lunar dates' type, relative to the day's. */
    --events-size: 0.8125;
    --lunar-size: 0.75em;
    /* The day number's line and the header's padding; the lunar date's line below it in Chinese. */
    --header-height: 1.425em;
    display: grid;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    overflow: hidden;
  }
  .month--lunar {
    --header-height: calc(1.425em + 1.3 * var(--lunar-size));
  }
  .month__headings,
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .month__heading {
    padding: 0.25em;
    text-align: center;
    font-weight: 600;
    background: var(--ck-color-subtle);
    border-bottom: 1px solid var(--ck-color-border);
  }
  .week + .week {
    border-top: 1px solid var(--ck-color-border);
  }

  .day {
    position: relative;
    display: grid;
    /* Every row has the same height whatever it holds: no layout shift between states and months. */
    grid-template-rows: var(--header-height) calc(var(--visible-lanes) * var(--lane-height) * var(--events-size)) 1.5em;
    min-width: 0;
    padding-bottom: 0.125em;
    cursor: default;
  }
  .day + .day {
    border-left: 1px solid var(--ck-color-border);
  }
  .day:focus-visible {
    outline-offset: -3px;
    z-index: 2;
  }
  .day--outside {
    background: var(--ck-color-subtle);
    color: var(--ck-color-muted);
  }
  .day--today {
    background: var(--ck-color-today);
  }
  .day--today .day__number {
    min-width: 1.6em;
    text-align: center;
    background: var(--ck-color-primary);
    color: var(--ck-color-on-primary);
    border-radius: 999px;
  }

  .day__header {
    overflow: hidden;
    display: grid;
    grid-template-columns: auto auto;
    justify-content: space-between;
    align-items: center;
    column-gap: 0.25em;
    padding: 0.125em 0.25em 0;
    line-height: 1.3;
  }
  /* Today is said, not only coloured: 今天 beside its number. */
  .day__date {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .day__today {
    font-size: 0.75em;
    font-weight: 600;
    color: var(--ck-color-primary);
  }
  /* Flush with the lunar line under it; only today's, in its circle, is centred. */
  .day__number {
    font-weight: 600;
  }
  .day__badge {
    padding: 0 0.3em;
    border-radius: 3px;
    font-size: 0.75em;
    color: var(--ck-color-surface);
  }
  .day__badge--rest {
    background: var(--ck-color-holiday);
  }
  .day__badge--work {
    background: var(--ck-color-workday);
  }
  .day__lunar {
    grid-column: 1 / -1;
    overflow: hidden;
    font-size: var(--lunar-size);
    color: var(--ck-color-muted);
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .day__lunar--festival {
    color: var(--ck-color-holiday);
    font-weight: 600;
  }

  .day__events {
    position: relative;
    font-size: calc(var(--events-size) * 1em);
  }
  .month--placeholders .day__events::before {
    content: "";
    position: absolute;
    inset: 0.3em 0.4em auto;
    height: 1.2em;
    border-radius: 3px;
    background: var(--ck-color-border);
    opacity: 0.5;
  }

  .event--cancelled .event__title {
    text-decoration: line-through;
  }
  .event {
    position: absolute;
    z-index: 1;
    /* A little below the lunar line, whose glyphs a bar would otherwise touch. */
    top: calc(var(--lane) * var(--lane-height) + 0.15em);
    left: 2px;
    /* A segment starts in its first day's cell and reaches across the next ones (1px borders). */
    width: calc(var(--span) * (100% + 1px) - 5px);
    height: calc(var(--lane-height) - 2px);
    display: flex;
    align-items: center;
    gap: 0.25em;
    padding: 0 0.3em;
    overflow: hidden;
    border: 0;
    border-radius: 3px;
    background: transparent;
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
  }
  .event:hover {
    background: var(--ck-color-subtle);
  }
  .event--timed::before {
    content: "";
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-radius: 999px;
    background: var(--event-color, var(--ck-color-event));
  }
  .event--bar {
    background: var(--event-color, var(--ck-color-event));
    /* Category colours are chosen to carry white text, in every theme. */
    color: #ffffff;
  }
  .event--bar:hover {
    background: var(--event-color, var(--ck-color-event));
    text-decoration: underline;
  }
  .event--continues-before {
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
    left: 0;
  }
  .event--continues-after {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }
  .event__time {
    flex: none;
    font-variant-numeric: tabular-nums;
    color: var(--ck-color-muted);
  }
  .event__title {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .day__more {
    justify-self: start;
    margin: 0 0.25em;
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--ck-color-primary);
    font-size: 0.8125em;
    text-decoration: underline;
    cursor: pointer;
  }

  /* Senior mode: events and lunar dates at 18 px (0.9 of 20), and a title wraps to a second line before it is cut. */
  :host([senior]) .month {
    --events-size: 0.9;
    --lunar-size: 0.9em;
    --lane-height: 2.9em;
  }
  :host([senior]) .event {
    align-items: flex-start;
    padding-block: 0.15em;
    white-space: normal;
    line-height: 1.25;
  }
  :host([senior]) .event--timed::before {
    margin-top: 0.4em;
  }
  :host([senior]) .event__title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  :host([senior]) .day__more {
    font-size: 0.9em;
  }

  .month--print .day {
    grid-template-rows: auto calc(max(var(--visible-lanes), var(--lanes-used, 0)) * var(--lane-height) * var(--events-size)) 0;
  }
  @media print {
    .month {
      break-inside: auto;
    }
    .week {
      break-inside: avoid;
    }
    .day__more {
      display: none;
    }
  }
`;
