import "@community-kit/events/define";
import { tokenStyles } from "@community-kit/ui";
import { LitElement, css, html } from "lit";
import { THEMES as TOOLBAR_THEMES } from "../.storybook/toolbar.js";

/** Every --ck-* token, in the order the default stylesheet declares them. */
const TOKENS = [...new Set(tokenStyles.flatMap((sheet) => [...sheet.cssText.matchAll(/(--ck-[a-z-]+)\s*:/g)].map((match) => match[1]!)))];
// The presets; auto is dark or high contrast by the reader's system.
const THEMES = TOOLBAR_THEMES.filter((theme) => theme !== "auto");
const DEFAULT_PRIMARY = "#1d4ed8";

/** The tokens' values as a widget in `theme` (and senior mode) computes them, read from a hidden calendar. */
async function tokenValues(theme: string, senior: boolean): Promise<Record<string, string>> {
  const probe = document.createElement("community-events");
  if (theme !== "default") probe.setAttribute("theme", theme);
  probe.toggleAttribute("senior", senior);
  probe.style.cssText = "position:absolute;visibility:hidden;width:1px;height:1px;overflow:hidden";
  document.body.append(probe);
  // The preset themes load as a chunk of their own: wait until this one reaches the widget (each sets its primary).
  for (let tries = 0; theme !== "default" && tries < 50; tries++) {
    if (getComputedStyle(probe).getPropertyValue("--ck-color-primary").trim() !== DEFAULT_PRIMARY) break;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  const style = getComputedStyle(probe);
  const values = Object.fromEntries(TOKENS.map((token) => [token, style.getPropertyValue(token).trim()]));
  probe.remove();
  return values;
}

/**
 * The design tokens page's tables: every `--ck-*` token with its value in each preset theme (colours
 * as swatches), and the sizes in senior mode. Read from the widgets themselves, so never out of date.
 */
export class DesignTokens extends LitElement {
  static override properties = { kind: {}, values: { state: true } };
  /** "colours" or "sizes" */
  kind = "colours";
  values: Record<string, Record<string, string>> | undefined;

  static override styles = css`
    table { border-collapse: collapse; font: 14px/1.5 system-ui, sans-serif; }
    th, td { border-bottom: 1px solid #d1d5db; padding: 6px 10px; text-align: left; vertical-align: middle; }
    code { font: 13px ui-monospace, monospace; }
    .swatch { display: inline-block; width: 28px; height: 20px; margin-right: 6px; border: 1px solid #6b7280; border-radius: 4px; vertical-align: middle; }
  `;

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const columns =
      this.kind === "colours"
        ? THEMES.map((theme) => [theme, theme, false] as const)
        : ([
            ["default", "default", false],
            ["senior", "default", true],
          ] as const);
    const values: Record<string, Record<string, string>> = {};
    for (const [column, theme, senior] of columns) values[column] = await tokenValues(theme, senior);
    this.values = values;
  }

  override render() {
    if (!this.values) return html`<p>Reading the tokens from the widgets…</p>`;
    const columns = Object.keys(this.values);
    const tokens = TOKENS.filter((token) => token.startsWith("--ck-color-") === (this.kind === "colours"));
    return html`<table>
      <thead><tr><th>Token</th>${columns.map((column) => html`<th>${column}</th>`)}</tr></thead>
      <tbody>
        ${tokens.map(
          (token) => html`<tr>
            <td><code>${token}</code></td>
            ${columns.map((column) => {
              // A CSS-wide keyword reads as empty: the font is the page's own.
              const value = this.values![column]![token] || "inherit";
              return html`<td>${token.startsWith("--ck-color-") ? html`<span class="swatch" style="background:${value}"></span>` : ""}<code>${value}</code></td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define("ck-design-tokens", DesignTokens);
