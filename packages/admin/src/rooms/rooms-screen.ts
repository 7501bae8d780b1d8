import { type ManagedBooking, type Resource, dayOf, instantOfWallTime } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { Loading } from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type RoomsMessages, roomsMessages } from "../locales/rooms.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";
import { tabList } from "../screen/tab-list.js";
import { StaffForm } from "../sign-in/staff-form.js";
import { approvalsView } from "./approvals-view.js";
import type { ReasonDraft } from "../screen/reason-form.js";
import { type RoomSettings, type SettingsField, roomSettings, validateSettings } from "./room-settings-form.js";
import { roomSettingsView } from "./room-settings-view.js";
import { type BlockValues, weekView } from "./week-view.js";

type Tab = "approvals" | "week" | "settings";
const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** The Monday of a day's week. */
const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7));

/**
 * Rooms and equipment: the bookings that wait for approval (approve, or reject with the reason
 * the resident reads), a room's week of bookings with time kept for maintenance, and each
 * room's opening hours, closed days and booking rules.
 *
 * @tagname community-admin-rooms
 */
export class CommunityAdminRooms extends ConsoleScreen {
  static override styles = consoleScreenStyles;

  @state() private tab?: Tab;
  @state() private roomId?: string;
  @state() private weekStart?: string;
  @state() private rejecting?: ReasonDraft;
  @state() private cancelling?: ReasonDraft;
  @state() private told?: string;
  @state() private block: BlockValues = { date: "", from: "", to: "", reason: "" };
  @state() private blockError?: string;

  private readonly t = this.messagesOf<RoomsMessages>(roomsMessages);
  private readonly settingsForm = new StaffForm<SettingsField, RoomSettings>(this, "settings", {
    hours: [],
    closures: [],
    limits: { slotMinutes: "", minMinutes: "", maxMinutes: "", leadMinutes: "", horizonDays: "", bufferMinutes: "" },
    maxActivePerPhone: "",
    approval: false,
    split: new Map(),
  });
  /** Which room the settings form holds. */
  private settingsOf?: string;

  private readonly resources = new Loading<readonly [string, string], { items: Resource[]; zone: string }>(this, {
    args: () => this.source,
    load: async (_, { signal }) => {
      const client = await this.admin();
      const [items, community] = await Promise.all([client.admin.resources.list({ signal }), client.community({ signal })]);
      return { items, zone: community.timezone };
    },
  });

  private readonly pending = new Loading<readonly [string, string, string], ManagedBooking[]>(this, {
    args: () => (this.source && this.currentTab === "approvals" && this.today ? [...this.source, this.today] : undefined),
    load: async ([, , today], { signal }) => (await this.admin()).admin.bookings.list({ status: "pending", from: today }, { signal }),
  });

  private readonly week = new Loading<readonly [string, string, string, string], ManagedBooking[]>(this, {
    args: () =>
      this.source && this.currentTab === "week" && this.currentRoom && this.currentWeek ? [...this.source, this.currentRoom.id, this.currentWeek] : undefined,
    load: async ([, , resource, monday], { signal }) =>
      (await (await this.admin()).admin.bookings.list({ resource, from: monday, to: addDays(monday, 7) }, { signal })).filter(
        (booking) => booking.status === "confirmed" || booking.status === "pending",
      ),
  });

  private get tabs(): Tab[] {
    return [...(this.may("bookings") ? (["approvals"] as const) : []), "week" as const, ...(this.may("rooms") ? (["settings"] as const) : [])];
  }

  private get currentTab(): Tab {
    return this.tab && this.tabs.includes(this.tab) ? this.tab : this.tabs[0]!;
  }

  private get today(): string | undefined {
    const zone = this.resources.value?.zone;
    return zone ? dayOf(this.now(), zone) : undefined;
  }

  private get currentRoom(): Resource | undefined {
    const items = this.resources.value?.items ?? [];
    return items.find((resource) => resource.id === this.roomId) ?? items[0];
  }

  private get currentWeek(): string | undefined {
    return this.weekStart ?? (this.today ? mondayOf(this.today) : undefined);
  }

  private formatDay = (day: string) => fullDay(day, this.resolvedLocale.intl);
  private what = (booking: ManagedBooking) =>
    `${this.resources.value?.items.find((resource) => resource.id === booking.resourceId)?.name ?? booking.resourceId} ${this.when(booking)}`;
  private when = (booking: ManagedBooking) => `${this.formatDay(booking.start.slice(0, 10))} ${booking.start.slice(11, 16)}–${booking.end.slice(11, 16)}`;

  protected override recover(): void {
    this.resources.retry();
  }

  protected override renderContent() {
    if (this.resources.status === "error") return this.loadFailed(this.resources.error, () => this.resources.retry());
    const resources = this.resources.value?.items;
    const tab = this.currentTab;
    return html`<section aria-labelledby="rooms-heading">
      <div class="screen__top"><h2 id="rooms-heading">${this.t.t("heading")}</h2></div>
      ${tabList(
        this,
        this.t.t("tabs"),
        this.tabs.map((id) => ({ id, label: this.t.t(id === "approvals" ? "tabApprovals" : id === "week" ? "tabWeek" : "tabSettings") })),
        tab,
        (id) => {
          this.tab = id as Tab;
          this.told = undefined;
        },
      )}
      <div class="tab-panel" role="tabpanel" id=${`panel-${tab}`} aria-labelledby=${`tab-${tab}`}>
        ${this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing}
        ${!resources ? html`<p class="notice" role="status" aria-busy="true">${this.t.t("loading")}</p>` : this.panel(tab, resources)}
      </div>
    </section>`;
  }

  private panel(tab: Tab, resources: Resource[]) {
    if (tab === "approvals") {
      if (this.pending.status === "error") return this.loadFailed(this.pending.error, () => this.pending.retry());
      return approvalsView({
        t: this.t,
        pending: this.pending.value,
        resources,
        rejecting: this.rejecting,
        mayDecide: this.may("bookings"),
        when: this.when,
        onApprove: (booking) => void this.decide(booking, "approve"),
        onReject: (booking) => {
          this.rejecting = { subjectId: booking.id, reason: "" };
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#reject-${booking.id}`)?.focus());
        },
        onReason: (reason) => (this.rejecting = { ...this.rejecting!, reason }),
        onConfirmReject: (booking) => void this.decide(booking, "reject"),
        onKeep: () => (this.rejecting = undefined),
      });
    }
    const room = this.currentRoom;
    if (!room) return nothing;
    if (tab === "week") {
      if (this.week.status === "error") return this.loadFailed(this.week.error, () => this.week.retry());
      const monday = this.currentWeek!;
      return weekView({
        t: this.t,
        resources,
        resourceId: room.id,
        days: Array.from({ length: 7 }, (_, index) => addDays(monday, index)),
        bookings: this.week.status === "ready" ? this.week.value : undefined,
        mayBlock: this.may("rooms"),
        mayCancel: this.may("bookings"),
        now: this.now(),
        cancelling: this.cancelling,
        block: this.block,
        blockError: this.blockError,
        formatDay: this.formatDay,
        onRoom: (id) => (this.roomId = id),
        onWeek: (weeks) => (this.weekStart = weeks === 0 ? undefined : addDays(monday, weeks * 7)),
        onBlock: (values) => (this.block = values),
        onAddBlock: () => void this.addBlock(room),
        onRemoveBlock: (block) => void this.removeBlock(room, block),
        onCancel: (booking) => {
          this.cancelling = { subjectId: booking.id, reason: "" };
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#cancel-${booking.id}`)?.focus());
        },
        onCancelReason: (reason) => (this.cancelling = { ...this.cancelling!, reason }),
        onConfirmCancel: (booking) => void this.cancelBooking(booking),
        onKeep: () => (this.cancelling = undefined),
      });
    }
    if (this.settingsOf !== room.id) {
      this.settingsOf = room.id;
      this.settingsForm.values = roomSettings(room);
      this.settingsForm.errors = {};
      this.settingsForm.problem = undefined;
    }
    return roomSettingsView({
      t: this.t,
      resources,
      resourceId: room.id,
      form: this.settingsForm,
      formatDay: this.formatDay,
      onRoom: (id) => (this.roomId = id),
      onSubmit: () => void this.saveSettings(room),
    });
  }

  private async decide(booking: ManagedBooking, action: "approve" | "reject"): Promise<void> {
    const reason = this.rejecting?.reason.trim() ?? "";
    if (action === "reject" && !reason) {
      this.rejecting = { subjectId: booking.id, reason: this.rejecting?.reason ?? "", error: this.t.t("reasonMissing") };
      return;
    }
    const what = this.what(booking);
    try {
      const client = await this.admin();
      if (action === "approve") await client.admin.bookings.approve(booking.id);
      else await client.admin.bookings.reject(booking.id, { reason });
      this.told = this.t.t(action === "approve" ? "approvedTold" : "rejectedTold", what);
      this.rejecting = undefined;
    } catch (error) {
      if (this.sessionEnded(error, action)) return;
      this.told = isApiError(error, "booking_not_pending") ? this.t.t("alreadyDecided") : this.describeFailure(error, this.t.t("forbidden"));
    }
    this.pending.reload();
  }

  /** The centre cannot keep a booking: the time is free at once, and the resident reads why (and is told, if she asked). */
  private async cancelBooking(booking: ManagedBooking): Promise<void> {
    const reason = this.cancelling?.reason.trim() ?? "";
    if (!reason) {
      this.cancelling = { subjectId: booking.id, reason: this.cancelling?.reason ?? "", error: this.t.t("reasonMissing") };
      return;
    }
    try {
      await (await this.admin()).admin.bookings.cancel(booking.id, { reason });
      this.told = this.t.t("cancelledTold", this.what(booking));
      this.cancelling = undefined;
    } catch (error) {
      if (this.sessionEnded(error, "cancel")) return;
      this.told = isApiError(error, "booking_not_active") ? this.t.t("alreadyInactive") : this.describeFailure(error, this.t.t("forbidden"));
    }
    this.week.reload();
  }

  private async addBlock(room: Resource): Promise<void> {
    const { date, from, to, reason } = this.block;
    const zone = this.resources.value!.zone;
    if (!date || !from || !to || to <= from || !reason.trim()) {
      this.blockError = this.t.t("blockInvalid");
      return;
    }
    const at = (time: string) =>
      instantOfWallTime(
        {
          year: Number(date.slice(0, 4)),
          month: Number(date.slice(5, 7)),
          day: Number(date.slice(8, 10)),
          hour: Number(time.slice(0, 2)),
          minute: Number(time.slice(3, 5)),
        },
        zone,
      ).toISOString();
    try {
      await (await this.admin()).admin.resources.block(room.id, { start: at(from), end: at(to), reason: reason.trim() });
      this.blockError = undefined;
      this.block = { date: "", from: "", to: "", reason: "" };
      this.told = this.t.t("blockTold");
      this.week.reload();
    } catch (error) {
      if (this.sessionEnded(error, "block")) return;
      this.blockError = isApiError(error, "slot_unavailable")
        ? this.t.t("blockTaken")
        : isApiError(error, "invalid_body")
          ? this.t.t("blockInvalid")
          : this.describeFailure(error, this.t.t("forbidden"));
    }
  }

  private async removeBlock(room: Resource, block: ManagedBooking): Promise<void> {
    try {
      await (await this.admin()).admin.resources.unblock(room.id, block.id);
      this.told = this.t.t("unblockTold");
      this.week.reload();
    } catch (error) {
      if (!this.sessionEnded(error, "unblock")) this.told = this.describeFailure(error, this.t.t("forbidden"));
    }
  }

  private async saveSettings(room: Resource): Promise<void> {
    const saved = await this.settingsForm.submit(
      () => validateSettings(this.settingsForm.values, this.t),
      async (request) => {
        await (await this.admin()).admin.resources.update(room.id, request);
      },
      (error) => (this.sessionEnded(error, "saving") ? undefined : this.describeFailure(error, this.t.t("forbidden"))),
    );
    if (!saved) return;
    this.told = this.t.t("saved", room.name);
    this.settingsOf = undefined;
    this.resources.reload();
  }
}

if (!customElements.get("community-admin-rooms")) customElements.define("community-admin-rooms", CommunityAdminRooms);

declare global {
  interface HTMLElementTagNameMap {
    "community-admin-rooms": CommunityAdminRooms;
  }
}
