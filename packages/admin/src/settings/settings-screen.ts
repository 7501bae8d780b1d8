import { html } from "lit";
import { state } from "lit/decorators.js";
import { tabList } from "../screen/tab-list.js";
import type { ConsoleScreen } from "../screen/console-screen.js";
import { SettingsPanel } from "./settings-panel.js";
import { CommunityAdminAudit } from "./audit-panel.js";
import { CommunityAdminChannels } from "./channels-panel.js";
import { CommunityAdminCommunity } from "./community-panel.js";
import { CommunityAdminKeys } from "./keys-panel.js";
import { CommunityAdminPersonalData } from "./personal-data-panel.js";
import { CommunityAdminStaff } from "./staff-panel.js";
import { CommunityAdminWording } from "./wording-panel.js";

const PANELS = [
  { id: "personal-data", label: "tabPersonal", element: CommunityAdminPersonalData },
  { id: "staff", label: "tabStaff", element: CommunityAdminStaff },
  { id: "keys", label: "tabKeys", element: CommunityAdminKeys },
  { id: "community", label: "tabCommunity", element: CommunityAdminCommunity },
  { id: "channels", label: "tabChannels", element: CommunityAdminChannels },
  { id: "wording", label: "tabWording", element: CommunityAdminWording },
  { id: "audit", label: "tabAudit", element: CommunityAdminAudit },
] as const;
// Defined here, where they are used: a module imported only for defining itself would be dropped by a bundler (the package has no side effects but define).
for (const panel of PANELS) if (!customElements.get(`community-admin-${panel.id}`)) customElements.define(`community-admin-${panel.id}`, panel.element);
type PanelId = (typeof PANELS)[number]["id"];

/**
 * An admin's settings: requests about residents' personal data, the staff, the keys, the privacy
 * notice and the sites residents write from, and the audit log; each in its own tab, kept while
 * the admin moves between them.
 *
 * @tagname community-admin-settings
 */
export class CommunityAdminSettings extends SettingsPanel {
  @state() private panel: PanelId = "personal-data";
  private readonly panels: Partial<Record<PanelId, ConsoleScreen>> = {};

  protected override renderContent() {
    const t = this.t;
    this.panels[this.panel] ??= document.createElement(`community-admin-${this.panel}`) as ConsoleScreen;
    const panel = this.panels[this.panel]!;
    this.within(panel);
    return html`<section aria-labelledby="settings-heading">
      <div class="screen__top"><h2 id="settings-heading">${t.t("heading")}</h2></div>
      ${tabList(
        this,
        t.t("tabs"),
        PANELS.map((entry) => ({ id: entry.id, label: t.t(entry.label) })),
        this.panel,
        (id) => (this.panel = id as PanelId),
      )}
      <div class="tab-panel" role="tabpanel" id=${`panel-${this.panel}`} aria-labelledby=${`tab-${this.panel}`}>${panel}</div>
    </section>`;
  }
}

if (!customElements.get("community-admin-settings")) customElements.define("community-admin-settings", CommunityAdminSettings);
