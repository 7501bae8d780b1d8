import { css } from "lit";

/** The details' rules, adopted when the details first load. */
export const partnerDetailsStyles = css`
  .details {
    padding: 0.75em 1em;
    border: 2px solid var(--ck-color-primary);
    border-radius: var(--ck-radius);
  }
  .details p {
    margin: 0 0 0.5em;
  }
  .details__title {
    margin: 0 0 0.25em;
    font-size: 1.15em;
  }
  .details__subtitle {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  .details__facts > div {
    display: grid;
    gap: 0.15em;
    margin-bottom: 0.5em;
  }
  .details__facts dt {
    font-weight: 600;
  }
  .details__facts dd,
  .details__services,
  .details__events {
    margin: 0;
    padding-left: 1.1em;
  }
  .details__facts dd {
    padding-left: 0;
  }
  .details__links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
