import { NewStaffAccount, type StaffAccount, type StaffRole } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { Loading } from "@community-kit/ui";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { ListPages, pageWords } from "../screen/pages.js";
import { SettingsPanel, shownOnce } from "./settings-panel.js";

const ROLES: readonly StaffRole[] = ["admin", "editor", "coordinator"];

/**
 * The community's staff accounts: made with a one-time password shown once, given another role,
 * a forgotten password reset, an account disabled; the last working admin stays one.
 *
 * @tagname community-admin-staff
 */
export class CommunityAdminStaff extends SettingsPanel {
  @state() private name = "";
  @state() private newRole: StaffRole = "editor";
  @state() private error?: string;
  @state() private secret?: { intro: string; password: string };
  @state() private disabling?: StaffAccount;
  private readonly pages = new ListPages(this);

  private readonly accounts = new Loading<readonly [string, string], StaffAccount[]>(this, {
    args: () => this.source,
    load: async (_, { signal }) => (await this.admin()).admin.staff.list({ signal }),
  });

  protected override renderContent() {
    const t = this.t;
    if (this.accounts.status === "error") return this.loadFailed(this.accounts.error, () => this.accounts.retry());
    const accounts = this.accounts.value;
    return html`${this.toldLine()} ${this.secret ? shownOnce(this.secret.intro, this.secret.password) : nothing}
      ${this.disabling ? this.disableQuestion(this.disabling) : nothing}
      ${!accounts ? html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>` : this.accountList(accounts)}
      ${this.addForm()}`;
  }

  private accountList(accounts: readonly StaffAccount[]) {
    const t = this.t;
    const page = this.pages.show(accounts, t.t("tabStaff"), pageWords(this.resolvedLocale.messages));
    return html`<div class="table-wrap">
              <table class="list">
                <thead>
                  <tr>
                    <th scope="col">${t.t("staffName")}</th>
                    <th scope="col">${t.t("staffRole")}</th>
                    <th scope="col">${t.t("staffState")}</th>
                    <th scope="col"><span class="visually-hidden">${t.t("changeRole")}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${page.items.map((account) => this.row(account))}
                </tbody>
              </table>
            </div>
            ${page.buttons}`;
  }

  private addForm() {
    const t = this.t;
    return html`<form class="staff-add" novalidate aria-labelledby="staff-add-heading" @submit=${this.add}>
        <h3 id="staff-add-heading">${t.t("addStaff")}</h3>
        <div class=${`field ${this.error ? "field--error" : ""}`}>
          <label for="staff-name">${t.t("staffName")}</label>
          ${this.error ? html`<p class="field__error" id="staff-name-error"><span class="visually-hidden">${t.t("errorPrefix")}</span>${this.error}</p>` : nothing}
          <input
            id="staff-name"
            maxlength="100"
            autocomplete="off"
            .value=${this.name}
            aria-invalid=${this.error ? "true" : "false"}
            aria-describedby=${this.error ? "staff-name-error" : nothing}
            @input=${(event: Event) => (this.name = (event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="staff-role">${t.t("staffRole")}</label>
          <p class="field__hint" id="staff-role-hint">${t.t("roleHint")}</p>
          <select id="staff-role" aria-describedby="staff-role-hint" @change=${(event: Event) => (this.newRole = (event.target as HTMLSelectElement).value as StaffRole)}>
            ${ROLES.map((role) => html`<option value=${role} ?selected=${role === this.newRole}>${t.t("role", role)}</option>`)}
          </select>
        </div>
        <button type="submit" class="button button--primary">${t.t("addStaff")}</button>
      </form>`;
  }

  private row(account: StaffAccount) {
    const t = this.t;
    const me = account.name === this.session?.name;
    const state = account.disabledAt ? t.t("stateDisabled") : account.mustChangePassword ? t.t("stateMustChange") : t.t("stateWorking");
    return html`<tr class=${account.disabledAt ? "list__row--cancelled" : ""}>
      <th scope="row">${account.name}${me ? t.t("you") : ""}</th>
      <td data-label=${t.t("staffRole")}>${t.t("role", account.role)}</td>
      <td data-label=${t.t("staffState")}>${state}</td>
      <td>
        ${
          account.disabledAt
            ? nothing
            : html`<div class="actions">
                ${ROLES.filter((role) => role !== account.role).map(
                  (role) =>
                    html`<button type="button" class="button" @click=${() => void this.changeRole(account, role)}>
                      ${t.t("changeRole")}${t.t("role", role)}<span class="visually-hidden">：${account.name}</span>
                    </button>`,
                )}
                <button type="button" class="button" @click=${() => void this.resetPassword(account)}>
                  ${t.t("resetPassword")}<span class="visually-hidden">：${account.name}</span>
                </button>
                ${
                  me
                    ? nothing
                    : html`<button type="button" class="button button--danger" @click=${() => void this.askToDisable(account)}>
                        ${t.t("disable")}<span class="visually-hidden">：${account.name}</span>
                      </button>`
                }
              </div>`
        }
      </td>
    </tr>`;
  }

  private disableQuestion(account: StaffAccount) {
    return html`<div class="confirm" role="alertdialog" tabindex="-1" aria-labelledby="disable-question">
      <p id="disable-question">${this.t.t("confirmDisable", account.name)}</p>
      <div class="actions">
        <button type="button" class="button button--danger" @click=${() => void this.disable(account)}>${this.t.t("disable")}</button>
        <button type="button" class="button" @click=${() => (this.disabling = undefined)}>${this.t.t("cancel")}</button>
      </div>
    </div>`;
  }

  private add = async (event: Event) => {
    event.preventDefault();
    this.secret = undefined;
    this.told = undefined;
    const parsed = NewStaffAccount.safeParse({ name: this.name.trim(), role: this.newRole });
    if (!parsed.success) {
      this.error = this.t.t("nameMissing");
      return;
    }
    try {
      const made = await (await this.admin()).admin.staff.add(parsed.data);
      this.error = undefined;
      this.name = "";
      this.secret = { intro: this.t.t("staffAdded", made.account.name), password: made.password };
      this.accounts.reload();
    } catch (error) {
      if (isApiError(error, "staff_exists")) this.error = this.t.t("staffExists");
      else this.failed(error, "add-staff");
    }
  };

  private async changeRole(account: StaffAccount, role: StaffRole): Promise<void> {
    await this.act("change-role", async (client) => {
      await client.admin.staff.changeRole(account.id, role);
      this.told = this.t.t("roleChanged", account.name, this.t.t("role", role));
    });
  }

  private async resetPassword(account: StaffAccount): Promise<void> {
    await this.act("reset-password", async (client) => {
      const reset = await client.admin.staff.resetPassword(account.id);
      this.secret = { intro: this.t.t("passwordReset", account.name), password: reset.password };
    });
  }

  private async askToDisable(account: StaffAccount): Promise<void> {
    this.disabling = account;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".confirm")?.focus();
  }

  private async disable(account: StaffAccount): Promise<void> {
    this.disabling = undefined;
    await this.act("disable", async (client) => {
      await client.admin.staff.disable(account.id);
      this.told = this.t.t("disabled", account.name);
    });
  }

  private async act(during: string, work: (client: Awaited<ReturnType<CommunityAdminStaff["admin"]>>) => Promise<void>): Promise<void> {
    this.secret = undefined;
    this.told = undefined;
    try {
      await work(await this.admin());
    } catch (error) {
      if (isApiError(error, "last_admin")) this.told = this.t.t("lastAdmin");
      else this.failed(error, during);
    }
    this.accounts.reload();
  }
}
