import { CommunityNetworkError, isAbortError } from "./errors.js";

/** How the SDK sends again, and when it stops trying. */
export interface RetryPolicy {
  /** Sends in all for an idempotent request (a read, or a write with an Idempotency-Key). */
  attempts: number;
  /** The first wait; each next is up to twice the last, drawn at random below it (full jitter). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A request with no answer by then fails as a network error. */
  timeoutMs: number;
  /** Requests failed in a row (each after its tries) after which requests fail at once for `coolDownMs`, so that a down server is not stormed. */
  circuitFailures: number;
  coolDownMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 400, maxDelayMs: 8000, timeoutMs: 20_000, circuitFailures: 5, coolDownMs: 30_000 };

/** Statuses that say "not now" rather than "no": worth a later try with the same request. */
const TRANSIENT = new Set([429, 502, 503, 504]);

/** Failures in a row per server, shared by every client of the page. */
const circuits = new Map<string, { failures: number; openUntil: number }>();

const sleep = (ms: number, signal: AbortSignal | null | undefined) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** One fetch with a deadline; the caller's own abort stays an AbortError, the deadline becomes a network error. */
async function fetchWithTimeout(fetcher: typeof fetch, url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const caller = init.signal;
  const forward = () => controller.abort(caller?.reason);
  if (caller?.aborted) forward();
  else caller?.addEventListener("abort", forward, { once: true });
  const timer = setTimeout(() => controller.abort(new DOMException("timed out", "TimeoutError")), timeoutMs);
  try {
    return await fetcher(url, { ...init, signal: controller.signal });
  } catch (error) {
    if (caller?.aborted) throw error;
    throw new CommunityNetworkError(url, { cause: error });
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener("abort", forward);
  }
}

/**
 * Sends a request with a deadline. An idempotent one is sent again after a
 * lost answer or a brief refusal (429, 502–504; Retry-After is heeded),
 * waiting longer each time with full jitter. After `circuitFailures` requests
 * in a row have failed (each after its tries) a server is not asked for
 * `coolDownMs`: requests fail at once instead of piling onto it.
 */
export async function sendWithRetries(fetcher: typeof fetch, url: string, init: RequestInit, idempotent: boolean, policy: RetryPolicy): Promise<Response> {
  const server = new URL(url, globalThis.location?.href).origin;
  const circuit = circuits.get(server) ?? { failures: 0, openUntil: 0 };
  circuits.set(server, circuit);
  const attempts = idempotent ? policy.attempts : 1;
  // A request counts once, at its first try, however often it is sent: a calendar asks for its community and its
  // month at once, and one lost connection must not open the circuit on the resident's own retry.
  const failed = (attempt: number) => {
    if (attempt > 1 || ++circuit.failures < policy.circuitFailures) return;
    circuit.openUntil = Date.now() + policy.coolDownMs;
    // Back online: ask again at once rather than wait out the cool-down.
    globalThis.addEventListener?.("online", () => circuits.delete(server), { once: true });
  };
  for (let attempt = 1; ; attempt++) {
    if (Date.now() < circuit.openUntil) throw new CommunityNetworkError(url, { cause: new Error("the server failed repeatedly; waiting before asking again") });
    let response: Response | undefined;
    try {
      response = await fetchWithTimeout(fetcher, url, init, policy.timeoutMs);
    } catch (error) {
      if (isAbortError(error) || init.signal?.aborted) throw error;
      failed(attempt);
      if (attempt >= attempts) throw error;
    }
    // Retry-After beyond the longest wait (a rate limit's minute): answer now rather than keep the resident waiting.
    const retryAfter = Number(response?.headers.get("Retry-After") ?? 0) * 1000;
    if (response) {
      if (response.status >= 500) failed(attempt);
      else circuit.failures = 0;
      if (!TRANSIENT.has(response.status) || attempt >= attempts || retryAfter > policy.maxDelayMs) return response;
      await response.body?.cancel();
    }
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    await sleep(retryAfter > 0 ? retryAfter : Math.random() * ceiling, init.signal);
  }
}

/** Forgets every server's failures: for tests, and for a page that knows the network is back. */
export function resetCircuits(): void {
  circuits.clear();
}
