import type { AuditLog } from "@community-kit/schema";
import { Loading } from "@community-kit/ui";
import { css, html } from "lit";
import { CursorPages, pageWords } from "../screen/pages.js";
import { SettingsPanel } from "./settings-panel.js";

const ENTRIES_PER_PAGE = 50;

/**
 * What was done, latest first and a page at a time: each staff member's and each key's writes and
 * sign-ins, with the answer.
 *
 * @tagname community-admin-audit
 */
export class CommunityAdminAudit extends SettingsPanel {
  // Names and headings stay whole; a long path breaks anywhere rather than squeeze the names to a character a line.
  static override styles = [
    ...SettingsPanel.styles,
    css`
      th {
        white-space: nowrap;
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  private readonly pages = new CursorPages(this);
  private readonly entries = new Loading<readonly [string, string, string | undefined], AuditLog>(this, {
    args: () => (this.source ? [...this.source, this.pages.cursor] : undefined),
    load: async ([, , cursor], { signal }) => (await this.admin()).admin.auditLogPage({ limit: ENTRIES_PER_PAGE, ...(cursor ? { cursor } : {}) }, { signal }),
  });

  protected override renderContent() {
    const t = this.t;
    if (this.entries.status === "error") return this.loadFailed(this.entries.error, () => this.entries.retry());
    const page = this.entries.value;
    if (!page) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    const entries = page.items;
    if (!entries.length) return html`<p class="empty" role="status">${t.t("auditEmpty")}</p>`;
    const when = new Intl.DateTimeFormat(this.resolvedLocale.intl, { dateStyle: "medium", timeStyle: "medium" });
    return html`<div class="table-wrap">
      <table class="list">
        <caption class="visually-hidden">${t.t("tabAudit")}</caption>
        <thead>
          <tr>
            <th scope="col">${t.t("auditWhen")}</th>
            <th scope="col">${t.t("auditWho")}</th>
            <th scope="col">${t.t("auditWhat")}</th>
            <th scope="col">${t.t("auditResult")}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (entry) => html`<tr>
              <td data-label=${t.t("auditWhen")}>${when.format(new Date(entry.at))}</td>
              <th scope="row">${entry.keyLabel}</th>
              <td data-label=${t.t("auditWhat")}><code>${entry.method} ${entry.path}</code></td>
              <td data-label=${t.t("auditResult")}>${entry.status}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${this.pages.buttons(t.t("tabAudit"), pageWords(this.resolvedLocale.messages), page.nextCursor)}`;
  }
}
