import { afterEach, describe, expect, it } from "vitest";
import { CommunityNetworkError } from "./errors.js";
import { DEFAULT_RETRY, type RetryPolicy, resetCircuits, sendWithRetries } from "./retry.js";

const fast: RetryPolicy = { ...DEFAULT_RETRY, baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 200, circuitFailures: 4, coolDownMs: 60_000 };
afterEach(resetCircuits);

/** A fetch that answers from a script: a status, or "lost" for no answer; counts its calls. */
function scripted(...answers: Array<number | "lost" | "hang" | Response>) {
  const calls: string[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push(`${init.method ?? "GET"} ${url}`);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (answer === "lost") throw new TypeError("Failed to fetch");
    if (answer === "hang") return new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    return answer instanceof Response ? answer : new Response(null, { status: answer });
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

describe("sendWithRetries", () => {
  it("reads again after a lost answer or a server briefly down, then gives the answer", async () => {
    const { fetcher, calls } = scripted("lost", 503, 200);
    const response = await sendWithRetries(fetcher, "https://api.example/a", {}, true, fast);
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it("sends a write without an idempotency key once, whatever happens", async () => {
    const { fetcher, calls } = scripted("lost", 201);
    await expect(sendWithRetries(fetcher, "https://api.example/b", { method: "POST" }, false, fast)).rejects.toBeInstanceOf(CommunityNetworkError);
    expect(calls).toHaveLength(1);
  });

  it("stops after its attempts, with the last answer", async () => {
    const { fetcher, calls } = scripted(503);
    expect((await sendWithRetries(fetcher, "https://api.example/c", {}, true, fast)).status).toBe(503);
    expect(calls).toHaveLength(fast.attempts);
  });

  it("waits as Retry-After says when that is short, and answers at once when it is longer than it would wait", async () => {
    const soon = scripted(new Response(null, { status: 429, headers: { "Retry-After": "0.03" } }), 201);
    const started = Date.now();
    expect((await sendWithRetries(soon.fetcher, "https://api.example/d", { method: "POST" }, true, fast)).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    const later = scripted(new Response(null, { status: 429, headers: { "Retry-After": "60" } }), 201);
    expect((await sendWithRetries(later.fetcher, "https://api.example/e", { method: "POST" }, true, fast)).status).toBe(429);
    expect(later.calls).toHaveLength(1);
  });

  it("gives up on a request with no answer by its deadline, as a network error", async () => {
    const { fetcher, calls } = scripted("hang");
    await expect(sendWithRetries(fetcher, "https://api.example/f", {}, false, { ...fast, timeoutMs: 30 })).rejects.toBeInstanceOf(CommunityNetworkError);
    expect(calls).toHaveLength(1);
  });

  it("keeps the caller's abort an AbortError, and does not retry it", async () => {
    const controller = new AbortController();
    const { fetcher, calls } = scripted("hang");
    const sending = sendWithRetries(fetcher, "https://api.example/g", { signal: controller.signal }, true, fast);
    controller.abort();
    await expect(sending).rejects.toMatchObject({ name: "AbortError" });
    expect(calls).toHaveLength(1);
  });

  it("stops asking a server that keeps failing, for the cool-down, instead of storming it", async () => {
    const down = scripted("lost");
    // Each request is tried in full: two asked at once over one lost connection count as two failures, not six.
    for (let request = 1; request < fast.circuitFailures; request++) {
      const sentBefore = down.calls.length;
      await expect(sendWithRetries(down.fetcher, "https://down.example/h", {}, true, fast)).rejects.toBeInstanceOf(CommunityNetworkError);
      expect(down.calls.length - sentBefore).toBe(fast.attempts);
    }
    await expect(sendWithRetries(down.fetcher, "https://down.example/h", {}, true, fast)).rejects.toBeInstanceOf(CommunityNetworkError);
    // Four requests failed in a row opened the circuit: the next requests fail without being sent.
    const sentBefore = down.calls.length;
    await expect(sendWithRetries(down.fetcher, "https://down.example/i", {}, true, fast)).rejects.toBeInstanceOf(CommunityNetworkError);
    expect(down.calls.length).toBe(sentBefore);
    // Another server is asked as usual.
    const up = scripted(200);
    expect((await sendWithRetries(up.fetcher, "https://up.example/j", {}, true, fast)).status).toBe(200);
  });
});
