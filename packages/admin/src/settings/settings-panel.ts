import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type SettingsMessages, settingsMessages } from "../locales/settings.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";

/** One part of the admin's settings: its words, the console's styles, and a line that says what just happened. */
export abstract class SettingsPanel extends ConsoleScreen {
  static override styles = consoleScreenStyles;

  @state() protected told?: string;
  protected readonly t = this.messagesOf<SettingsMessages>(settingsMessages);

  protected toldLine() {
    return this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing;
  }

  /** What a failed request means here; the console is told when the sign-in ended. */
  protected failed(error: unknown, during: string): void {
    if (!this.sessionEnded(error, during)) this.told = this.describeFailure(error, this.t.t("forbidden"));
  }
}

/** A secret shown once (a one-time password, a key), selectable in one go. */
export function shownOnce(intro: string, secret: string) {
  return html`<div class="secret" role="status">
    <p>${intro}</p>
    <p><code class="secret__value">${secret}</code></p>
  </div>`;
}
