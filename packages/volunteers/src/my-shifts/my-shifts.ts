import { Instant, type Opportunity, type SignupCheck, type SignupResult } from "@community-kit/schema";
import { type Localizer, MyWrites } from "@community-kit/ui";
import { html, nothing } from "lit";
import * as z from "zod/mini";
import type { VolunteerMessages } from "../locales/index.js";

/** What the device keeps of a sign-up: enough to show, add to a calendar and cancel it; the phone masked, no name. */
export const SavedShift = z.object({
  /** The API and community it was made with. */
  source: z.string(),
  signupId: z.string(),
  shiftId: z.string(),
  title: z.string(),
  /** In the community's zone with its offset, as the server answered. */
  start: Instant,
  end: Instant,
  /** promoted: moved up from the waitlist since signing up, as asked on a later visit. */
  status: z.enum(["confirmed", "waitlisted", "promoted"]),
  position: z.optional(z.number()),
  /** Why the centre called the shift off, once a later visit has heard it did. */
  calledOff: z.optional(z.string()),
  cancelToken: z.string(),
  shortCode: z.optional(z.string()),
  maskedPhone: z.string(),
  calendarUrl: z.string(),
});
export type SavedShift = z.infer<typeof SavedShift>;

export interface MyShiftsHost {
  requestUpdate(): void;
  /** Whether the widget is in the page. */
  isConnected(): boolean;
  cancelOnServer(item: SavedShift): Promise<void>;
  /** After a cancel: tell the page, show the place freed. */
  cancelled(item: SavedShift): void;
  /** "Saturday 28 November 08:30–10:30" in the page's language. */
  when(start: string, end: string): string;
  /** The opportunity a shift belongs to; undefined when it cannot be read. */
  opportunityOf(shiftId: string): Promise<Pick<Opportunity, "id" | "title"> | undefined>;
  /** A sign-up was made (also one that waited on the device): remember it, tell the page, show the places taken. */
  signedUp(opportunity: Pick<Opportunity, "id" | "title">, result: SignupResult, phone: string): void;
}

const REFUSED: Record<string, "refusedDuplicate" | "refusedOverlap" | "refusedStarted"> = {
  duplicate_signup: "refusedDuplicate",
  overlapping_signup: "refusedOverlap",
  shift_started: "refusedStarted",
};

/** "My shifts": what the volunteer signed up for on this device and is not over yet, with cancel and .ics. */
export class MyShifts extends MyWrites<"signup", SavedShift> {
  constructor(
    private readonly host: MyShiftsHost,
    private readonly t: Localizer<VolunteerMessages>,
  ) {
    const what = async (shiftId: string, time?: { start: string; end: string }) => {
      const opportunity = await host.opportunityOf(shiftId);
      return {
        opportunity: opportunity ?? { id: "", title: shiftId },
        text: `${opportunity?.title ?? shiftId}${time ? ` ${host.when(time.start, time.end)}` : ""}`,
      };
    };
    super({
      ...host,
      store: "shifts",
      schema: SavedShift,
      id: "my-shifts",
      cancelPart: "cancel-signup",
      keyOf: (item) => item.signupId,
      goneCode: "signup_not_found",
      kind: "signup",
      delivered: async (write, result) => {
        const { opportunity, text } = await what(write.subject, result);
        host.signedUp(opportunity, result, (write.body as { phone?: string }).phone ?? "");
        return t.t("mineSentLater", text, result.status === "confirmed" ? t.t("statusConfirmed") : t.t("statusWaitlisted", result.position ?? 1));
      },
      refused: async (write, error) => t.t("mineRefusedLater", (await what(write.subject)).text, t.t(REFUSED[error.code] ?? "refusedOther")),
    });
  }

  /** Asks where each sign-up stands now: promoted ones say so, one the centre called off says why, one cancelled elsewhere is forgotten. */
  async refresh(check: (item: SavedShift) => Promise<SignupCheck>): Promise<void> {
    for (const item of this.saved.items.filter((saved) => saved.calledOff === undefined)) {
      try {
        const now = await check(item);
        if (now.shiftCancelled) await this.saved.add({ ...item, calledOff: now.reason ?? "" });
        else if (now.status === "cancelled") await this.saved.remove(item.signupId);
        else if (now.status === "confirmed" && item.status === "waitlisted") await this.saved.add({ ...item, status: "promoted", position: undefined });
        else if (now.position !== item.position) await this.saved.add({ ...item, position: now.position });
      } catch {
        // Offline or gone: it shows as it was saved until the next visit.
      }
    }
  }

  render() {
    const { t, host } = this;
    return this.renderList(
      t.messages,
      (count) => t.t("mineWaiting", count),
      (item) =>
        html`<p class="mine__event"><strong>${item.title}</strong><br />${host.when(item.start, item.end)}</p>
          <p class="mine__status">${
            item.calledOff !== undefined
              ? t.t("statusCalledOff", item.calledOff)
              : item.status === "confirmed"
                ? t.t("statusConfirmed")
                : item.status === "promoted"
                  ? t.t("statusPromoted")
                  : t.t("statusWaitlisted", item.position ?? 1)
          } · ${item.maskedPhone}</p>
          ${
            item.calledOff === undefined
              ? html`<p><a class="button" part="button add-to-calendar" href=${item.calendarUrl} download>${t.t("addToCalendar")}<span class="visually-hidden">：${item.title}</span></a></p>`
              : nothing
          }`,
      (item) => `${item.title} ${host.when(item.start, item.end)}`,
    );
  }
}
