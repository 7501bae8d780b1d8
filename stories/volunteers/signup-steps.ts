import type { Opportunity, Shift } from "@community-kit/schema";
import { demoCommunityOpportunities } from "@community-kit/server/demo-data";
import { userEvent, waitFor } from "storybook/test";
import { PLAY_TIMEOUT } from "../story-api.js";

/** What a volunteer types into the sign-up form. */
export interface Volunteer {
  name?: string;
  phone?: string;
  showName?: boolean;
  meetsMinimumAge?: boolean;
  consent?: boolean;
}

/** The first shift to come of a demo opportunity. */
export function firstShift(community: string, opportunityId: string): { opportunity: Opportunity; shift: Shift } {
  const opportunity = demoCommunityOpportunities(community).find((candidate) => candidate.id === opportunityId);
  const shift = opportunity?.shifts[0];
  if (!opportunity || !shift) throw new Error(`The demo of ${community} has no shift of ${opportunityId} to come`);
  return { opportunity, shift };
}

function widgetIn(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector("community-volunteer-signup")!.shadowRoot!;
}

/** Opens the sign-up form of a shift and waits for it. */
export async function openForm(canvas: HTMLElement, shiftId: string): Promise<ShadowRoot> {
  const root = widgetIn(canvas);
  const button = await waitFor(
    () => root.querySelector<HTMLButtonElement>(`[data-shift-id="${shiftId}"] [part~="sign-up"]`) ?? Promise.reject(new Error("no shift")),
    { timeout: PLAY_TIMEOUT },
  );
  await userEvent.click(button);
  await waitFor(() => root.querySelector("#signup-consent") ?? Promise.reject(new Error("no form")), { timeout: PLAY_TIMEOUT });
  return root;
}

export async function fillIn(root: ShadowRoot, volunteer: Volunteer): Promise<void> {
  if (volunteer.name) await userEvent.type(root.querySelector("#signup-name")!, volunteer.name);
  if (volunteer.phone) await userEvent.type(root.querySelector("#signup-phone")!, volunteer.phone);
  if (volunteer.showName) await userEvent.click(root.querySelector("#signup-showName")!);
  if (volunteer.meetsMinimumAge) await userEvent.click(root.querySelector("#signup-meetsMinimumAge")!);
  if (volunteer.consent) await userEvent.click(root.querySelector("#signup-consent")!);
}

/** Submits and waits for the answer: the outcome, the error summary, or word that it waits for the network. */
export async function submit(root: ShadowRoot): Promise<void> {
  await userEvent.click(root.querySelector('[part~="submit-signup"]')!);
  await waitFor(() => root.querySelector('[part~="signup-outcome"], .error-summary, .queued') ?? Promise.reject(new Error("no answer")), {
    timeout: PLAY_TIMEOUT,
  });
}
