import { css } from "lit";

/** The empty state's line and its way on side by side, wrapping on a phone (a module of its own, so that the map, which has none, does not carry it). */
export const emptyStyles = css`
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0.75em 0;
  }
  .empty p {
    margin: 0;
  }
`;
