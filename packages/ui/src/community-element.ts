import type { Clock } from "@community-kit/schema";
import { ContextConsumer } from "@lit/context";
import { LitElement, type TemplateResult, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { type CommunityConfig, communityContext } from "./community-context.js";
import { type CommonMessages, commonMessages } from "./localize/common-messages.js";
import { type ResolvedLocale, resolveLocale } from "./localize/locale.js";
import { type LazyMessages, type LocalizedMessages, Localizer, type MessageTable } from "./localize/messages.js";
import { PageLanguage } from "./runtime/page-language.js";
import type { KitEventDetail, KitEventName } from "./kit-events.js";
import { type ClientKind, sharedClient } from "./runtime/shared-client.js";
import { adoptLater, unadopt } from "./theme/adopt-later.js";
import type { Staleness } from "./runtime/loading.js";
import { errorState, notice, unavailableState } from "./states/state-views.js";
import { describeLoadError } from "./localize/describe-error.js";
import type { AnySetupProblem, SetupMessages, SetupTable } from "./localize/setup-messages.js";
import { isApiError } from "@community-kit/sdk";

type ThemePresets = typeof import("./theme/themes.js");

/** The preset themes, loaded once for the page by the first widget that names one; undefined if they cannot load. */
let themePresets: Promise<ThemePresets | undefined> | undefined;
const loadThemePresets = () => (themePresets ??= import("./theme/themes.js").catch(() => undefined));

/** A widget whose theme is on its way is laid out but not shown: neither a flash of the default colours nor a jump. */
const unthemed = css`
  :host {
    visibility: hidden !important;
  }
`;

/**
 * The base of every Community Kit widget: configuration by attribute or by a
 * surrounding <community-provider>, the shared client, localization, `ck-*`
 * events, and containment: a failure shows the widget's error state and
 * never reaches the host page.
 *
 * @cssproperty --ck-color-primary - Buttons, links, the chosen day and slot.
 * @cssproperty --ck-color-on-primary - Text on the primary colour.
 * @cssproperty --ck-color-text - Body text.
 * @cssproperty --ck-color-muted - Secondary text: times, counts, hints (at least 4.5:1 on the surface).
 * @cssproperty --ck-color-surface - The widget's background.
 * @cssproperty --ck-color-subtle - Quiet areas: other months' days, notices, hover.
 * @cssproperty --ck-color-border - Lines between things.
 * @cssproperty --ck-color-border-strong - Lines in senior mode.
 * @cssproperty --ck-color-today - Background of today.
 * @cssproperty --ck-color-danger - Errors, full, booked.
 * @cssproperty --ck-color-success - Free, open.
 * @cssproperty --ck-color-warning - Few places left.
 * @cssproperty --ck-color-holiday - Festivals and 休.
 * @cssproperty --ck-color-workday - Weekend days worked in a holiday's place (班).
 * @cssproperty --ck-color-focus - The keyboard focus ring.
 * @cssproperty --ck-color-event - Events whose category has no colour (category colours carry white text).
 * @cssproperty --ck-font-family - Font (inherits the page's).
 * @cssproperty --ck-font-size-base - Base size before --ck-scale; the reader's text size, at least 16px.
 * @cssproperty --ck-line-height - Line height; 1.6 in senior mode.
 * @cssproperty --ck-scale - Type scale; 1.25 in senior mode.
 * @cssproperty --ck-target-size - Smallest button size; 60px in senior mode.
 * @cssproperty --ck-radius - Corner radius.
 */
export abstract class CommunityElement extends LitElement {
  /** Base URL of the Community Kit API, e.g. https://api.example.org */
  @property() api?: string;

  /** The community's id, e.g. taihe */
  @property() community?: string;

  /** zh-CN, zh-Hant (zh-TW, zh-HK) or en (en-GB, en-US …); default the page's `lang`, else zh-CN. */
  @property() locale?: string;

  /** The elderly-friendly mode: larger type and targets, higher contrast. */
  @property({ type: Boolean, reflect: true }) senior = false;

  /** A preset theme: default, government, neutral, dark, high-contrast, or auto (dark or high contrast as the reader's system asks). */
  @property({ reflect: true }) theme?: string;

  /**
   * Where the widget reads "now" (today, what is over, the now line), else
   * the system's clock. A page, story or test may pin it; set it before the
   * widget is shown (a plain field: a reactive property's bytes are more
   * than it is worth).
   */
  clock?: Clock;

  /** The configuration of a <community-provider> around the widget. */
  readonly #provider = new ContextConsumer(this, { context: communityContext, subscribe: true });
  protected get provided(): CommunityConfig | undefined {
    return this.#provider.value;
  }

  readonly #localizers: Array<Localizer<never>> = [];
  protected readonly common = this.messagesOf<CommonMessages>(commonMessages);

  constructor() {
    super();
    new PageLanguage(this);
  }

  #failure: unknown;
  readonly #toldWebTeam = new Set<string>();
  /** What is wrong with the set-up as of the last render, gathered by `forWebTeam`. */
  #setupProblems: AnySetupProblem[] = [];
  #telling?: ReturnType<typeof setTimeout>;

  /** The preset themes once adopted, null when they could not load. */
  #presets?: ThemePresets | null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#awaitProvider();
    // Put back after leaving the page (moved by a script, a framework's re-render): take up
    // again what leaving stopped (loads in flight, listening to the outbox).
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * The first widget inside a <community-provider> defines it: its code loads
   * only on pages that have one. A provider defined after the widget asked
   * (by this, or by another bundle) is asked again.
   */
  #awaitProvider(): void {
    if (!this.closest("community-provider") || customElements.get("community-provider")) return;
    this.#providerPending = true;
    const settled = () => {
      this.#providerPending = false;
      this.requestUpdate();
    };
    import("./community-provider.js").then((module) => module.defineCommunityProvider(), settled);
    void customElements.whenDefined("community-provider").then(() => {
      this.#provider.hostDisconnected();
      this.#provider.hostConnected();
      settled();
    });
  }

  /** A provider around the widget is on its way: what it will say is not known yet. */
  #providerPending = false;

  /** "Now", by the widget's clock, else the system's. */
  protected now(): Date {
    return this.clock?.now() ?? new Date();
  }

  /** The locale attribute, else the provider's, else the language of the page around the widget. */
  protected get resolvedLocale(): ResolvedLocale {
    return resolveLocale(this.locale ?? this.provided?.locale ?? (this.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang));
  }

  /** The api attribute (or the provider's) as written, when there is one. */
  get #apiAsWritten(): string | undefined {
    return (this.api ?? this.provided?.api)?.trim() || undefined;
  }

  /** The API's address; undefined unless it is one: http, https, or a path on this site, never another scheme (javascript:, data:). */
  protected get apiBase(): string | undefined {
    const api = this.#apiAsWritten;
    return api && (/^https?:/i.test(api) || !/^[a-z][\w+.-]*:/i.test(api)) ? api : undefined;
  }

  protected get communityId(): string | undefined {
    return (this.community ?? this.provided?.community)?.trim() || undefined;
  }

  /** The API and community read, once both are set: what the widget's loads depend on. */
  protected get source(): readonly [api: string, community: string] | undefined {
    const api = this.apiBase;
    const community = this.communityId;
    return api && community ? [api, community] : undefined;
  }

  /** Whether an API and a community are set, so that the widget can load. */
  protected get hasSource(): boolean {
    return this.source !== undefined;
  }

  /** Names the API and community the widget reads, for what it keeps on the device. */
  protected get sourceKey(): string {
    return `${this.apiBase}|${this.communityId}`;
  }

  /** The client of `kind` for this widget's API and community (once `hasSource`), shared with the page's other widgets. */
  protected clientOf<Client>(kind: ClientKind<Client>): Promise<Client> {
    return sharedClient(kind, this.apiBase!, this.communityId!);
  }

  /** Dispatches `ck-…`, bubbling and composed, with the detail its widget declares for it; false when a cancelable event was cancelled. */
  protected emit<Name extends KitEventName>(name: Name, detail: KitEventDetail<Name>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** Focuses what matches `selector` once the widget has rendered (a heading, an error summary). */
  async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Tells the page's web team, once each, what is wrong with how the widget
   * is set up (an attribute it fell back from, a community that does not
   * exist), in the browser's console with the fix: residents are not shown it.
   */
  protected forWebTeam(problems: Iterable<AnySetupProblem>): void {
    this.#setupProblems.push(...problems);
  }

  /** The widget's own messages for the web team (a `locales/setup.ts`), loaded only when there is something to tell. */
  protected setupMessages(): Promise<SetupMessages<SetupTable>> | undefined {
    return undefined;
  }

  /**
   * Told after the page has had its turn: a page or framework that sets the
   * attributes and properties just after making the widget (events, locale)
   * is not warned of the widget as it was before.
   */
  #tellWebTeamSoon(): void {
    clearTimeout(this.#telling);
    this.#telling = setTimeout(async () => {
      const problems = this.#setupProblems;
      // Offline before the messages came: the web team still gets the problem's key and values.
      const [common, own] = await Promise.all([import("./localize/common-setup.js").catch(() => undefined), this.setupMessages()?.catch(() => undefined)]);
      // In the page's language, as of when it is told.
      const locale = this.resolvedLocale.messages;
      const table: SetupTable = { ...common?.commonSetup[locale], ...own?.[locale] };
      for (const [key, ...values] of problems) {
        const message = table[key]?.(...(values as never[])) ?? [key, ...values].join(" ");
        if (this.#toldWebTeam.has(message)) continue;
        this.#toldWebTeam.add(message);
        console.warn(`[community-kit] <${this.localName}> ${message}`);
      }
    });
  }

  /** Where the widget cannot show anything as the page set it up: `why` to the console, a neutral line and the page's own fallback to residents. */
  protected unavailable(why: AnySetupProblem): TemplateResult {
    const api = this.#apiAsWritten;
    this.forWebTeam([api && !this.apiBase ? ["invalidApi", api] : why]);
    return unavailableState(this.common.t("unavailable"));
  }

  /** A load that failed: the error state with a retry, or, when the page named a community that does not exist, what `unavailable` shows. */
  protected loadFailed(error: unknown, retry: () => void): TemplateResult {
    if (isApiError(error, "community_not_found")) return this.unavailable(["communityNotFound", this.communityId ?? ""]);
    return errorState(describeLoadError(error, this.common), this.common.t("retry"), retry);
  }

  /** The notice over a saved copy: being refreshed, or kept because the network did not answer. */
  protected staleNotice(...staleness: Staleness[]): TemplateResult | typeof nothing {
    if (staleness.includes("offline")) return notice(this.common.t("cachedNotice"), "notice stale offline");
    // Over the content, not above it: it comes and goes as the server answers, often within a moment, and would move the page twice.
    if (staleness.includes("refreshing"))
      return html`<p class="notice notice--floating" role="status" part="notice stale refreshing">${this.common.t("refreshingNotice")}</p>`;
    return nothing;
  }

  /** Runs `work` and turns a throw into the error state instead of an uncaught error. */
  protected guard<Args extends unknown[]>(work: (...args: Args) => void): (...args: Args) => void {
    return (...args: Args) => {
      try {
        work(...args);
      } catch (error) {
        this.fail(error);
      }
    };
  }

  protected fail(error: unknown): void {
    console.error("[community-kit]", error);
    this.#failure = error;
    this.requestUpdate();
  }

  /** One of the widget's message tables: kept in the page's language, whose table loads before the widget shows (zh-CN comes with it). */
  protected messagesOf<Table extends MessageTable>(tables: LocalizedMessages<Table> | LazyMessages<Table>): Localizer<Table> {
    const localizer = new Localizer<Table>(tables);
    this.#localizers.push(localizer as unknown as Localizer<never>);
    return localizer;
  }

  /** Whether every message table is here in the page's language. */
  protected get messagesReady(): boolean {
    return this.#localizers.every((localizer) => localizer.ready);
  }

  /** Whether a theme other than the default is named and the presets are not here yet. */
  get #presetsPending(): boolean {
    const theme = this.theme?.trim();
    return !!theme && theme !== "default" && this.#presets === undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.#setupProblems = [];
    const locale = this.resolvedLocale.messages;
    for (const localizer of this.#localizers) localizer.locale = locale;
    if (!this.messagesReady) {
      void Promise.all(this.#localizers.map((localizer) => localizer.load())).then(() => this.requestUpdate());
    }
    // Adopted after the widget's own styles, the presets win over the default tokens (adopting twice adds nothing).
    if (this.#presetsPending) {
      const root = this.renderRoot as ShadowRoot;
      adoptLater(root, unthemed);
      void loadThemePresets().then((presets) => {
        this.#presets = presets ?? null;
        if (presets) adoptLater(root, presets.themeStyles);
        unadopt(root, unthemed);
        this.requestUpdate();
      });
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // In the page's language: not while its messages are still on their way.
    if (this.#setupProblems.length && this.isConnected) this.#tellWebTeamSoon();
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      // Showing the error state failed as well: stay quiet rather than loop.
      if (this.#failure !== undefined) {
        console.error("[community-kit]", error);
        return;
      }
      this.fail(error);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.#failure !== undefined) {
      return errorState(this.common.t("unexpectedError"), this.common.t("retry"), () => {
        this.#failure = undefined;
        this.recover();
        this.requestUpdate();
      });
    }
    // Until its language and its provider have come, a widget holds its place, in nothing it would not keep.
    if (!this.messagesReady || this.#providerPending) return html`<div class="held" aria-busy="true"></div>`;
    // An unknown theme matches no preset, so the default shows; the web team is told why.
    const theme = this.theme?.trim();
    const unknownTheme = theme && this.#presets?.unknownTheme(theme, this.resolvedLocale.intl);
    if (unknownTheme) this.forWebTeam([unknownTheme]);
    return this.renderContent();
  }

  /** Called by the retry of the failure state: reset what may have caused it. */
  protected recover(): void {}

  protected abstract renderContent(): TemplateResult | typeof nothing;
}
