import type { Opportunity, SignupResult } from "@community-kit/schema";
import type { CommunityVolunteerClient } from "@community-kit/sdk/volunteers";
import {
  type ClientKind,
  CommunityElement,
  LazyPart,
  Loading,
  baseStyles,
  controlStyles,
  type ListWithPrivacy,
  listWithPrivacy,
  formStyles,
  maskPhone,
  myItemsStyles,
  askCentre,
  emptyState,
  emptyStyles,
  stateStyles,
  tokenStyles,
  NowTimer,
  partHostOf,
  showMine,
  nextMinute,
} from "@community-kit/ui";
import type { SetupProblem } from "@community-kit/ui";
import { fullDay } from "@community-kit/ui/calendar";
import { html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { volunteerStyles } from "./community-volunteer-signup.styles.js";
import { type VolunteerMessages, volunteerMessages } from "./locales/index.js";
import { shiftState, shiftsByDay, skillsOf } from "./shift-state.js";
import type { SavedShift } from "./signup/signup-parts.js";
import { shiftList } from "./views/shift-list.js";
// The widget's ck-* events, declared once with their details for `emit`, listeners and the React props.
import "./ck-events.js";
import type { Setup } from "./locales/setup.js";

type SignupParts = typeof import("./signup/signup-parts.js");
/** The volunteer client, from its own SDK entry, so that pages without this widget do not carry it. */
const VOLUNTEERS: ClientKind<CommunityVolunteerClient> = {
  name: "volunteers",
  load: () => import("@community-kit/sdk/volunteers").then((sdk) => sdk.createVolunteerClient),
};

/** What the widget shows: the opportunities with their shifts, the form's privacy notice, and where each shift's .ics is. */
type Shifts = ListWithPrivacy<Opportunity> & { calendarUrl: (shiftId: string) => string };
type LoadedParts = ReturnType<SignupParts["signupParts"]> & Pick<SignupParts, "signupForm">;

/**
 * A community's volunteer shifts to come, by day, with how many places are
 * taken, to sign up for or join the waitlist of; "my shifts" on this device.
 *
 * @summary Volunteer shifts of a community, to sign up for.
 * @tagname community-volunteer-signup
 *
 * @event {CustomEvent<SignupCreatedDetail>} ck-signup-created - A volunteer signed up: confirmed, or on the waitlist.
 * @event {CustomEvent<SignupCancelledDetail>} ck-signup-cancelled - A volunteer cancelled a sign-up from my shifts.
 *
 * @csspart filters - The team and skill filters.
 * @csspart days - The shifts by day; shift each shift's card.
 * @csspart signup-form - The sign-up form in a shift's card; error-summary its list of what to fix.
 * @csspart signup-outcome - What happened once the sign-up was sent.
 * @csspart my-shifts - The volunteer's sign-ups kept on this device.
 * @csspart button - Every button; with sign-up, submit-signup, close, add-to-calendar, my-shifts, cancel-signup, confirm-cancel, keep, retry.
 * @csspart notice - Quiet messages: saved data, nothing to come.
 * @csspart unavailable - Where the page's set-up leaves nothing to show: a neutral line and the links the page put inside the element.
 * @csspart error - The error state.
 */
export class CommunityVolunteerSignup extends CommunityElement {
  static override styles = [tokenStyles, baseStyles, controlStyles, stateStyles, emptyStyles, formStyles, myItemsStyles, volunteerStyles];

  /** A team's id: show its shifts first (the filter can widen it). */
  @property() team?: string;

  /** An opportunity's id: show only its shifts. */
  @property() opportunity?: string;

  @state() private teamFilter?: string;
  @state() private skillFilter = "";
  private readonly t = this.messagesOf<VolunteerMessages>(volunteerMessages);

  /** The opportunities with their shifts and places, and the privacy notice the form shows (it comes with the community). */
  private readonly shifts = new Loading<readonly [string, string], Shifts>(this, {
    args: () => this.source,
    load: async (_, context) => {
      const client = await this.clientOf(VOLUNTEERS);
      const calendarUrl = (shiftId: string) => client.shifts.calendarUrl(shiftId);
      return listWithPrivacy(client, (options) => client.opportunities.list({}, options), context, { calendarUrl });
    },
  });

  /** The sign-up form and my shifts, once loaded beside the client. */
  private readonly parts = new LazyPart<LoadedParts>(this, () =>
    import("./signup/signup-parts.js").then(({ signupParts, signupForm }) => ({
      signupForm,
      ...signupParts(
        {
          ...partHostOf(this),
          client: () => this.clientOf(VOLUNTEERS),
          when: this.when,
          signedUp: (opportunity, result, phone) => this.signedUp(opportunity, result, phone),
          watchOutbox: () => void this.parts.value?.mine.outbox.watch(),
          opportunityOf: async (shiftId) => {
            const holds = (opportunity: Opportunity) => opportunity.shifts.some((shift) => shift.id === shiftId);
            return (
              this.opportunities?.find(holds) ?? (await (await this.clientOf(VOLUNTEERS)).opportunities.list({}).catch(() => undefined))?.items.find(holds)
            );
          },
          cancelOnServer: async (item) => (await this.clientOf(VOLUNTEERS)).signups.cancel(item.signupId, item.cancelToken),
          cancelled: (item) => {
            this.emit("ck-signup-cancelled", { signupId: item.signupId, shiftId: item.shiftId });
            this.refresh();
          },
        },
        this.t,
      ),
    })),
  );

  constructor() {
    super();
    // The sign-ups are asked where they stand now with "my shifts": not again with each reload of the places.
    showMine(this, () => this.source, {
      show: async (api, community) => {
        const { mine } = await this.parts.get();
        await mine.show(this.sourceKey, api, community, this.now());
        const client = await this.clientOf(VOLUNTEERS);
        await mine.refresh((item) => client.signups.check(item.signupId, item.cancelToken));
      },
      stop: () => this.parts.value?.mine.outbox.stop(),
    });
    // A shift that has begun closes to sign-ups on the minute it begins.
    new NowTimer(this, () => this.now(), nextMinute);
  }

  private get opportunities(): Opportunity[] | undefined {
    return this.shifts.value?.items;
  }

  private when = (start: string, end: string) => `${fullDay(start.slice(0, 10), this.resolvedLocale.intl)} ${start.slice(11, 16)}–${end.slice(11, 16)}`;

  protected override setupMessages() {
    return import("./locales/setup.js").then((setup) => setup.volunteersSetup);
  }

  protected override recover(): void {
    this.shifts.retry();
  }

  /** Places changed (a sign-up, a cancel): the counts are read again, without a loading state. */
  private refresh(): void {
    this.shifts.reload();
  }

  private signedUp(opportunity: Pick<Opportunity, "id" | "title">, result: SignupResult, phone: string): void {
    const saved: SavedShift = {
      source: this.sourceKey,
      signupId: result.signupId,
      shiftId: result.shiftId,
      title: opportunity.title,
      start: result.start,
      end: result.end,
      status: result.status,
      position: result.position,
      cancelToken: result.cancelToken,
      shortCode: result.shortCode,
      maskedPhone: maskPhone(phone),
      calendarUrl: this.calendarUrl(result.shiftId),
    };
    void this.parts.value?.mine.saved.add(saved);
    this.emit("ck-signup-created", {
      signupId: result.signupId,
      shiftId: result.shiftId,
      opportunityId: opportunity.id,
      status: result.status,
      ...(result.position ? { position: result.position } : {}),
    });
    this.refresh();
  }

  private get validTeam(): string | undefined {
    const team = this.teamFilter ?? this.team;
    return team && this.opportunities?.some((opportunity) => opportunity.team.id === team) ? team : undefined;
  }

  private get validOpportunity(): string | undefined {
    return this.opportunity && this.opportunities?.some((candidate) => candidate.id === this.opportunity) ? this.opportunity : undefined;
  }

  /** What is wrong with the attributes, for the web team: the widget falls back and residents see nothing of it. */
  private setupProblems(): SetupProblem<Setup>[] {
    if (this.shifts.status !== "ready") return [];
    const problems: SetupProblem<Setup>[] = [];
    if (this.team && this.teamFilter === undefined && !this.validTeam) problems.push(["unknownTeam", this.team]);
    if (this.opportunity && !this.validOpportunity) problems.push(["unknownOpportunity", this.opportunity]);
    return problems;
  }

  protected override renderContent() {
    this.forWebTeam(this.setupProblems());
    const body = !this.hasSource
      ? this.unavailable(["notConfigured"])
      : this.shifts.status === "error"
        ? this.loadFailed(this.shifts.error, () => this.shifts.retry())
        : html`${this.staleNotice(this.shifts.staleness)} ${this.renderShifts()}`;
    return html`<section class="volunteers" aria-label=${this.t.t("label", "")}>
      ${this.hasSource && this.parts.value ? this.parts.value.mine.render() : nothing} ${body}
    </section>`;
  }

  private readonly showAllShifts = (): void => {
    this.teamFilter = "";
    this.skillFilter = "";
  };

  private renderFilters(opportunities: Opportunity[]) {
    const teams = [...new Map(opportunities.map((opportunity) => [opportunity.team.id, opportunity.team])).values()];
    const skills = skillsOf(opportunities);
    return html`<div class="filters" part="filters">
      <label>
        <span>${this.t.t("filterTeam")}</span>
        <select class="control" @change=${(change: Event) => (this.teamFilter = (change.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.validTeam}>${this.t.t("allTeams")}</option>
          ${teams.map((team) => html`<option value=${team.id} ?selected=${team.id === this.validTeam}>${team.name}</option>`)}
        </select>
      </label>
      ${
        skills.length
          ? html`<label>
            <span>${this.t.t("filterSkill")}</span>
            <select class="control" @change=${(change: Event) => (this.skillFilter = (change.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.skillFilter}>${this.t.t("allSkills")}</option>
              ${skills.map((skill) => html`<option value=${skill} ?selected=${skill === this.skillFilter}>${skill}</option>`)}
            </select>
          </label>`
          : nothing
      }
    </div>`;
  }

  private renderShifts() {
    const busy = this.shifts.status !== "ready";
    const all = (this.opportunities ?? []).filter((opportunity) => !this.validOpportunity || opportunity.id === this.validOpportunity);
    if (!busy && !all.length) return emptyState(this.t.t("empty"), askCentre(this.shifts.value?.privacy?.contact, this.t));
    const team = this.validTeam;
    const skill = this.skillFilter;
    const days = shiftsByDay(
      all,
      ({ opportunity, shift }) => (!team || opportunity.team.id === team) && (!skill || opportunity.skills.includes(skill) || shift.skills.includes(skill)),
    );
    const now = this.now();
    const flow = this.parts.value?.flow;
    const openEntry = days.flatMap((day) => day.entries).find((entry) => entry.shift.id === flow?.shiftId);
    const form =
      openEntry && flow && this.parts.value
        ? this.parts.value.signupForm(
            openEntry,
            shiftState(openEntry.shift, now) === "full",
            flow.state,
            {
              privacy: this.shifts.value?.privacy,
              notices: this.shifts.value?.notices,
              errorPrefix: this.common.t("errorPrefix"),
              when: this.when(openEntry.shift.start, openEntry.shift.end),
              calendarUrl: this.calendarUrl(openEntry.shift.id),
            },
            this.t,
            {
              input: (field, value) => flow.input(field, value),
              submit: (submit) => {
                submit.preventDefault();
                void flow.submit(openEntry);
              },
              focusField: (field) => this.renderRoot.querySelector<HTMLElement>(`#signup-${field}`)?.focus(),
              close: () => flow.close(),
            },
          )
        : undefined;
    return html`${busy ? nothing : this.renderFilters(all)}
    ${
      !busy && !days.length
        ? emptyState(this.t.t("emptyFiltered"), html`<button type="button" class="button" @click=${this.showAllShifts}>${this.t.t("showAllShifts")}</button>`)
        : nothing
    }
    ${shiftList(
      { days, intl: this.resolvedLocale.intl, now, openShiftId: openEntry?.shift.id, form, busy },
      this.t,
      (entry) => void this.parts.get().then(({ flow: parts }) => parts.open(entry.shift.id)),
    )}`;
  }

  /** Where a shift's .ics is; the client is there by the time a shift shows. */
  private calendarUrl(shiftId: string): string {
    return this.shifts.value?.calendarUrl(shiftId) ?? "";
  }
}
