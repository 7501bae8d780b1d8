import { type CommunityApiError, type Delivery, type QueuedKind, type QueuedResults, type QueuedWrite, communityRoot, hasQueuedWrites, onQueuedElsewhere } from "@community-kit/sdk";
import { type TemplateResult, html, nothing } from "lit";

export interface OutboxWatchOptions<Kind extends QueuedKind> {
  kind: Kind;
  requestUpdate(): void;
  /** A waiting write went through: keep it among the resident's items; resolves to what to tell them. */
  delivered(write: QueuedWrite<Kind>, result: QueuedResults[Kind]): Promise<string>;
  /** The server refused it (taken meanwhile, closed): what to tell them. */
  refused(write: QueuedWrite<Kind>, error: CommunityApiError): Promise<string>;
}

type PendingWrites = (filter: { source: string; kind: QueuedKind }) => Promise<unknown[]>;

/**
 * A widget's writes that wait in the SDK's outbox on this device, and what
 * became of them once sent, also when they were made, or answered, while no
 * page with the widget was open. It follows the API and community the widget
 * shows; the outbox's code loads only when there is something to watch.
 */
export class OutboxWatch<Kind extends QueuedKind> {
  waiting = 0;
  #said: string[] = [];
  #root = "";
  #watching?: Promise<void>;
  #stop?: () => void;
  #pendingWrites?: PendingWrites;

  constructor(private readonly options: OutboxWatchOptions<Kind>) {
    // Another tab kept a write while none waited: show it waiting here too, and its answer when it comes.
    onQueuedElsewhere(() => void (this.#root && this.watch().then(() => this.#pendingWrites && this.#count(this.#pendingWrites))));
  }

  /** Follows the writes to `api` and `community`; watches at once if the SDK says some wait on this device. */
  async follow(api: string, community: string): Promise<void> {
    const root = communityRoot(api, community);
    if (root === this.#root) return;
    this.#root = root;
    this.#stop?.();
    this.#stop = this.#watching = undefined;
    this.waiting = 0;
    this.#said = [];
    if (hasQueuedWrites()) await this.watch();
  }

  /** Starts listening, once; call it when a write was queued. Never rejects. */
  watch(): Promise<void> {
    const filter = { kind: this.options.kind, source: this.#root };
    this.#watching ??= import("@community-kit/sdk/outbox")
      .then(async ({ onDelivered, pendingWrites }) => {
        this.#pendingWrites = pendingWrites;
        this.#stop = onDelivered<Kind>((delivery) => void this.#heard(delivery, pendingWrites), filter);
        await this.#count(pendingWrites);
      })
      .catch(() => {
        // Offline before the outbox's code came: watch once the connection is back.
        this.#watching = undefined;
        globalThis.addEventListener("online", () => void this.watch(), { once: true });
      });
    return this.#watching;
  }

  async #count(pendingWrites: PendingWrites): Promise<void> {
    this.waiting = (await pendingWrites({ source: this.#root, kind: this.options.kind })).length;
    this.options.requestUpdate();
  }

  async #heard(delivery: Delivery<Kind>, pendingWrites: PendingWrites): Promise<void> {
    try {
      const said = delivery.error ? await this.options.refused(delivery.write, delivery.error) : await this.options.delivered(delivery.write, delivery.result);
      this.#said = [...this.#said, said];
      await this.#count(pendingWrites);
    } catch (error) {
      // Storage refused (private mode): the answer still showed in the form if it was open.
      console.error("[community-kit]", error);
    }
  }

  /** What waits, and what became of what waited, read out politely. */
  render(waitingText: (count: number) => string): TemplateResult | typeof nothing {
    if (!this.waiting && !this.#said.length) return nothing;
    return html`<div class="notice notice--outbox" part="notice outbox" role="status">
      ${this.waiting ? html`<p>${waitingText(this.waiting)}</p>` : nothing}${this.#said.map((text) => html`<p>${text}</p>`)}
    </div>`;
  }
}
