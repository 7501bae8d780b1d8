import { type ApiKeyInfo, NewApiKey } from "@community-kit/schema";
import { Loading } from "@community-kit/ui";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { ListPages, pageWords } from "../screen/pages.js";
import { SettingsPanel, shownOnce } from "./settings-panel.js";

/**
 * The community's keys for machines (a website's import, a kiosk): made with the secret shown
 * once, listed with when each was made and last used, revoked.
 *
 * @tagname community-admin-keys
 */
export class CommunityAdminKeys extends SettingsPanel {
  @state() private label = "";
  @state() private error?: string;
  @state() private secret?: { intro: string; key: string };
  private readonly pages = new ListPages(this);

  private readonly keys = new Loading<readonly [string, string], ApiKeyInfo[]>(this, {
    args: () => this.source,
    load: async (_, { signal }) => (await this.admin()).admin.keys.list({ signal }),
  });

  private when = (instant: string | null) =>
    instant
      ? new Intl.DateTimeFormat(this.resolvedLocale.intl, { dateStyle: "medium", timeStyle: "short" }).format(new Date(instant))
      : this.t.t("keyNeverUsed");

  protected override renderContent() {
    const t = this.t;
    if (this.keys.status === "error") return this.loadFailed(this.keys.error, () => this.keys.retry());
    const keys = this.keys.value;
    return html`${this.toldLine()} ${this.secret ? shownOnce(this.secret.intro, this.secret.key) : nothing}
      ${!keys ? html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>` : keys.length ? this.keyList(keys) : nothing}
      ${this.createForm()}`;
  }

  private keyList(keys: readonly ApiKeyInfo[]) {
    const t = this.t;
    const page = this.pages.show(keys, t.t("tabKeys"), pageWords(this.resolvedLocale.messages));
    return html`<div class="table-wrap">
                <table class="list">
                  <thead>
                    <tr>
                      <th scope="col">${t.t("keyLabel")}</th>
                      <th scope="col">${t.t("keyMade")}</th>
                      <th scope="col">${t.t("keyUsed")}</th>
                      <th scope="col"><span class="visually-hidden">${t.t("revokeKey")}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    ${page.items.map(
                      (key) => html`<tr class=${key.revokedAt ? "list__row--cancelled" : ""}>
                        <th scope="row">${key.label}</th>
                        <td data-label=${t.t("keyMade")}>${this.when(key.createdAt)}</td>
                        <td data-label=${t.t("keyUsed")}>${this.when(key.lastUsedAt)}</td>
                        <td>
                          ${
                            key.revokedAt
                              ? t.t("keyRevoked")
                              : html`<button type="button" class="button button--danger" @click=${() => void this.revoke(key)}>
                                  ${t.t("revokeKey")}<span class="visually-hidden">：${key.label}</span>
                                </button>`
                          }
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              ${page.buttons}`;
  }

  private createForm() {
    const t = this.t;
    return html`<form novalidate aria-labelledby="key-add-heading" @submit=${this.create}>
        <h3 id="key-add-heading">${t.t("createKey")}</h3>
        <div class=${`field ${this.error ? "field--error" : ""}`}>
          <label for="key-label">${t.t("keyLabel")}</label>
          <p class="field__hint" id="key-label-hint">${t.t("keyLabelHint")}</p>
          ${this.error ? html`<p class="field__error" id="key-label-error"><span class="visually-hidden">${t.t("errorPrefix")}</span>${this.error}</p>` : nothing}
          <input
            id="key-label"
            maxlength="100"
            .value=${this.label}
            aria-invalid=${this.error ? "true" : "false"}
            aria-describedby=${`key-label-hint${this.error ? " key-label-error" : ""}`}
            @input=${(event: Event) => (this.label = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button button--primary">${t.t("createKey")}</button>
      </form>`;
  }

  private create = async (event: Event) => {
    event.preventDefault();
    this.secret = undefined;
    this.told = undefined;
    const parsed = NewApiKey.safeParse({ label: this.label.trim() });
    if (!parsed.success) {
      this.error = this.t.t("labelMissing");
      return;
    }
    try {
      const made = await (await this.admin()).admin.keys.create(parsed.data.label);
      this.error = undefined;
      this.label = "";
      this.secret = { intro: this.t.t("keyShownOnce", made.key.label), key: made.secret };
      this.keys.reload();
    } catch (error) {
      this.failed(error, "create-key");
    }
  };

  private async revoke(key: ApiKeyInfo): Promise<void> {
    this.secret = undefined;
    try {
      await (await this.admin()).admin.keys.revoke(key.id);
      this.told = this.t.t("keyRevokedTold", key.label);
      this.keys.reload();
    } catch (error) {
      this.failed(error, "revoke-key");
    }
  }
}
