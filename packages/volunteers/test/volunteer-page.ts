import { fixture, waitUntil } from "@open-wc/testing";
import { FormPage, sourceAttributes, testApi, testKey } from "../../ui/test/widget-page.js";
import "../src/define.js";
import type { CommunityVolunteerSignup } from "../src/community-volunteer-signup.js";

let made = 0;

/**
 * Adds a shift to one of 太和社区's opportunities through the management API,
 * `daysAhead` days from now at a Beijing hour, and returns its id: each test
 * works on shifts of its own.
 */
export async function addShift(
  opportunityId: string,
  options: { daysAhead: number; hour: number; capacity: number; minimumAge?: number; hours?: number },
): Promise<string> {
  const start = new Date(Date.now() + options.daysAhead * 86_400_000);
  // Minutes keep two shifts of one test run apart; the hour is Beijing's.
  start.setUTCHours(options.hour - 8, (++made * 7) % 60, 0, 0);
  const response = await fetch(`${testApi()}/v1/communities/taihe/opportunities/${opportunityId}/shifts`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${testKey()}` },
    body: JSON.stringify({
      start: start.toISOString(),
      end: new Date(start.getTime() + (options.hours ?? 2) * 3_600_000).toISOString(),
      capacity: options.capacity,
      ...(options.minimumAge ? { minimumAge: options.minimumAge } : {}),
    }),
  });
  if (response.status !== 201) throw new Error(`could not add a shift: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Signs up straight through the API, as another volunteer elsewhere would. */
export async function signUpElsewhere(
  shiftId: string,
  name: string,
  phone: string,
  extra: Record<string, unknown> = {},
): Promise<{ signupId: string; cancelToken: string }> {
  const response = await fetch(`${testApi()}/v1/communities/taihe/shifts/${shiftId}/signups`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": `${shiftId}-${phone}` },
    body: JSON.stringify({ name, phone, consent: true, ...extra }),
  });
  if (response.status !== 201) throw new Error(`could not sign up: ${response.status}`);
  return (await response.json()) as { signupId: string; cancelToken: string };
}

/** Cancels straight through the API, as that other volunteer would. */
export async function cancelElsewhere(signup: { signupId: string; cancelToken: string }): Promise<void> {
  await fetch(`${testApi()}/v1/communities/taihe/signups/${signup.signupId}`, { method: "DELETE", headers: { "Cancel-Token": signup.cancelToken } });
}

export type SignupFieldName = "name" | "phone" | "skills" | "showName" | "meetsMinimumAge" | "notify" | "email" | "consent";

/** A page object for <community-volunteer-signup>. */
export class VolunteerPage extends FormPage<SignupFieldName> {
  protected readonly form = "signup";
  protected readonly submitButton = '[part~="submit-signup"]';

  private constructor(readonly element: CommunityVolunteerSignup) {
    super();
  }

  static async open(attributes = ""): Promise<VolunteerPage> {
    const element = await fixture<CommunityVolunteerSignup>(
      `<community-volunteer-signup style="width: 800px" ${sourceAttributes(attributes)} ${attributes}></community-volunteer-signup>`,
    );
    const page = new VolunteerPage(element);
    await waitUntil(() => page.root.querySelector(".day, .notice, .state--error, .state--unavailable"), "the shifts did not show", { timeout: 8000 });
    await page.loaded("the shifts did not load");
    return page;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  card(shiftId: string): HTMLElement {
    const card = this.root.querySelector<HTMLElement>(`[data-shift-id="${shiftId}"]`);
    if (!card) throw new Error(`no card for ${shiftId}`);
    return card;
  }

  async openForm(shiftId: string): Promise<void> {
    this.card(shiftId).querySelector<HTMLButtonElement>('[part~="sign-up"]')!.click();
    await waitUntil(() => this.root.querySelector("#signup-consent"), "no sign-up form with its consent notice");
    await this.settle();
  }

  /** Opens "我的班次" once the saved sign-ups have been read. */
  async openMyShifts(): Promise<void> {
    await waitUntil(() => this.root.querySelector('button[part~="my-shifts"]'), "my shifts did not show");
    this.root.querySelector<HTMLButtonElement>('button[part~="my-shifts"]')!.click();
  }

  /** Waits until the card of `shiftId` says `text` (the counts are read again after a sign-up). */
  async waitForCard(shiftId: string, text: string): Promise<void> {
    await waitUntil(() => this.root.querySelector(`[data-shift-id="${shiftId}"]`)?.textContent?.includes(text), `the card never said ${text}`, {
      timeout: 8000,
    });
  }
}
