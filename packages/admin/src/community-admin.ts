import type { StaffSession } from "@community-kit/schema";
import { CommunityElement, Loading, SUPPORTED_LOCALES, baseStyles, controlStyles, formStyles, sharedClient, stateStyles, tokenStyles } from "@community-kit/ui";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { ADMIN } from "./admin-client.js";
import { consoleStyles } from "./community-admin.styles.js";
import { type ConsoleMessages, consoleMessages } from "./locales/console.js";
import { type SectionId, sectionsFor } from "./sections.js";
import { type PasswordField, type SignInField, describeStaffFailure, validatePasswordChange, validateSignIn } from "./sign-in/sign-in-request.js";
import { passwordView, signInView } from "./sign-in/sign-in-view.js";
import { StaffForm } from "./sign-in/staff-form.js";
import "./ck-events.js";
import { LANGUAGE_NAMES } from "./locales/language-names.js";
import type { ConsoleScreen } from "./screen/console-screen.js";

/** The community signed in to last on this device, so that the form has it ready next time. */
const LAST_COMMUNITY = "community-kit:admin-community";

/**
 * The staff console: the people who run a community centre sign in as themselves and manage
 * what residents see, each in the sections their role allows. The reference server serves it
 * at /admin/, on the API's own origin, so the session cookie (HttpOnly, SameSite=Strict) goes
 * with its requests and nowhere else.
 *
 * @summary The staff console of a Community Kit server.
 * @tagname community-admin
 *
 * @event {CustomEvent<AdminSessionEndedDetail>} ck-admin-session-ended - A request found the sign-in gone; the console asks for it again.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart password-change - The form that sets a new password.
 * @csspart header - The console's header: the community, who is signed in, sign out.
 * @csspart navigation - The sections the member's role allows.
 * @csspart button - Every button.
 */
export class CommunityAdmin extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, controlStyles, stateStyles, formStyles, consoleStyles];

  /** osm (default), tianditu (with tianditu-key), amap (GCJ-02), none, or a tile URL template: the tiles the partners' map is drawn on, as for <community-partner-map>. */
  @property() tiles?: string;
  /** The site's Tianditu (天地图) key, for tiles="tianditu". */
  @property({ attribute: "tianditu-key" }) tiandituKey?: string;
  /** wgs84 (default) or gcj02: the datum of a tile URL template. */
  @property({ attribute: "tile-datum" }) tileDatum?: string;

  @state() private section?: SectionId;
  /** The sign-in has ended while the member was at work: it is asked for again above the screen, which stays as it was. */
  @state() private reSigningIn = false;
  @state() private changingPassword = false;
  @state() private note?: string;
  /** Each section's screen, made once and kept, so that what was typed in one survives a visit to another. */
  private readonly screens: Record<string, ConsoleScreen> = {};

  private readonly t = this.messagesOf<ConsoleMessages>(consoleMessages);
  private readonly signInForm = new StaffForm<SignInField>(this, "sign-in", { community: "", name: "", password: "" });
  private readonly passwordForm = new StaffForm<PasswordField>(this, "password", { current: "", next: "", repeat: "" });

  /** Who is signed in on this browser: null when no one. */
  private readonly session = new Loading<readonly [string], StaffSession | null>(this, {
    args: () => (this.apiBase ? [this.apiBase] : undefined),
    load: async ([api], { signal }) => (await (await sharedClient(ADMIN, api, this.startingCommunity)).session.current({ signal })) ?? null,
  });

  /** The signed-in community's name, for the header. */
  private readonly communityName = new Loading<readonly [string, string], string>(this, {
    args: () => (this.apiBase && this.signedIn ? [this.apiBase, this.signedIn.community] : undefined),
    load: async ([api, community], { signal }) => (await (await sharedClient(ADMIN, api, community)).community({ signal })).name,
  });

  constructor() {
    super();
    this.addEventListener("ck-admin-session-ended", () => {
      this.reSigningIn = true;
      this.note = this.t.t("sessionEnded");
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("hashchange", this.followHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this.followHash);
  }

  private readonly followHash = () => {
    const wanted = location.hash.slice(1);
    const section = this.signedIn && sectionsFor(this.signedIn.role).find((candidate) => candidate.id === wanted);
    if (section) this.section = section.id;
  };

  /** The community the sign-in form starts with: the attribute, the page's ?community=, else the last one signed in to here. */
  private get startingCommunity(): string {
    let remembered: string | null = null;
    try {
      remembered = localStorage.getItem(LAST_COMMUNITY);
    } catch {
      // Storage refused (a private window's policy): the member types it.
    }
    return this.communityId ?? new URLSearchParams(location.search).get("community") ?? remembered ?? "";
  }

  private get signedIn(): StaffSession | undefined {
    return this.session.value ?? undefined;
  }

  protected override renderContent() {
    if (!this.apiBase) return html`<p class="state state--unavailable" role="alert">${this.common.t("unavailable")}</p>`;
    if (this.session.status === "error") return this.loadFailed(this.session.error, () => this.session.retry());
    if (this.session.status !== "ready") return html`<p class="notice" role="status" aria-busy="true">${this.t.t("checking")}</p>`;
    const member = this.signedIn;
    if (!member) return html`<main class="console console--signed-out">${this.languageChoice()} ${this.signInPage()}</main>`;
    if (member.mustChangePassword || this.changingPassword) {
      return html`<main class="console console--signed-out">${this.passwordPage(member.mustChangePassword)}</main>`;
    }
    return html`<div class="console">
      ${this.header(member)}
      ${this.reSigningIn ? html`<div class="console__again">${this.signInPage()}</div>` : nothing}
      <div class="console__body" ?hidden=${this.reSigningIn}>${this.navigation(member)} ${this.screen(member)}</div>
    </div>`;
  }

  private signInPage() {
    if (!this.signInForm.values.community) this.signInForm.values.community = this.startingCommunity;
    return signInView(this.signInForm, this.t, this.note, () => void this.signIn());
  }

  private passwordPage(required: boolean) {
    return passwordView(
      this.passwordForm,
      this.t,
      required,
      () => void this.changePassword(),
      () => {
        this.changingPassword = false;
      },
    );
  }

  private header(member: StaffSession) {
    const name = this.communityName.value ?? member.community;
    return html`<header class="console__header" part="header">
      <p class="console__title">${this.t.t("heading", name)}</p>
      <p class="console__who">${this.t.t("signedInAs", member.name, this.t.t("role", member.role))}</p>
      ${this.languageChoice()}
      <button type="button" class="button" part="button" @click=${() => (this.changingPassword = true)}>${this.t.t("changePassword")}</button>
      <button type="button" class="button" part="button sign-out" @click=${() => void this.signOut()}>${this.t.t("signOut")}</button>
    </header>`;
  }

  private languageChoice() {
    const current = this.resolvedLocale.messages;
    return html`<div class="console__language">
      ${SUPPORTED_LOCALES.filter((locale) => locale !== current).map(
        (locale) =>
          html`<button type="button" class="button button--link" lang=${locale} @click=${() => (this.locale = locale)}>
            ${LANGUAGE_NAMES[locale]}
          </button>`,
      )}
    </div>`;
  }

  private navigation(member: StaffSession) {
    const sections = sectionsFor(member.role);
    const current = this.currentSection(member);
    return html`<nav class="console__nav" part="navigation" aria-label=${this.t.t("navigation")}>
      <ul>
        ${sections.map(
          (section) =>
            html`<li><a href=${`#${section.id}`} aria-current=${section.id === current ? "page" : nothing}>${this.t.t("section", section.id)}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  private currentSection(member: StaffSession): SectionId | undefined {
    const sections = sectionsFor(member.role);
    return sections.find((section) => section.id === this.section)?.id ?? sections[0]?.id;
  }

  private screen(member: StaffSession) {
    const section = sectionsFor(member.role).find((candidate) => candidate.id === this.currentSection(member));
    if (!section) return nothing;
    void section.load();
    const tag = `community-admin-${section.id}`;
    this.screens[tag] ??= document.createElement(tag) as ConsoleScreen;
    const element = this.screens[tag];
    element.className = "console__screen";
    // Each screen is told the same: where the API is, whose community, the language, the clock and who is signed in.
    Object.assign(element, {
      api: this.apiBase,
      community: member.community,
      locale: this.resolvedLocale.messages,
      clock: this.clock,
      session: member,
      senior: this.senior,
      mapTiles: { tiles: this.tiles, tiandituKey: this.tiandituKey, tileDatum: this.tileDatum },
    });
    return element;
  }

  private async signIn(): Promise<void> {
    const api = this.apiBase!;
    const signedIn = await this.signInForm.submit(
      () => validateSignIn(this.signInForm.values, this.t),
      async (request) => {
        const client = await sharedClient(ADMIN, api, request.community);
        const member = await client.session.signIn(request.name, request.password);
        // Another member's screens hold what they typed: the one signing in now starts afresh.
        const before = this.session.value;
        if (before && (before.name !== member.name || before.community !== member.community)) this.forgetScreens();
        try {
          localStorage.setItem(LAST_COMMUNITY, member.community);
        } catch {
          // Not kept: typed again next time.
        }
        this.session.value = member;
      },
      (error) => describeStaffFailure(error, this.t),
    );
    if (!signedIn) return;
    this.signInForm.values = { ...this.signInForm.values, password: "" };
    this.reSigningIn = false;
    this.note = undefined;
    this.followHash();
  }

  private async changePassword(): Promise<void> {
    const member = this.signedIn!;
    const changed = await this.passwordForm.submit(
      () => validatePasswordChange(this.passwordForm.values, this.t),
      async (request) => {
        const client = await sharedClient(ADMIN, this.apiBase!, member.community);
        this.session.value = await client.session.changePassword(request.current, request.next);
      },
      (error) => describeStaffFailure(error, this.t),
    );
    if (!changed) return;
    this.passwordForm.values = { current: "", next: "", repeat: "" };
    this.changingPassword = false;
  }

  private forgetScreens(): void {
    for (const tag of Object.keys(this.screens)) delete this.screens[tag];
  }

  private async signOut(): Promise<void> {
    const member = this.signedIn!;
    try {
      await (await sharedClient(ADMIN, this.apiBase!, member.community)).session.signOut();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.session.value = null;
    this.forgetScreens();
    this.note = this.t.t("signedOut");
    this.requestUpdate();
  }
}
