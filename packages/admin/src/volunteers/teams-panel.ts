import { OpportunityWrite, Team, type TeamList, fieldErrorsOf } from "@community-kit/schema";
import { isApiError } from "@community-kit/sdk";
import { Loading, errorSummary, selectField, textField } from "@community-kit/ui";
import { css, html, nothing } from "lit";
import { state } from "lit/decorators.js";
import { type VolunteersMessages, volunteersMessages } from "../locales/volunteers.js";
import { ConsoleScreen } from "../screen/console-screen.js";
import { consoleScreenStyles } from "../screen/screen.styles.js";
import { StaffForm } from "../sign-in/staff-form.js";

type TeamField = "name" | "id" | "description";
const TEAM_FIELDS: readonly TeamField[] = ["name", "id", "description"];
type OpportunityField = "teamId" | "title" | "id" | "place" | "address" | "skills" | "description";
const OPPORTUNITY_FIELDS: readonly OpportunityField[] = ["teamId", "title", "id", "place", "address", "skills", "description"];

const emptyTeam = (): Record<TeamField, string> => ({ name: "", id: "", description: "" });
const emptyOpportunity = (teamId = ""): Record<OpportunityField, string> => ({
  teamId,
  title: "",
  id: "",
  place: "",
  address: "",
  skills: "",
  description: "",
});

/** Fired (not composed) when a team or an opportunity was made, so the screen around re-reads what shifts can go to. */
export const TEAMS_CHANGED = "teams-changed";

/**
 * The volunteer teams and what each runs: the list, a new team, and a new opportunity in a team,
 * each checked with the API's own schema and named field by field when something is wrong.
 *
 * @tagname community-admin-teams
 */
export class CommunityAdminTeams extends ConsoleScreen {
  static override styles = [
    ...consoleScreenStyles,
    css`
      form {
        margin-top: 2em;
      }
    `,
  ];

  @state() private told?: string;
  private readonly t = this.messagesOf<VolunteersMessages>(volunteersMessages);
  private readonly teamForm = new StaffForm<TeamField>(this, "team", emptyTeam());
  private readonly opportunityForm = new StaffForm<OpportunityField>(this, "opportunity", emptyOpportunity());

  private readonly teams = new Loading<readonly [string, string], TeamList["items"]>(this, {
    args: () => this.source,
    load: async (_, { signal }) => (await this.admin()).admin.volunteers.teams({ signal }),
  });

  protected override recover(): void {
    this.teams.retry();
  }

  protected override renderContent() {
    const t = this.t;
    if (this.teams.status === "error") return this.loadFailed(this.teams.error, () => this.teams.retry());
    const teams = this.teams.value;
    if (!teams) return html`<p class="notice" role="status" aria-busy="true">${t.t("loading")}</p>`;
    return html`${this.told ? html`<p class="notice" role="status">${this.told}</p>` : nothing}
      <h3>${t.t("teamsHeading")}</h3>
      ${
        teams.length
          ? html`<ul class="cards">
              ${teams.map(
                (team) => html`<li class="card card--plain">
                  <h4>${team.name}</h4>
                  ${team.description ? html`<p>${team.description}</p>` : nothing}
                  <p>${team.opportunities.length ? team.opportunities.map((opportunity) => opportunity.title).join(t.t("separator")) : t.t("noOpportunities")}</p>
                </li>`,
              )}
            </ul>`
          : html`<p class="empty" role="status">${t.t("teamsEmpty")}</p>`
      }
      ${this.teamFormView()} ${teams.length ? this.opportunityFormView(teams) : nothing}`;
  }

  private teamFormView() {
    const t = this.t;
    const form = this.teamForm;
    const fields = form.context(t.t("errorPrefix"));
    return html`<form id=${form.id} class="staff-form" novalidate aria-labelledby="team-heading" @submit=${this.addTeam}>
      <h3 id="team-heading">${t.t("newTeam")}</h3>
      ${errorSummary(fields, TEAM_FIELDS, { title: t.t("errorTitle"), problem: form.problem, level: 4 }, (field) => form.focusField(field))}
      ${textField(fields, "name", { label: t.t("teamName"), value: form.values.name, maxlength: 100 }, (value) => form.set("name", value))}
      ${textField(fields, "id", { label: t.t("teamCode"), hint: t.t("teamCodeHint"), value: form.values.id, maxlength: 64 }, (value) => form.set("id", value))}
      ${textField(fields, "description", { label: t.t("teamDescription"), value: form.values.description, maxlength: 2000 }, (value) =>
        form.set("description", value),
      )}
      <button type="submit" class="button button--primary" aria-disabled=${form.sending ? "true" : "false"}>${t.t("addTeam")}</button>
    </form>`;
  }

  private opportunityFormView(teams: TeamList["items"]) {
    const t = this.t;
    const form = this.opportunityForm;
    const fields = form.context(t.t("errorPrefix"));
    const text = (field: Exclude<OpportunityField, "teamId" | "skills" | "description">, label: string, maxlength: number, hint?: string) =>
      textField(fields, field, { label, value: form.values[field], maxlength, ...(hint ? { hint } : {}) }, (value) => form.set(field, value));
    const area = (field: "skills" | "description", label: string, hint?: string) => html`<div class=${`field ${form.errors[field] ? "field--error" : ""}`}>
      <label for=${`opportunity-${field}`}>${label}</label>
      ${hint ? html`<p class="field__hint" id=${`opportunity-${field}-hint`}>${hint}</p>` : nothing}
      ${form.errors[field] ? html`<p class="field__error" id=${`opportunity-${field}-error`}><span class="visually-hidden">${t.t("errorPrefix")}</span>${form.errors[field]}</p>` : nothing}
      <textarea
        id=${`opportunity-${field}`}
        rows="3"
        .value=${form.values[field]}
        aria-invalid=${form.errors[field] ? "true" : "false"}
        aria-describedby=${[hint ? `opportunity-${field}-hint` : "", form.errors[field] ? `opportunity-${field}-error` : ""].filter(Boolean).join(" ") || nothing}
        @input=${(event: Event) => form.set(field, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
    return html`<form id=${form.id} class="staff-form" novalidate aria-labelledby="opportunity-heading" @submit=${this.addOpportunity}>
      <h3 id="opportunity-heading">${t.t("newOpportunity")}</h3>
      ${errorSummary(fields, OPPORTUNITY_FIELDS, { title: t.t("errorTitle"), problem: form.problem, level: 4 }, (field) => form.focusField(field))}
      ${selectField(
        fields,
        "teamId",
        { label: t.t("team"), value: form.values.teamId, options: [{ value: "", label: "" }, ...teams.map((team) => ({ value: team.id, label: team.name }))] },
        (value) => form.set("teamId", value),
      )}
      ${text("title", t.t("opportunityTitle"), 200)} ${text("id", t.t("opportunityCode"), 64, t.t("opportunityCodeHint"))} ${text("place", t.t("place"), 200)}
      ${text("address", t.t("address"), 500)} ${area("skills", t.t("skills"), t.t("skillsHint"))} ${area("description", t.t("opportunityDescription"))}
      <button type="submit" class="button button--primary" aria-disabled=${form.sending ? "true" : "false"}>${t.t("addOpportunity")}</button>
    </form>`;
  }

  private addTeam = async (event: Event) => {
    event.preventDefault();
    this.told = undefined;
    const form = this.teamForm;
    const made = await form.submit(
      () => {
        const { name, id, description } = form.values;
        const parsed = Team.safeParse({ name: name.trim(), id: id.trim(), description: description.trim() });
        const errors: Partial<Record<TeamField, string>> = {};
        for (const error of parsed.success ? [] : fieldErrorsOf(parsed.error.issues)) {
          const field = error.field as TeamField;
          errors[field] ??= this.fieldMessage(field, error.code);
        }
        return { errors, request: parsed.success ? parsed.data : undefined };
      },
      async (team) => {
        await (await this.admin()).admin.volunteers.createTeam(team);
      },
      (error) => this.failure(error, form, "team_exists", "add-team"),
    );
    if (!made) return;
    this.told = this.t.t("teamAdded", form.values.name.trim());
    form.values = emptyTeam();
    this.changed();
  };

  private addOpportunity = async (event: Event) => {
    event.preventDefault();
    this.told = undefined;
    const form = this.opportunityForm;
    const made = await form.submit(
      () => {
        const { teamId, title, id, place, address, skills, description } = form.values;
        const parsed = OpportunityWrite.safeParse({
          teamId,
          title,
          id: id.trim(),
          location: { name: place.trim(), ...(address.trim() ? { address: address.trim() } : {}) },
          skills: skills
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
          ...(description.trim() ? { description: description.trim() } : {}),
        });
        const errors: Partial<Record<OpportunityField, string>> = {};
        for (const error of parsed.success ? [] : fieldErrorsOf(parsed.error.issues)) {
          const [head, tail] = error.field.split(".");
          const field = (head === "location" ? (tail === "address" ? "address" : "place") : head) as OpportunityField;
          errors[field] ??= this.fieldMessage(field, error.code);
        }
        return { errors, request: parsed.success ? parsed.data : undefined };
      },
      async (opportunity) => {
        await (await this.admin()).admin.volunteers.createOpportunity(opportunity);
      },
      (error) => this.failure(error, form, "opportunity_exists", "add-opportunity"),
    );
    if (!made) return;
    this.told = this.t.t("opportunityAdded", form.values.title.trim());
    form.values = emptyOpportunity(form.values.teamId);
    this.changed();
  };

  private fieldMessage(field: TeamField | OpportunityField, code: string): string {
    const t = this.t;
    if (code === "too_big") return t.t("tooLong");
    if (field === "id") return t.t("codeInvalid");
    if (field === "teamId") return t.t("teamMissing");
    if (field === "skills") return t.t("skillsInvalid");
    if (field === "name") return t.t("teamNameMissing");
    if (field === "title") return t.t("titleMissing");
    if (field === "place") return t.t("placeMissing");
    return t.t("tooLong");
  }

  /** A code already taken is the code field's to say; anything else is the form's problem. */
  private failure(error: unknown, form: StaffForm<TeamField> | StaffForm<OpportunityField>, taken: "team_exists" | "opportunity_exists", during: string) {
    if (isApiError(error, taken)) {
      form.errors = { id: this.t.t("codeTaken") };
      return undefined;
    }
    return this.sessionEnded(error, during) ? undefined : this.describeFailure(error, this.t.t("forbidden"));
  }

  private changed(): void {
    this.teams.reload();
    this.dispatchEvent(new Event(TEAMS_CHANGED));
  }
}

if (!customElements.get("community-admin-teams")) customElements.define("community-admin-teams", CommunityAdminTeams);
