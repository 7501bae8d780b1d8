import { BookingResult, type Problem, RegistrationResult, SignupResult } from "@community-kit/schema";
import { type UseStore, createStore, del, entries, set } from "idb-keyval";
import { CommunityApiError, CommunityNetworkError } from "./errors.js";
import { type ResponseSchema, type Transport, parseAnswer } from "./http.js";
import { markQueuedWrites } from "./outbox-flag.js";
import type { Delivery, QueuedKind, QueuedResults, QueuedWrite } from "./queued-write.js";
import { sendWithRetries } from "./retry.js";

/**
 * The outbox: residents' writes that could not reach the server, kept in
 * IndexedDB (in memory under Node) until the server answers them, and then
 * the answer until a page takes it (onDelivered), so that an answer that
 * comes while no widget listens is not lost either. Writes are sent in the
 * order they were made when the browser is back online, when the page is
 * shown again, on a timer that waits longer after each failed round (5 s up
 * to 5 min, with jitter), and when a page with the kit is opened again. One
 * round at a time across the browser's tabs (Web Locks); each write carries
 * its Idempotency-Key, so the server does it once however often it arrives.
 * An answer is announced in every open tab of the site, wherever it came.
 */

/** The server's answer as the device keeps it: an error is kept as data and made a CommunityApiError again. */
type KeptAnswer = { at: number; result: unknown } | { at: number; error: { code: string; status: number; message: string; problem?: Problem } };

interface KeptWrite extends QueuedWrite {
  answer?: KeptAnswer;
}

interface OutboxStore {
  all(): Promise<KeptWrite[]>;
  put(write: KeptWrite): Promise<void>;
  delete(key: string): Promise<void>;
}

function indexedDbStore(): OutboxStore {
  let store: UseStore | undefined;
  const open = () => (store ??= createStore("community-kit-outbox", "writes"));
  return {
    // entries, not values: the widgets' device lists use it, and the page loads one of idb-keyval's walks, not two.
    all: async () => (await entries<string, KeptWrite>(open())).map(([, write]) => write),
    put: (write) => set(write.key, write, open()),
    delete: (key) => del(key, open()),
  };
}

function memoryStore(): OutboxStore {
  const writes = new Map<string, KeptWrite>();
  return {
    all: async () => [...writes.values()],
    put: async (write) => void writes.set(write.key, write),
    delete: async (key) => void writes.delete(key),
  };
}

const store: OutboxStore = typeof indexedDB === "undefined" ? memoryStore() : indexedDbStore();
const RESULTS = { registration: RegistrationResult, booking: BookingResult, signup: SignupResult } as Record<
  QueuedKind,
  ResponseSchema<QueuedResults[QueuedKind]>
>;
const FIRST_WAIT_MS = 5_000;
const LONGEST_WAIT_MS = 5 * 60_000;
/** An answer no page took in a week is let go: its widget is no longer on the site. */
const ANSWER_KEPT_MS = 7 * 86_400_000;

export interface DeliveryFilter<Kind extends QueuedKind> {
  source?: string;
  kind?: Kind;
}

/** Writes kept ("queued") and answered ("delivered"), in this tab or another. */
const outboxEvents = new EventTarget();
/** The site's other tabs hear of each write kept and each answer, so that a list open there shows them too (the browser's outbox is shared). */
const otherTabs = typeof indexedDB === "undefined" || typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel("community-kit-outbox");
otherTabs?.addEventListener("message", ({ data }: MessageEvent<KeptWrite>) => hear(data));
const waiting = new Map<string, (delivery: Delivery) => void>();
/** How rounds are sent: the fetch and the timeout of the client that last queued or resumed. */
let transport: Pick<Transport, "fetch" | "retry"> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let failedRounds = 0;
let listening = false;
let localRound: Promise<unknown> = Promise.resolve();

const matches = (write: QueuedWrite, filter: DeliveryFilter<QueuedKind>) =>
  (!filter.source || write.source === filter.source) && (!filter.kind || write.kind === filter.kind);

/** Of the kept writes, those not yet answered that `filter` matches, oldest first. */
const waitingIn = <Kind extends QueuedKind>(kept: KeptWrite[], filter: DeliveryFilter<Kind>) =>
  kept.filter((write) => !write.answer && matches(write, filter)).sort((a, b) => a.queuedAt - b.queuedAt) as QueuedWrite<Kind>[];

/** Keeps `write` until the server answers it; resolves once it is stored, with its delivery to come. */
export async function queueWrite<Kind extends QueuedKind>(
  write: QueuedWrite<Kind>,
  via: Pick<Transport, "fetch" | "retry">,
): Promise<{ delivered: Promise<Delivery<Kind>> }> {
  await store.put(write);
  markQueuedWrites(true);
  tellEveryTab(write);
  const delivered = new Promise<Delivery<Kind>>((resolve) => waiting.set(write.key, resolve as (delivery: Delivery) => void));
  resumeOutbox(via, false);
  return { delivered };
}

/** The writes waiting on this device to be sent, oldest first; `source` and `kind` narrow them. */
export async function pendingWrites<Kind extends QueuedKind = QueuedKind>(filter: DeliveryFilter<Kind> = {}): Promise<QueuedWrite<Kind>[]> {
  return waitingIn(await store.all().catch(() => [] as KeptWrite[]), filter);
}

/**
 * Calls `listener` with the server's answer to each write that `filter`
 * matches: those answered before (while no page listened) at once, the rest
 * as they come. An answer given to a listener is let go. Returns what stops it.
 */
export function onDelivered<Kind extends QueuedKind = QueuedKind>(listener: (delivery: Delivery<Kind>) => void, filter: DeliveryFilter<Kind> = {}): () => void {
  const take = ({ answer, ...write }: KeptWrite) => {
    if (!answer || !matches(write, filter)) return;
    listener(deliveryOf(write, answer) as Delivery<Kind>);
    void store.delete(write.key).catch(() => {});
  };
  const handler = (event: Event) => take((event as CustomEvent<KeptWrite>).detail);
  outboxEvents.addEventListener("delivered", handler);
  void store
    .all()
    .then((writes) => writes.forEach(take))
    .catch(() => {});
  return () => outboxEvents.removeEventListener("delivered", handler);
}

/** Calls `listener` with each write that `filter` matches as it is kept, in this tab or another of the site's. Returns what stops it. */
export function onQueued<Kind extends QueuedKind = QueuedKind>(listener: (write: QueuedWrite<Kind>) => void, filter: DeliveryFilter<Kind> = {}): () => void {
  const handler = (event: Event) => {
    const write = (event as CustomEvent<QueuedWrite>).detail;
    if (matches(write, filter)) listener(write as QueuedWrite<Kind>);
  };
  outboxEvents.addEventListener("queued", handler);
  return () => outboxEvents.removeEventListener("queued", handler);
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
  timer = setTimeout(
    () => {
      timer = undefined;
      void flushOutbox();
    },
    longest / 2 + Math.random() * (longest / 2),
  );
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
    const kept = await store.all();
    const now = Date.now();
    await Promise.all(kept.filter((write) => write.answer && now - write.answer.at > ANSWER_KEPT_MS).map((write) => store.delete(write.key)));
    const writes = waitingIn(kept, {});
    let sent = 0;
    for (const write of writes) {
      if (!transport || !(await deliver(write, transport))) break;
      sent++;
    }
    const left = writes.length - sent;
    markQueuedWrites((await store.all()).length > 0);
    failedRounds = left ? failedRounds + 1 : 0;
    if (left) scheduleRound();
    return left;
  });
}

function deliveryOf(write: QueuedWrite, answer: KeptAnswer): Delivery {
  if ("result" in answer) return { write, result: answer.result as QueuedResults[QueuedKind] };
  const { code, status, message, problem } = answer.error;
  return { write, error: new CommunityApiError(code, status, message, problem) };
}

async function deliver(write: KeptWrite, via: Pick<Transport, "fetch" | "retry">): Promise<boolean> {
  let response: Response;
  try {
    const init = {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", "Idempotency-Key": write.key },
      body: JSON.stringify(write.body),
    };
    // One try per round: the rounds themselves back off.
    response = await sendWithRetries(via.fetch, write.url, init, true, { ...via.retry, attempts: 1 });
  } catch (error) {
    if (error instanceof CommunityNetworkError) return false;
    throw error;
  }
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    await response.body?.cancel();
    return false;
  }
  let answer: KeptAnswer;
  try {
    answer = { at: Date.now(), result: (await parseAnswer(response, write.url, RESULTS[write.kind])).value };
  } catch (error) {
    if (!(error instanceof CommunityApiError)) throw error;
    answer = { at: Date.now(), error: { code: error.code, status: error.status, message: error.message, problem: error.problem } };
  }
  const answered = { ...write, answer };
  await store.put(answered);
  tellEveryTab(answered);
  return true;
}

/** Tells this tab and the site's others that a write was kept or answered. */
function tellEveryTab(kept: KeptWrite): void {
  hear(kept);
  otherTabs?.postMessage(kept);
}

/**
 * A write kept ("queued" to the listeners), or answered: the answer goes to the
 * form that waits for it (in whichever tab queued the write) and to the listeners.
 */
function hear(kept: KeptWrite): void {
  const { answer, ...write } = kept;
  if (!answer) return void outboxEvents.dispatchEvent(new CustomEvent("queued", { detail: kept }));
  waiting.get(write.key)?.(deliveryOf(write, answer));
  waiting.delete(write.key);
  outboxEvents.dispatchEvent(new CustomEvent("delivered", { detail: kept }));
}
