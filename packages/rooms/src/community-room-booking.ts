import type { Resource, ResourceKind } from "@community-kit/schema";
import { CommunityElement, Localizer, baseStyles, describeLoadError, errorState, notice, stateStyles, tokenStyles } from "@community-kit/ui";
import { html } from "lit";
import { property, state } from "lit/decorators.js";
import { sharedBookingClient } from "./booking-client.js";
import { roomsStyles } from "./community-room-booking.styles.js";
import { type RoomsMessages, roomsMessages } from "./locales/index.js";
import { resourceCards } from "./views/resource-cards.js";

/** Detail of `ck-resource-select`. */
export interface ResourceSelectDetail {
  resourceId: string;
  kind: ResourceKind;
}

const KINDS = new Set(["room", "equipment"]);

/**
 * A community's rooms and equipment, with what each holds and has and when it
 * is open, to choose one to book.
 *
 * @summary Rooms and equipment of a community, to book.
 *
 * @event {CustomEvent<ResourceSelectDetail>} ck-resource-select - A resident chose a room or equipment.
 *
 * @csspart cards - The list of rooms and equipment; card each one, card-chosen the one chosen.
 * @csspart button - Every button; with choose, retry.
 * @csspart notice - Quiet messages: a fallen-back attribute.
 * @csspart error - The error state.
 */
export class CommunityRoomBooking extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, stateStyles, roomsStyles];

  /** room or equipment: show one kind only (default both). */
  @property() kind?: string;

  /** The id of the room or equipment to open with, chosen. */
  @property() resource?: string;

  @state() private resources?: Resource[];
  @state() private status: "idle" | "loading" | "ready" | "error" = "idle";
  @state() private chosen?: string;
  private error?: unknown;
  private loadedKey?: string;
  private controller?: AbortController;
  private readonly t = new Localizer<RoomsMessages>(roomsMessages);

  protected override localizers() {
    return [...super.localizers(), this.t as unknown as Localizer<never>];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.loadedKey = undefined;
  }

  protected override updated(): void {
    const key = this.hasSource ? `${this.apiBase}|${this.communityId}` : undefined;
    if (key && key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(this.apiBase!, this.communityId!);
    }
  }

  protected override recover(): void {
    this.loadedKey = undefined;
  }

  private async load(api: string, community: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = "loading";
    try {
      const client = await sharedBookingClient(api, community);
      const resources = await client.resources.list({}, { signal: controller.signal, onCached: (page) => !controller.signal.aborted && this.show(page.items) });
      if (!controller.signal.aborted) this.show(resources);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.status = "error";
    }
  }

  private show(resources: Resource[]): void {
    this.resources = resources;
    this.status = "ready";
    if (this.chosen === undefined && this.resource && resources.some((resource) => resource.id === this.resource)) this.chosen = this.resource;
  }

  private get validKind(): ResourceKind | undefined {
    return this.kind && KINDS.has(this.kind) ? (this.kind as ResourceKind) : undefined;
  }

  private choose = (resource: Resource): void => {
    this.chosen = resource.id;
    this.emit<ResourceSelectDetail>("ck-resource-select", { resourceId: resource.id, kind: resource.kind });
  };

  private notices(): string[] {
    const notices: string[] = [];
    if (this.kind && !this.validKind) notices.push(this.t.t("invalidKind", this.kind));
    if (this.resource && this.status === "ready" && !this.resources?.some((resource) => resource.id === this.resource)) {
      notices.push(this.t.t("unknownResource", this.resource));
    }
    return notices;
  }

  protected override renderContent() {
    const body = !this.hasSource
      ? notice(this.t.t("notConfigured"))
      : this.status === "error"
        ? errorState(describeLoadError(this.error, this.common, this.communityId ?? ""), this.common.t("retry"), () => {
            this.loadedKey = undefined;
            this.requestUpdate();
          })
        : this.renderCards();
    return html`<section class="rooms" aria-label=${this.t.t("label", "")}>${this.notices().map((message) => notice(message))} ${body}</section>`;
  }

  private renderCards() {
    const busy = this.status !== "ready";
    const shown = (this.resources ?? []).filter((resource) => !this.validKind || resource.kind === this.validKind);
    if (!busy && !shown.length) return notice(this.t.t(this.resources?.length ? "emptyKind" : "empty"), "empty");
    return resourceCards({ resources: shown, selected: this.chosen, intl: this.resolvedLocale.intl, busy }, this.t, this.choose);
  }
}
