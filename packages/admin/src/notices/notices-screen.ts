import type { NoticeList, NoticeStatus } from "@community-kit/schema";
import { Loading } from "@community-kit/ui";
import { css, html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type NoticesMessages, noticesMessages } from "../locales/notices.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { CursorPages, pageWords } from "../screen/pages.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";

const NOTICES_PER_PAGE = 50;
const STATUSES = ["pending", "delivered", "failed"] as const;

/**
 * The notices residents were sent, latest first: to whom (masked), why, by which channel, and how
 * delivery went, with the gateway's last answer; one that failed, or still waits, is sent again.
 *
 * @tagname community-admin-notices
 */
export class CommunityAdminNotices extends ConsoleScreen {
  static override styles = [
    ...consoleScreenStyles,
    css`
      th {
        white-space: nowrap;
      }
      .notice-text {
        overflow-wrap: anywhere;
      }
      #notices-status {
        max-width: 16em;
      }
      .button {
        white-space: nowrap;
      }
      .status--failed {
        color: var(--ck-color-danger);
        font-weight: 600;
      }
    `,
  ];

  @state() private status?: NoticeStatus;
  @state() private told?: string;

  private readonly t = this.messagesOf<NoticesMessages>(noticesMessages);
  private readonly pages = new CursorPages(this);
  private readonly notices = new Loading<readonly [string, string, NoticeStatus | undefined, string | undefined], NoticeList>(this, {
    args: () => (this.source ? [...this.source, this.status, this.pages.cursor] : undefined),
    load: async ([, , status, cursor], { signal }) =>
      (await this.admin()).admin.notices.list({ limit: NOTICES_PER_PAGE, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }, { signal }),
  });

  protected override recover(): void {
    this.notices.retry();
  }

  private statusName(status: NoticeStatus): string {
    return this.t.t(status === "pending" ? "statusPending" : status === "delivered" ? "statusDelivered" : "statusFailed");
  }

  private async resend(id: string, to: string): Promise<void> {
    try {
      await (await this.admin()).admin.notices.resend(id);
      this.told = this.t.t("resent", to);
      this.notices.retry();
    } catch (error) {
      if (!this.sessionEnded(error, this.t.t("resend"))) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }

  protected override renderContent() {
    const t = this.t;
    return html`<section aria-labelledby="notices-heading">
      <div class="screen__top"><h2 id="notices-heading">${t.t("heading")}</h2></div>
      <p>${t.t("intro")}</p>
      <div class="field">
        <label for="notices-status">${t.t("status")}</label>
        <select
          id="notices-status"
          .value=${this.status ?? ""}
          @change=${(change: Event) => {
            this.status = ((change.target as HTMLSelectElement).value || undefined) as NoticeStatus | undefined;
            this.pages.restart();
          }}
        >
          <option value="">${t.t("statusAll")}</option>
          ${STATUSES.map((status) => html`<option value=${status}>${this.statusName(status)}</option>`)}
        </select>
      </div>
      ${this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing} ${this.list()}
    </section>`;
  }

  private list() {
    const t = this.t;
    if (this.notices.status === "error") return this.loadFailed(this.notices.error, () => this.notices.retry());
    const page = this.notices.value;
    if (!page) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    if (!page.items.length) return html`<p class="empty" role="status">${t.t("empty")}</p>`;
    const when = new Intl.DateTimeFormat(this.resolvedLocale.intl, { dateStyle: "medium", timeStyle: "short" });
    return html`<div class="table-wrap">
        <table class="list">
          <caption class="visually-hidden">${t.t("heading")}</caption>
          <thead>
            <tr>
              <th scope="col">${t.t("when")}</th>
              <th scope="col">${t.t("to")}</th>
              <th scope="col">${t.t("cause")}</th>
              <th scope="col">${t.t("text")}</th>
              <th scope="col">${t.t("status")}</th>
            </tr>
          </thead>
          <tbody>
            ${page.items.map(
              (notice) => html`<tr>
                <td data-label=${t.t("when")}>${when.format(new Date(notice.createdAt))}</td>
                <th scope="row">${notice.recipient}<br /><small>${t.t("channelName", notice.channel)}</small></th>
                <td data-label=${t.t("cause")}>${t.t("causeName", notice.cause)}</td>
                <td data-label=${t.t("text")} class="notice-text">${notice.text}</td>
                <td data-label=${t.t("status")}>
                  <span class="status--${notice.status}">${this.statusName(notice.status)}</span>
                  ${notice.attempts ? html`<br /><small>${t.t("tries", notice.attempts)}</small>` : nothing}
                  ${notice.lastError ? html`<br /><small>${t.t("lastError", notice.lastError)}</small>` : nothing}
                  ${
                    notice.status === "delivered"
                      ? nothing
                      : html`<br /><button
                            type="button"
                            class="button"
                            aria-label=${t.t("resendFor", notice.recipient)}
                            @click=${() => this.resend(notice.id, notice.recipient)}
                          >
                            ${t.t("resend")}
                          </button>`
                  }
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.pages.buttons(t.t("heading"), pageWords(this.resolvedLocale.messages), page.nextCursor)}`;
  }
}

if (!customElements.get("community-admin-notices")) customElements.define("community-admin-notices", CommunityAdminNotices);
