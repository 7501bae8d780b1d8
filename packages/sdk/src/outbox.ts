import { BookingResult, RegistrationResult, SignupResult } from "@community-kit/schema";
import { type UseStore, createStore, del, values, set } from "idb-keyval";
import { CommunityApiError, CommunityNetworkError } from "./errors.js";
import { type ResponseSchema, type Transport, parseAnswer } from "./http.js";
import { markQueuedWrites } from "./outbox-flag.js";
import type { Delivery, QueuedKind, QueuedResults, QueuedWrite } from "./queued-write.js";
import { DEFAULT_RETRY, sendWithRetries } from "./retry.js";

/**
 * The outbox: residents' writes that could not reach the server, kept in
 * IndexedDB (in memory under Node) until the server answers them. They are
 * sent in the order they were made when the browser is back online, when the
 * page is shown again, on a timer that waits longer after each failed round
 * (5 s up to 5 min, with jitter), and when a page with the kit is opened
 * again. One round at a time across the browser's tabs (Web Locks); each
 * write carries its Idempotency-Key, so the server does it once however often
 * it arrives.
 */

interface OutboxStore {
  all(): Promise<QueuedWrite[]>;
  put(write: QueuedWrite): Promise<void>;
  delete(key: string): Promise<void>;
}

function indexedDbStore(): OutboxStore {
  let store: UseStore | undefined;
  const open = () => (store ??= createStore("community-kit-outbox", "writes"));
  return {
    all: () => values<QueuedWrite>(open()),
    put: (write) => set(write.key, write, open()),
    delete: (key) => del(key, open()),
  };
}

function memoryStore(): OutboxStore {
  const writes = new Map<string, QueuedWrite>();
  return {
    all: async () => [...writes.values()],
    put: async (write) => void writes.set(write.key, write),
    delete: async (key) => void writes.delete(key),
  };
}

const store: OutboxStore = typeof indexedDB === "undefined" ? memoryStore() : indexedDbStore();
const RESULTS = { registration: RegistrationResult, booking: BookingResult, signup: SignupResult } as Record<QueuedKind, ResponseSchema<QueuedResults[QueuedKind]>>;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** Deliveries, for pages that were closed while their writes waited: "delivered" events with a Delivery as detail. */
const deliveries = new EventTarget();
const waiting = new Map<string, (delivery: Delivery) => void>();
/** How rounds are sent: the fetch and the timeout of the client that last queued or resumed. */
let transport: Pick<Transport, "fetch" | "retry"> = { fetch: (...args) => globalThis.fetch(...args), retry: DEFAULT_RETRY };
let timer: ReturnType<typeof setTimeout> | undefined;
let failedRounds = 0;
let listening = false;
let localRound: Promise<unknown> = Promise.resolve();

/** Keeps `write` until the server answers it; resolves once it is stored, with its delivery to come. */
export async function queueWrite<Kind extends QueuedKind>(write: QueuedWrite<Kind>, via: Pick<Transport, "fetch" | "retry">): Promise<{ delivered: Promise<Delivery<Kind>> }> {
  await store.put(write);
  markQueuedWrites(true);
  const delivered = new Promise<Delivery<Kind>>((resolve) => waiting.set(write.key, resolve as (delivery: Delivery) => void));
  resumeOutbox(via, false);
  return { delivered };
}

/** The writes waiting on this device, oldest first; `source` and `kind` narrow them. */
export async function pendingWrites<Kind extends QueuedKind = QueuedKind>(filter: { source?: string; kind?: Kind } = {}): Promise<QueuedWrite<Kind>[]> {
  const all = await store.all().catch(() => [] as QueuedWrite[]);
  return all
    .filter((write) => (!filter.source || write.source === filter.source) && (!filter.kind || write.kind === filter.kind))
    .sort((a, b) => a.queuedAt - b.queuedAt) as QueuedWrite<Kind>[];
}

/** Calls `listener` with each delivery this page makes; returns what stops it. */
export function onDelivered(listener: (delivery: Delivery) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<Delivery>).detail);
  deliveries.addEventListener("delivered", handler);
  return () => deliveries.removeEventListener("delivered", handler);
}

/** Starts sending what waits, now (unless `now` is false) and whenever the connection returns. */
export function resumeOutbox(via: Pick<Transport, "fetch" | "retry">, now = true): void {
  transport = via;
  if (!listening) {
    listening = true;
    globalThis.addEventListener?.("online", () => void flushOutbox());
    globalThis.document?.addEventListener("visibilitychange", () => {
      if (globalThis.document.visibilityState === "visible") void flushOutbox();
    });
  }
  if (now) void flushOutbox();
  else scheduleRound();
}

function scheduleRound(): void {
  if (timer) return;
  const longest = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** failedRounds);
  timer = setTimeout(() => {
    timer = undefined;
    void flushOutbox();
  }, longest / 2 + Math.random() * (longest / 2));
  // Under Node a waiting write must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
}

/** One round at a time: across tabs with Web Locks where the browser has them, else within this page. */
function oneRoundAtATime<Result>(round: () => Promise<Result>): Promise<Result> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request("community-kit-outbox", round) as Promise<Result>;
  const next = localRound.then(round, round);
  localRound = next.catch(() => undefined);
  return next;
}

/**
 * Sends every waiting write, oldest first, and stops at the first that the
 * network or a busy server (408, 429, 5xx) does not answer; the rest wait for
 * the next round. Any other answer, a success or a refusal, is the write's
 * delivery. Resolves to how many still wait.
 */
export function flushOutbox(): Promise<number> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  return oneRoundAtATime(async () => {
    const writes = await pendingWrites();
    let sent = 0;
    for (const write of writes) {
      if (!(await deliver(write))) break;
      sent++;
    }
    const left = writes.length - sent;
    markQueuedWrites(left > 0);
    failedRounds = left ? failedRounds + 1 : 0;
    if (left) scheduleRound();
    return left;
  });
}

async function deliver(write: QueuedWrite): Promise<boolean> {
  let response: Response;
  try {
    const init = {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", "Idempotency-Key": write.key },
      body: JSON.stringify(write.body),
    };
    // One try per round: the rounds themselves back off.
    response = await sendWithRetries(transport.fetch, write.url, init, true, { ...transport.retry, attempts: 1 });
  } catch (error) {
    if (error instanceof CommunityNetworkError) return false;
    throw error;
  }
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    await response.body?.cancel();
    return false;
  }
  let delivery: Delivery;
  try {
    delivery = { write, result: (await parseAnswer(response, write.url, RESULTS[write.kind])).value };
  } catch (error) {
    if (!(error instanceof CommunityApiError)) throw error;
    delivery = { write, error };
  }
  await store.delete(write.key);
  waiting.get(write.key)?.(delivery);
  waiting.delete(write.key);
  deliveries.dispatchEvent(new CustomEvent("delivered", { detail: delivery }));
  return true;
}
