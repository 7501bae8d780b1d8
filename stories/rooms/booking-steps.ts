import type { Resource } from "@community-kit/schema";
import { demoCommunityResources } from "@community-kit/server/demo-data";
import { userEvent, waitFor } from "storybook/test";
import { firstFreeTime, takeMeanwhile } from "../story-bookings.js";
import { PLAY_TIMEOUT } from "../story-api.js";

/** What a resident types into the booking form. */
export interface Booker {
  purpose: string;
  organisation?: string;
  attendees?: string;
  name: string;
  phone: string;
  /** Where the community sends e-mail and the resident asked to be told. */
  email?: string;
}

export function demoResource(community: string, id: string): Resource {
  const resource = demoCommunityResources(community).find((candidate) => candidate.id === id);
  if (!resource) throw new Error(`The demo of ${community} has no ${id}`);
  return resource;
}

function widgetIn(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector("community-room-booking")!.shadowRoot!;
}

/** Clicks the slot that starts at `start` ("2026-06-02T09:00:00+08:00") and waits for the form. */
export async function chooseTime(canvas: HTMLElement, start: string): Promise<ShadowRoot> {
  const root = widgetIn(canvas);
  const slot = await waitFor(
    () =>
      [...root.querySelectorAll<HTMLElement>(".slot")].find((candidate) => candidate.textContent!.includes(`${start.slice(11, 16)}–`)) ??
      Promise.reject(new Error("no slot")),
    { timeout: PLAY_TIMEOUT },
  );
  await userEvent.click(slot);
  await waitFor(() => root.querySelector("#booking-consent") ?? Promise.reject(new Error("no form")), { timeout: PLAY_TIMEOUT });
  return root;
}

export async function fillIn(root: ShadowRoot, booker: Partial<Booker>, consent = true): Promise<void> {
  for (const field of ["purpose", "organisation", "attendees", "name", "phone", "email"] as const) {
    const value = booker[field];
    const input = root.querySelector<HTMLInputElement>(`#booking-${field}`);
    if (value && input) await userEvent.type(input, value);
  }
  if (consent) await userEvent.click(root.querySelector("#booking-consent")!);
}

/** Submits and waits for the answer: the outcome, the conflict, the error summary, or word that it waits for the network. */
export async function submit(root: ShadowRoot): Promise<void> {
  await userEvent.click(root.querySelector('[part~="book"]')!);
  await waitFor(() => root.querySelector('[part~="booking-outcome"], .taken, .error-summary, .queued') ?? Promise.reject(new Error("no answer")), {
    timeout: PLAY_TIMEOUT,
  });
}

/** The steps of one booking, from the first free time of a resource. */
export async function book(
  canvas: HTMLElement,
  community: string,
  resource: Resource,
  booker: Booker,
  options: { takenMeanwhile?: boolean } = {},
): Promise<ShadowRoot> {
  const time = firstFreeTime(community, resource);
  const root = await chooseTime(canvas, time.start);
  await fillIn(root, booker);
  if (options.takenMeanwhile) takeMeanwhile(community, resource.id, time.start, time.end);
  await submit(root);
  return root;
}
