import { css } from "lit";

export const volunteerStyles = css`
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
    gap: 0.4em;
    padding: 0.75em 1em;
  }
  .shift p {
    margin: 0;
  }
  .shift__title {
    margin: 0;
    font-size: 1.1em;
  }
  .shift__time {
    margin-right: 0.4em;
  }
  .shift__team,
  .shift__address,
  .shift__needs,
  .shift__volunteers {
    color: var(--ck-color-muted);
  }
  .shift__needs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
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
  .shift button[part~="sign-up"] {
    justify-self: start;
  }
  .shift__about summary {
    cursor: pointer;
    min-height: var(--ck-target-size);
    line-height: var(--ck-target-size);
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
  .signup__facts > div {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.5em;
  }
  .signup__facts dt {
    font-weight: 600;
  }
  .signup__facts dd {
    margin: 0;
  }
  .signup__code {
    font-size: 1.1em;
    word-break: break-all;
    user-select: all;
  }
`;
