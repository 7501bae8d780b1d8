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
`;
