import { Localizer, OutboxWatch, type SavedItems, maskPhone } from "@community-kit/ui";
import type { MyRegistrationsMessages } from "./messages.js";
import type { MyRegistrationsHost } from "./my-registrations.js";
import { type QueuedRegistrationMessages, queuedRegistrationMessages } from "./queued-messages.js";
import type { SavedRegistration } from "./saved-registrations.js";

/**
 * Registrations kept on this device by the SDK's outbox, for the API and community shown:
 * once one is sent it joins "my registrations" with its cancel token, and
 * the resident is told what became of it. Loaded only when some wait.
 */
export function watchQueuedRegistrations(
  /** The saved items' source (API and community) as shown now. */
  source: () => string,
  saved: SavedItems<SavedRegistration>,
  host: MyRegistrationsHost,
  mine: Localizer<MyRegistrationsMessages>,
) {
  const t = new Localizer<QueuedRegistrationMessages>(queuedRegistrationMessages);
  const watch = new OutboxWatch({
    kind: "registration",
    requestUpdate: () => host.requestUpdate(),
    isConnected: () => host.isConnected(),
    delivered: async (write, result) => {
      t.locale = mine.locale;
      const event = await host.eventOf(write.subject);
      const title = event?.title ?? write.subject;
      const phone = (write.body as { phone?: string }).phone ?? "";
      await saved.add({
        source: source(),
        eventId: write.subject,
        title,
        start: (event?.start ?? host.now()).toISOString(),
        ...result,
        maskedPhone: maskPhone(phone),
      });
      host.registeredLater(write.subject, result);
      return t.t(
        "sentLater",
        title,
        result.status === "confirmed" ? mine.t("statusConfirmed", result.partySize) : mine.t("statusWaitlisted", result.position ?? 1),
      );
    },
    refused: async (write, error) => {
      t.locale = mine.locale;
      const why =
        error.code === "duplicate_registration"
          ? "refusedDuplicate"
          : error.code === "registration_closed" || error.code === "event_past"
            ? "refusedClosed"
            : "refusedOther";
      return t.t("refusedLater", (await host.eventOf(write.subject))?.title ?? write.subject, t.t(why));
    },
  });
  return {
    follow: (api: string, community: string) => watch.follow(api, community),
    watch: () => watch.watch(),
    stop: () => watch.stop(),
    render: () => {
      t.locale = mine.locale;
      return watch.render((count) => t.t("waiting", count));
    },
  };
}
