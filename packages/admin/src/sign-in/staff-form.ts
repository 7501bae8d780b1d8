import type { FormContext } from "@community-kit/ui";
import type { ReactiveControllerHost } from "lit";

interface Checked<Field extends string, Request> {
  errors: Partial<Record<Field, string>>;
  request?: Request;
}

/**
 * A console form's state: what was typed (never cleared on a failure), each field's message, a
 * problem with the whole (the network, the server), and whether it is being sent. The summary
 * of what to fix takes focus when it shows, as in the GOV.UK pattern the residents' forms follow.
 */
export class StaffForm<Field extends string, Values extends object = Record<Field, string>> {
  errors: Partial<Record<Field, string>> = {};
  problem?: string;
  sending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly id: string,
    public values: Values,
  ) {}

  context(errorPrefix: string): FormContext<Field> {
    return { id: this.id, errors: this.errors, errorPrefix };
  }

  set<Key extends keyof Values>(key: Key, value: Values[Key]): void {
    this.values = { ...this.values, [key]: value };
    this.host.requestUpdate();
  }

  /** Checks, then sends; on any failure the summary says why and takes focus, and what was typed stays. */
  async submit<Request>(
    check: () => Checked<Field, Request>,
    send: (request: Request) => Promise<void>,
    /** The problem to show, or undefined when the fields' messages (set by it) or the console say it. */
    describe: (error: unknown) => string | undefined,
  ): Promise<boolean> {
    if (this.sending) return false;
    const { errors, request } = check();
    this.errors = errors;
    this.problem = undefined;
    if (!request) {
      await this.focusSummary();
      return false;
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      await send(request);
      return true;
    } catch (error) {
      this.problem = describe(error);
      await this.focusSummary();
      return false;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  focusField(field: Field): void {
    this.host.shadowRoot?.getElementById(`${this.id}-${field}`)?.focus();
  }

  private async focusSummary(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`#${this.id} .error-summary`)?.focus();
  }
}
