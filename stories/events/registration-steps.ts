import { type Event, dayOf } from "@community-kit/schema";
import { demoCommunityEvents } from "@community-kit/server/demo-data";
import { userEvent, waitFor } from "storybook/test";
import { PLAY_TIMEOUT, STORY_API } from "../story-api.js";

/** What a resident types into the registration form. */
export interface Registrant {
  name?: string;
  phone?: string;
  partySize?: number;
  consent?: boolean;
}

/** The first event still to come that takes registrations and has `places` left, with the day the calendar should open on. */
export function eventToRegisterFor(community: string, places = 1): { event: Event; day: string } {
  const { community: details, events } = demoCommunityEvents(community);
  const event = events.find(
    (candidate) =>
      Date.parse(candidate.start) > Date.now() + 3_600_000 &&
      candidate.registration?.open &&
      (candidate.capacity ?? 0) - (candidate.registeredCount ?? 0) >= places,
  );
  if (!event) throw new Error(`The demo of ${community} has no event to register for`);
  return { event, day: dayOf(new Date(event.start), details.timezone) };
}

/** The last event of the community that is over, with the day it was on. */
export function pastEvent(community: string): { event: Event; day: string } {
  const { community: details, events } = demoCommunityEvents(community);
  const event = events.findLast((candidate) => Date.parse(candidate.end) < Date.now() && !candidate.allDay);
  if (!event) throw new Error(`The demo of ${community} has no past event`);
  return { event, day: dayOf(new Date(event.start), details.timezone) };
}

function calendarIn(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector("community-events")!.shadowRoot!;
}

/** Clicks the event in the month and waits for its dialog. */
export async function openEvent(canvas: HTMLElement, eventId: string): Promise<ShadowRoot> {
  const button = await waitFor(
    () => calendarIn(canvas).querySelector<HTMLButtonElement>(`[data-event-id="${eventId}"]`) ?? Promise.reject(new Error("no event")),
    { timeout: PLAY_TIMEOUT },
  );
  await userEvent.click(button);
  return waitFor(
    () => {
      const dialog = calendarIn(canvas).querySelector("community-events-dialog")?.shadowRoot;
      return dialog?.querySelector(".dialog__facts") ? dialog : Promise.reject(new Error("no dialog"));
    },
    { timeout: PLAY_TIMEOUT },
  );
}

/** Clicks the event in the month and waits for the registration form in its dialog. */
export async function openRegistrationForm(canvas: HTMLElement, eventId: string): Promise<ShadowRoot> {
  const dialog = await openEvent(canvas, eventId);
  await waitFor(() => dialog.querySelector("form") ?? Promise.reject(new Error("no form")), { timeout: PLAY_TIMEOUT });
  return dialog;
}

export async function fillIn(dialog: ShadowRoot, registrant: Registrant): Promise<void> {
  if (registrant.name) await userEvent.type(dialog.querySelector("#registration-name")!, registrant.name);
  if (registrant.phone) await userEvent.type(dialog.querySelector("#registration-phone")!, registrant.phone);
  if (registrant.partySize) await userEvent.selectOptions(dialog.querySelector("#registration-partySize")!, String(registrant.partySize));
  if (registrant.consent) await userEvent.click(dialog.querySelector("#registration-consent")!);
}

/** Submits and waits for the answer: the confirmation, the error summary, or word that it waits for the network. */
export async function submit(dialog: ShadowRoot): Promise<void> {
  await userEvent.click(dialog.querySelector('button[type="submit"]')!);
  await waitFor(() => dialog.querySelector(".registration--done, .error-summary, .queued") ?? Promise.reject(new Error("no answer")), {
    timeout: PLAY_TIMEOUT,
  });
}

/** Someone else takes every place left, so that the next party goes on the waitlist. */
export async function takeEveryPlace(community: string, event: Event): Promise<void> {
  const places = (event.capacity ?? 0) - (event.registeredCount ?? 0);
  await fetch(`${STORY_API}/ready/v1/communities/${community}/events/${event.id}/registrations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ name: "邻居", phone: "13900000000", partySize: places, consent: true }),
  });
}

/** Closes the dialog and opens "my registrations". */
export async function openMyRegistrations(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = calendarIn(canvas);
  await userEvent.click(root.querySelector("community-events-dialog")!.shadowRoot!.querySelector(".dialog__close")!);
  const button = await waitFor(() => root.querySelector<HTMLButtonElement>('[part~="my-registrations"]') ?? Promise.reject(new Error("no button")), {
    timeout: PLAY_TIMEOUT,
  });
  await userEvent.click(button);
  return root;
}
