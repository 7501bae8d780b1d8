import { css } from "lit";

/** The registration section and its confirmation; the fields are styled by formStyles. */
export const registrationFormStyles = css`
  .registration {
    margin-top: 1em;
    padding-top: 1em;
    border-top: 2px solid var(--ck-color-border);
  }
  .registration__title {
    margin: 0 0 0.5em;
    font-size: 1.2em;
  }
  .registration__places {
    margin: 0 0 0.75em;
    font-weight: 600;
  }

  .registration--done {
    border-top-color: var(--ck-color-primary);
  }
  .registration__facts > div {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.5em;
  }
  .registration__facts dt {
    font-weight: 600;
  }
  .registration__facts dd {
    margin: 0;
  }
  .registration__code {
    font-size: 1.1em;
    word-break: break-all;
    user-select: all;
  }
`;
