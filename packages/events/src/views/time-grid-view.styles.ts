import { css } from "lit";

/** The week and day time grid; loaded with it. */
export const timeGridStyles = css`
  .timegrid {
    --hour-height: 3em;
    --lane-height: 1.75em;
    --axis-width: 4.5em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    overflow: hidden;
  }
  .timegrid__row {
    display: grid;
    grid-template-columns: var(--axis-width) repeat(var(--days), minmax(0, 1fr));
  }
  .timegrid__headings {
    background: var(--ck-color-subtle);
    border-bottom: 1px solid var(--ck-color-border);
  }
  .timegrid__heading {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 0;
    padding: 0.25em;
    font-weight: 600;
  }
  /* Breaks only between date and weekday: 12月7日 / 周一, never 12月7日周 / 一 (nor Jun / 14). */
  .timegrid__day {
    text-align: center;
  }
  .timegrid__piece {
    white-space: nowrap;
  }
  .timegrid__heading .day__lunar {
    display: block;
    max-width: 100%;
    font-size: 0.8125em;
    font-weight: 400;
  }
  .timegrid__heading--today {
    color: var(--ck-color-primary);
  }
  .timegrid__axis {
    color: var(--ck-color-muted);
    font-size: 0.8125em;
  }
  .axis__all-day {
    height: calc(var(--all-day-lanes) * var(--lane-height) / 0.8125);
    padding: 0 0.4em;
  }
  .axis__hours {
    display: grid;
    grid-auto-rows: calc(var(--hour-height) / 0.8125);
  }
  .axis__hour {
    padding: 0 0.4em;
    text-align: end;
    transform: translateY(-0.6em);
  }
  .axis__hour:first-child {
    transform: none;
  }

  .slot {
    position: relative;
    min-width: 0;
    border-left: 1px solid var(--ck-color-border);
  }
  .slot--today {
    background: var(--ck-color-today);
  }
  .slot:focus-visible {
    outline: 3px solid var(--ck-color-primary);
    outline-offset: -3px;
  }
  .slot__all-day {
    position: relative;
    height: calc(var(--all-day-lanes) * var(--lane-height));
    border-bottom: 1px solid var(--ck-color-border);
  }
  .slot__times {
    position: relative;
    height: calc(var(--hours) * var(--hour-height));
    background: repeating-linear-gradient(to bottom, transparent 0, transparent calc(var(--hour-height) - 1px), var(--ck-color-border) calc(var(--hour-height) - 1px), var(--ck-color-border) var(--hour-height));
  }

  .tevent {
    display: block;
    min-width: 0;
    overflow: hidden;
    padding: 0.1em 0.3em;
    border: 0;
    border-left: 3px solid var(--event-color, var(--ck-color-event));
    border-radius: 3px;
    background: var(--ck-color-surface);
    box-shadow: inset 0 0 0 1px var(--ck-color-border);
    color: var(--ck-color-text);
    font: inherit;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
  }
  /* A bar from its first day across the days it lasts, over the columns after it. */
  .tevent--all-day {
    position: absolute;
    z-index: 1;
    top: calc(var(--lane) * var(--lane-height) + 1px);
    left: 2px;
    box-sizing: border-box;
    width: calc(var(--span) * (100% + 1px) - 5px);
    height: calc(var(--lane-height) - 2px);
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .tevent--continues-before {
    left: 0;
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
  }
  .tevent--continues-after {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }
  .tevent--timed {
    position: absolute;
    box-sizing: border-box;
    border-right: 1px solid var(--ck-color-surface);
  }
  .tevent--cancelled .tevent__title {
    text-decoration: line-through;
  }
  /* Smaller type on the text, not the button: its position is in ems of the grid. */
  .tevent__time,
  .tevent__title,
  .tevent__place {
    font-size: 0.875em;
  }
  /* Side by side, a block is narrow: each line ends in an ellipsis, the title after the lines its height has (--title-lines). */
  .tevent--timed {
    display: flex;
    flex-direction: column;
    justify-content: flex-start;
  }
  .tevent--timed > span {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .tevent--timed .tevent__title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--title-lines);
    white-space: normal;
  }
  /*
   * A block narrower than its two times (side by side with another, in senior mode's type, on a
   * phone) breaks them after the dash and gives the title a line less (a block of two lines has none
   * to give); narrower than one time, it shows its title alone, whose name still says the times (as
   * its place in the grid and its dialog do).
   * In ch, the width of a digit: "09:00–10:30" is about 8.6ch at the times' size, "09:00–" 4.7ch.
   */
  .tevent--timed:not(.tevent--one-line) {
    container-type: inline-size;
  }
  @container (max-width: 8.8ch) {
    .tevent--timed > .tevent__time {
      white-space: normal;
    }
    .tevent--timed .tevent__title {
      -webkit-line-clamp: max(1, calc(var(--title-lines) - 1));
    }
    /* A block of two lines has none to give: its title shows alone. */
    .tevent--two-lines > .tevent__time {
      display: none;
    }
    .tevent--two-lines .tevent__title {
      -webkit-line-clamp: 2;
    }
  }
  @container (max-width: 4.8ch) {
    .tevent--timed > .tevent__time {
      display: none;
    }
    .tevent--timed .tevent__title {
      -webkit-line-clamp: calc(var(--title-lines) + 1);
    }
  }
  .tevent--one-line {
    display: block;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .tevent--one-line > span,
  .tevent--one-line .tevent__title {
    display: inline;
  }
  .tevent__time {
    font-variant-numeric: tabular-nums;
  }
  .tevent__title {
    font-weight: 600;
  }
  .tevent__place {
    color: var(--ck-color-muted);
  }
  .slot__now {
    position: absolute;
    z-index: 2;
    left: 0;
    right: 0;
    border-top: 2px solid var(--ck-color-danger);
    pointer-events: none;
  }
  .slot__now::before {
    content: "";
    position: absolute;
    top: -5px;
    left: -4px;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--ck-color-danger);
  }
  @media (prefers-reduced-motion: no-preference) {
    .tevent {
      transition: box-shadow 0.1s;
    }
  }
  .tevent:hover,
  .tevent:focus-visible {
    box-shadow: inset 0 0 0 2px var(--event-color, var(--ck-color-event));
  }
`;
