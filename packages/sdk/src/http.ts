import { PROBLEM_CONTENT_TYPE, Problem, fieldErrorsOf } from "@community-kit/schema";
import * as z from "zod/mini";
import { CommunityApiError, CommunityNetworkError, CommunityWriteQueued } from "./errors.js";
import type { QueuedKind, QueuedWrite } from "./queued-write.js";
import type { ResponseCache } from "./response-cache.js";
import { type RetryPolicy, sendWithRetries } from "./retry.js";

/** A schema that responses are checked against, giving `T`. */
export type ResponseSchema<T> = z.ZodMiniType<T>;

export interface ReadOptions<T> {
  signal?: AbortSignal;
  /**
   * Called at once with a cached copy, if there is one, before the network
   * answers: render it, then render what the call resolves to.
   */
  onCached?: (value: T, info: { storedAt: Date }) => void;
}

/** A gateway's answers when the server behind it cannot be reached. */
const SERVER_DOWN = new Set([502, 503, 504]);

export interface Transport {
  fetch: typeof fetch;
  cache: ResponseCache | undefined;
  retry: RetryPolicy;
  /** Whether residents' writes that cannot reach the server wait in the outbox. */
  outbox: boolean;
}

/** GET a JSON resource, revalidating a cached copy with its ETag, and check it against `schema`. */
export async function getJson<T>(transport: Transport, url: string, schema: ResponseSchema<T>, options: ReadOptions<T> = {}): Promise<T> {
  const cached = await transport.cache?.get(url);
  let cachedValue: T | undefined;
  if (cached) {
    const parsed = z.safeParse(schema, cached.body);
    if (parsed.success) {
      cachedValue = parsed.data;
      options.onCached?.(cachedValue, { storedAt: new Date(cached.storedAt) });
    }
  }

  const headers: Record<string, string> = { Accept: "application/json" };
  if (cached && cachedValue !== undefined) headers["If-None-Match"] = cached.etag;

  // "no-cache": the browser asks the server every time (a 304 when nothing changed) instead of
  // trusting max-age, so places taken or freed a moment ago show at once.
  const response = await send(transport, url, { headers, signal: options.signal, cache: "no-cache" }, true);
  if (response.status === 304 && cached && cachedValue !== undefined) {
    await transport.cache?.set(url, { ...cached, storedAt: Date.now() });
    return cachedValue;
  }
  const { body, value } = await parseAnswer(response, url, schema);
  const etag = response.headers.get("ETag");
  if (etag) await transport.cache?.set(url, { etag, body, storedAt: Date.now() });
  return value;
}

export interface WriteOptions {
  signal?: AbortSignal;
  /** Sent as Idempotency-Key: a write whose answer is lost is sent again with it, and the server replays its first answer. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** A resident's write the outbox may keep: what it is, for which API root and which event, resource or shift. */
export interface Queueable {
  kind: QueuedKind;
  source: string;
  subject: string;
}

/**
 * A request that bypasses the cache: a write, or a read of what must not be
 * kept (personal data). Reads, PUT, DELETE and writes with an idempotency key
 * are sent again when an answer is lost (the server replays its first answer
 * for the key instead of doing it twice); other writes are sent once.
 * Resolves to undefined for 204.
 */
export async function sendUncached<T>(
  transport: Transport,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  body: unknown,
  schema: ResponseSchema<T> | undefined,
  options: WriteOptions = {},
  queueable?: Queueable,
): Promise<T | undefined> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  const init: RequestInit = { method, headers, signal: options.signal, body: body === undefined ? undefined : JSON.stringify(body) };
  // A resident's write that the network loses, or that finds the server down behind its gateway, waits in the outbox.
  const keep =
    queueable && transport.outbox && options.idempotencyKey ? { ...queueable, key: options.idempotencyKey, url, body, queuedAt: Date.now() } : undefined;
  let response: Response;
  try {
    response = await send(transport, url, init, method === "GET" || method === "PUT" || method === "DELETE" || Boolean(options.idempotencyKey));
  } catch (error) {
    throw keep && error instanceof CommunityNetworkError ? await queued(transport, keep, error) : error;
  }
  if (keep && SERVER_DOWN.has(response.status)) throw await queued(transport, keep, errorFromFailure(response, await readBody(response, url)));
  if (response.status === 204 || !schema) {
    if (!response.ok) throw errorFromFailure(response, await readBody(response, url));
    await response.body?.cancel();
    return undefined;
  }
  return (await parseAnswer(response, url, schema)).value;
}

/**
 * Keeps a write in the outbox (loaded only now) and answers
 * CommunityWriteQueued; if this device cannot store it either, the failure
 * stands and the form keeps what was typed.
 */
async function queued(transport: Transport, write: QueuedWrite, failure: Error): Promise<Error> {
  try {
    const { queueWrite } = await import("./outbox.js");
    const { delivered } = await queueWrite(write, transport);
    return new CommunityWriteQueued(write, delivered, { cause: failure });
  } catch {
    return failure;
  }
}

/** GET a text resource (CSV) without caching it; a failure throws the SDK's typed errors. */
export async function getText(transport: Transport, url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<string> {
  const response = await send(transport, url, { headers, signal }, true);
  if (!response.ok) throw errorFromFailure(response, await readBody(response, url));
  return response.text();
}

/** fetch with a deadline and, for an idempotent request, retries; no answer at all is a CommunityNetworkError. */
function send(transport: Transport, url: string, init: RequestInit, idempotent: boolean): Promise<Response> {
  return sendWithRetries(transport.fetch, url, init, idempotent, transport.retry);
}

/** The body checked against `schema`; a problem, a failed status or a body that is not what was promised throws. */
export async function parseAnswer<T>(response: Response, url: string, schema: ResponseSchema<T>): Promise<{ body: unknown; value: T }> {
  const body = await readBody(response, url);
  if (!response.ok) throw errorFromFailure(response, body);
  const type = contentType(response);
  if (type !== "application/json")
    throw new CommunityApiError("invalid_response", response.status, `Expected JSON from ${url}, got ${type || "no content type"}`);
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    const where = fieldErrorsOf(parsed.error.issues.slice(0, 3))
      .map((error) => `${error.field}: ${error.message}`)
      .join("; ");
    throw new CommunityApiError("invalid_response", response.status, `The response from ${url} does not match the schema (${where})`);
  }
  return { body, value: parsed.data };
}

function contentType(response: Response): string {
  return (response.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The parsed JSON body, or undefined when there is none; a body that is not JSON where JSON was promised is an error. */
async function readBody(response: Response, url: string): Promise<unknown> {
  const type = contentType(response);
  if (type !== "application/json" && type !== PROBLEM_CONTENT_TYPE) {
    await response.body?.cancel();
    return undefined;
  }
  try {
    return await response.json();
  } catch (error) {
    throw new CommunityApiError("invalid_response", response.status, `The response from ${url} is not valid JSON`, undefined, { cause: error });
  }
}

function errorFromFailure(response: Response, body: unknown): CommunityApiError {
  if (contentType(response) === PROBLEM_CONTENT_TYPE) {
    const problem = z.safeParse(Problem, body);
    if (problem.success) {
      return new CommunityApiError(problem.data.code, response.status, problem.data.detail ?? problem.data.title, problem.data);
    }
  }
  return new CommunityApiError("http_error", response.status, `The server answered ${response.status} ${response.statusText}`.trim());
}
