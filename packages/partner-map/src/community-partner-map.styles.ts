import { css, unsafeCSS } from "lit";
import { TYPE_COLOURS } from "./type-colours.js";

/** Each type's colour, from the one table the markers use too. */
const swatches = unsafeCSS(
  Object.entries(TYPE_COLOURS)
    .map(([type, colour]) => `.swatch--${type}{background:${colour}}`)
    .join(""),
);

export const partnerMapStyles = [
  swatches,
  css`
    /* The widget's own width decides its layout, whatever the page around it. */
    .partners {
      container-type: inline-size;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
      gap: 1em;
    }
    .map {
      /* Placed, as the notice over it is: else the notice takes its cell and pushes it down. */
      grid-area: 1 / 1;
      align-self: start;
      position: sticky;
      top: 0;
      height: min(32em, 75vh);
      border: 1px solid var(--ck-color-border);
      border-radius: var(--ck-radius);
      background: var(--ck-color-subtle);
      z-index: 0;
    }
    /* Leaflet sizes its text in rem, which a page's root can shrink (62.5%): the map keeps the widget's own type, and its height with it. */
    .map.leaflet-container {
      font-size: 0.75em;
    }
    /* One column on a phone: the map scrolls away with the page, so that the filters, the list and the details are never under it. */
    @container (max-width: 640px) {
      .layout {
        grid-template-columns: 1fr;
      }
      .map {
        position: relative;
        height: min(32em, 50vh);
      }
    }
    /* Over the map's foot, where it moves nothing when the tiles fail after the page has settled. */
    .layout > .notice {
      grid-area: 1 / 1;
      align-self: end;
      position: relative;
      z-index: 1;
      margin: 0.5em;
    }
    .layout--plain .map .leaflet-tile-pane {
      display: none;
    }
    .side {
      display: grid;
      align-content: start;
      gap: 0.75em;
      min-width: 0;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0;
      padding: 0.5em 0.75em;
      border: 1px solid var(--ck-color-border);
      border-radius: var(--ck-radius);
    }
    /* While the partners load, the types' row holds its place. */
    .filters:not(:has(.filter))::after {
      content: "";
      min-height: var(--ck-target-size);
    }
    .filters legend {
      font-weight: 600;
      padding: 0 0.25em;
    }
    .filter {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      min-height: var(--ck-target-size);
    }
    .filter input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
    }
    .swatch {
      display: inline-block;
      flex: none;
      width: 0.9em;
      height: 0.9em;
      border-radius: 50%;
      margin-right: 0.35em;
    }
    .list {
      display: grid;
      gap: 0.4em;
      margin: 0;
      padding: 0;
      list-style: none;
      max-height: 32em;
      overflow: auto;
    }
    .list__count {
      margin: 0;
      color: var(--ck-color-muted);
    }
    .list__placeholder {
      min-height: 3.5em;
      background: var(--ck-color-subtle);
      border-radius: var(--ck-radius);
    }
    /* Thousands of partners: entries out of sight skip style and layout until scrolled to, yet stay in the page for assistive technology. */
    .entry {
      content-visibility: auto;
      contain-intrinsic-size: auto 3.5em;
    }
    .entry__button {
      display: flex;
      align-items: flex-start;
      gap: 0.25em;
      width: 100%;
      min-height: var(--ck-target-size);
      padding: 0.5em 0.75em;
      text-align: left;
      font: inherit;
      color: inherit;
      border: 1px solid var(--ck-color-border);
      border-radius: var(--ck-radius);
      background: var(--ck-color-surface);
      cursor: pointer;
    }
    .entry__button .swatch {
      margin-top: 0.35em;
    }
    .entry--chosen .entry__button {
      border-color: var(--ck-color-primary);
      box-shadow: 0 0 0 2px var(--ck-color-primary);
    }
    .entry__text {
      display: grid;
    }
    .entry__meta {
      color: var(--ck-color-muted);
      font-size: 0.9em;
    }
  `,
];
