import type { Community, RegistrationResult } from "@community-kit/schema";
import type { CommunityClient } from "@community-kit/sdk";
import { type KitEventDetail, LazyPart, Loading, adoptLater, isQueued, maskPhone } from "@community-kit/ui";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { CalendarEvent } from "../calendar-event.js";
import type { RegistrationContext } from "../views/view-context.js";
import type { MyRegistrations } from "./my-registrations.js";

/** What the calendar tells its registrations: where it reads, what it shows, and how to tell the page. */
export interface RegistrationsCalendar {
  /** The API and community read, when the calendar reads an API (not events handed to it, not a feed). */
  source(): { key: string; api: string; community: string } | undefined;
  community(): Community | undefined;
  client(): Promise<CommunityClient>;
  /** The event as the calendar has it: the one open in its dialog, or one of the month's. */
  knownEvent(eventId: string): CalendarEvent | undefined;
  now(): Date;
  registrationCreated(detail: KitEventDetail<"ck-registration-created">): void;
  registrationCancelled(detail: KitEventDetail<"ck-registration-cancelled">): void;
  /** Places left have changed: the month is read again. */
  placesChanged(): void;
}

/**
 * Registering from the calendar and "my registrations": the form's register
 * call, what the device keeps of each registration, and the list of them,
 * whose code loads with the API client on pages that read an API.
 */
export class CalendarRegistrations implements ReactiveController {
  readonly mine: LazyPart<MyRegistrations>;

  constructor(
    host: ReactiveControllerHost & { readonly isConnected: boolean; readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly calendar: RegistrationsCalendar,
  ) {
    host.addController(this);
    this.mine = new LazyPart(host, () =>
      import("./my-registrations.js").then(({ MyRegistrations, myItemsStyles }) => {
        // The list's styles come with it: most residents have no registrations on the device.
        adoptLater(host.renderRoot as ShadowRoot, myItemsStyles);
        return new MyRegistrations({
          requestUpdate: () => host.requestUpdate(),
          isConnected: () => host.isConnected,
          cancelOnServer: async (item) => (await calendar.client()).events.cancelRegistration(item.eventId, item.registrationId, item.cancelToken),
          cancelled: (item) => {
            calendar.registrationCancelled({ eventId: item.eventId });
            calendar.placesChanged();
          },
          eventOf: async (eventId) => {
            const known = calendar.knownEvent(eventId);
            if (known) return known;
            const event = await (await calendar.client()).events.get(eventId).catch(() => undefined);
            return event && { title: event.title, start: new Date(event.start) };
          },
          registeredLater: (eventId, result) => this.#registered(eventId, result),
          now: () => calendar.now(),
        });
      }),
    );
    // "My registrations" of the API and community read, from the device, once for each (and again when put back on the page),
    // each then asked where it stands now.
    new Loading<readonly [string, string, string], void>(host, {
      args: () => {
        const source = calendar.source();
        return source && ([source.key, source.api, source.community] as const);
      },
      load: async ([key, api, community]) => {
        const mine = await this.mine.get();
        await mine.show(key, api, community, calendar.now());
        const client = await calendar.client();
        await mine.refresh((item) => client.events.checkRegistration(item.eventId, item.registrationId, item.cancelToken));
      },
    });
  }

  hostDisconnected(): void {
    this.mine.value?.stop();
  }

  /** What the event dialog's form registers with, when the calendar reads an API and knows whose data rules apply. */
  context(): RegistrationContext | undefined {
    const community = this.calendar.community();
    const source = this.calendar.source();
    if (!source || !community) return undefined;
    return {
      ...community,
      register: async (eventId, request, idempotencyKey) => {
        const client = await this.calendar.client();
        const result = await client.events.register(eventId, request, { idempotencyKey }).catch((error: unknown) => {
          // Kept on the device to send later: "my registrations" takes it from there once it is sent.
          if (isQueued(error)) void this.mine.get().then((mine) => mine.watchOutbox());
          throw error;
        });
        void this.#remember(source.key, eventId, result, maskPhone(request.phone));
        this.#registered(eventId, result);
        return result;
      },
    };
  }

  /** A registration went through: tell the page; places left have changed, so the month reloads and an open dialog follows it. */
  #registered(eventId: string, result: RegistrationResult): void {
    this.calendar.registrationCreated({ eventId, status: result.status, position: result.position, partySize: result.partySize });
    this.calendar.placesChanged();
  }

  async #remember(source: string, eventId: string, result: RegistrationResult, maskedPhone: string): Promise<void> {
    const event = this.calendar.knownEvent(eventId);
    await (await this.mine.get()).saved.add({
      source,
      eventId,
      title: event?.title ?? eventId,
      start: (event?.start ?? this.calendar.now()).toISOString(),
      registrationId: result.registrationId,
      cancelToken: result.cancelToken,
      shortCode: result.shortCode,
      status: result.status,
      position: result.position,
      partySize: result.partySize,
      maskedPhone,
    });
  }
}
