import {
  type CommunityApiError,
  type Delivery,
  type QueuedKind,
  type QueuedResults,
  type QueuedWrite,
  communityRoot,
  hasQueuedWrites,
  onQueuedElsewhere,
} from "@community-kit/sdk";
import { type TemplateResult, html, nothing } from "lit";

export interface OutboxWatchOptions<Kind extends QueuedKind> {
  kind: Kind;
  requestUpdate(): void;
  /** Whether the widget is in the page: one that left it listens to nothing. */
  isConnected(): boolean;
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
  /** Which following this is: a `watch` begun before a `stop` must not start listening after it. */
  #following = 0;
  #watching?: Promise<void>;
  #stopListening?: () => void;
  #stopHearingElsewhere?: () => void;
  #pendingWrites?: PendingWrites;

  constructor(private readonly options: OutboxWatchOptions<Kind>) {}

  /** Follows the writes to `api` and `community`; watches at once if the SDK says some wait on this device. */
  async follow(api: string, community: string): Promise<void> {
    const root = communityRoot(api, community);
    if (root === this.#root) return;
    this.stop();
    // Asked on the way to a widget that has left the page since: it follows again once put back.
    if (!this.options.isConnected()) return;
    this.#root = root;
    this.waiting = 0;
    this.#said = [];
    // Another tab kept a write while none waited: show it waiting here too, and its answer when it comes.
    this.#stopHearingElsewhere = onQueuedElsewhere(() => void this.watch().then(() => this.#count()));
    if (hasQueuedWrites()) await this.watch();
  }

  /** Stops listening, as when the widget leaves the page; the next `follow` starts again. */
  stop(): void {
    this.#stopHearingElsewhere?.();
    this.#stopListening?.();
    this.#stopHearingElsewhere = this.#stopListening = this.#watching = undefined;
    this.#root = "";
    this.#following++;
  }

  /** Starts listening, once; call it when a write was queued. Never rejects. */
  watch(): Promise<void> {
    const following = this.#following;
    const filter = { kind: this.options.kind, source: this.#root };
    this.#watching ??= import("@community-kit/sdk/outbox")
      .then(async ({ onDelivered, onQueued, pendingWrites }) => {
        // Stopped, or following another community, while the outbox's code loaded.
        if (following !== this.#following) return;
        this.#pendingWrites = pendingWrites;
        const stopDeliveries = onDelivered<Kind>((delivery) => void this.#heard(delivery), filter);
        // Another tab kept one more while some already waited (the flag did not change): count again.
        const stopQueued = onQueued<Kind>(() => void this.#count(), filter);
        this.#stopListening = () => {
          stopDeliveries();
          stopQueued();
        };
        await this.#count();
      })
      .catch(() => {
        // Offline before the outbox's code came: watch once the connection is back.
        this.#watching = undefined;
        globalThis.addEventListener("online", () => void (following === this.#following && this.watch()), { once: true });
      });
    return this.#watching;
  }

  /** How many of the widget's writes wait, once the outbox's code is here. */
  async #count(): Promise<void> {
    if (!this.#pendingWrites) return;
    this.waiting = (await this.#pendingWrites({ source: this.#root, kind: this.options.kind })).length;
    this.options.requestUpdate();
  }

  async #heard(delivery: Delivery<Kind>): Promise<void> {
    try {
      const said = delivery.error ? await this.options.refused(delivery.write, delivery.error) : await this.options.delivered(delivery.write, delivery.result);
      this.#said = [...this.#said, said];
      await this.#count();
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
