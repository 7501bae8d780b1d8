import { css } from "lit";

/** The default theme's tokens. */
const defaultTokens = css`
  :host {
    --ck-color-primary: #1d4ed8;
    --ck-color-on-primary: #ffffff;
    --ck-color-text: #1f2937;
    --ck-color-muted: #4b5563;
    --ck-color-surface: #ffffff;
    --ck-color-subtle: #f3f4f6;
    --ck-color-border: #d1d5db;
    --ck-color-border-strong: #4b5563;
    --ck-color-today: #fef3c7;
    --ck-color-danger: #b91c1c;
    --ck-color-success: #047857;
    --ck-color-warning: #b45309;
    --ck-color-holiday: #b91c1c;
    --ck-color-workday: #374151;
    --ck-color-focus: #1d4ed8;
    --ck-color-event: #1d4ed8;
    --ck-font-family: inherit;
    /* The reader's own text size, and never below 16px where a page shrinks its root (html { font-size: 62.5% }). */
    --ck-font-size-base: max(1rem, 16px);
    --ck-line-height: 1.5;
    --ck-radius: 6px;
    --ck-scale: 1;
    --ck-target-size: 44px;

    display: block;
    /* What floats over the widget (the notice while a saved copy is refreshed) is placed by it. */
    position: relative;
    /*
     * What a widget inherits from the page, and its own box and surface, hold
     * against a host page's global rules (\`* { font-size: 12px !important }\`,
     * indented paragraphs, content-box): an !important of the shadow root wins
     * over the page's. Pages style a widget through the tokens instead.
     */
    box-sizing: border-box !important;
    color: var(--ck-color-text) !important;
    background-color: var(--ck-color-surface) !important;
    font-family: var(--ck-font-family) !important;
    font-size: calc(var(--ck-font-size-base) * var(--ck-scale)) !important;
    font-weight: normal !important;
    font-style: normal !important;
    line-height: var(--ck-line-height) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    white-space: normal !important;
    /* Phones' text autosizing inflates type on zoomed-out desktop pages (a portal at width=1000) as they lay out, moving everything. */
    -webkit-text-size-adjust: 100% !important;
    text-size-adjust: 100% !important;
    /* A page's \`* { transition: all 0.6s }\` would grow the widget from the page's type to its own once defined. */
    transition: none !important;
  }
`;

/**
 * The elderly-friendly mode (适老化) in whichever theme: larger type and
 * targets, and secondary text and borders as strong as the theme allows.
 */
const seniorTokens = css`
  :host([senior]) {
    --ck-scale: 1.25;
    --ck-target-size: 60px;
    --ck-line-height: 1.6;
    --ck-color-muted: var(--ck-color-text);
    --ck-color-border: var(--ck-color-border-strong);
  }
`;

/**
 * The design tokens every widget reads, documented in the README. A host page
 * themes a widget with a preset (`theme`, see themes.ts) or by setting these
 * on the element, which wins over both.
 */
export const tokenStyles = [defaultTokens, seniorTokens];

/**
 * Rules every shadow root of the kit needs. Nested roots take these but not
 * the tokens, so that a host page's --ck-* values reach them by inheritance.
 */
export const baseStyles = css`
  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--ck-color-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button {
    font: inherit;
    color: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** A field on its own, outside a form (a date picker, a filter, a search): for the widgets that have one. */
export const controlStyles = css`
  .control {
    min-height: var(--ck-target-size);
    padding: 0 0.5em;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    font: inherit;
    color: inherit;
    background: var(--ck-color-surface);
  }
`;
