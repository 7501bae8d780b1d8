import { PROBLEM_CONTENT_TYPE, Problem } from "@community-kit/schema";
import { CommunityApiError, CommunityNetworkError, isAbortError } from "./errors.js";
import type { ResponseCache } from "./response-cache.js";

/** Anything with zod's safeParse: the schemas that responses are checked against. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

export interface ReadOptions<T> {
  signal?: AbortSignal;
  /**
   * Called at once with a cached copy, if there is one, before the network
   * answers: render it, then render what the call resolves to.
   */
  onCached?: (value: T, info: { storedAt: Date }) => void;
}

export interface Transport {
  fetch: typeof fetch;
  cache: ResponseCache | undefined;
}

/** GET a JSON resource, revalidating a cached copy with its ETag, and check it against `schema`. */
export async function getJson<T>(transport: Transport, url: string, schema: ResponseSchema<T>, options: ReadOptions<T> = {}): Promise<T> {
  const cached = await transport.cache?.get(url);
  let cachedValue: T | undefined;
  if (cached) {
    const parsed = schema.safeParse(cached.body);
    if (parsed.success) {
      cachedValue = parsed.data;
      options.onCached?.(cachedValue, { storedAt: new Date(cached.storedAt) });
    }
  }

  const headers: Record<string, string> = { Accept: "application/json" };
  if (cached && cachedValue !== undefined) headers["If-None-Match"] = cached.etag;

  let response: Response;
  try {
    response = await transport.fetch(url, { headers, signal: options.signal });
  } catch (error) {
    if (isAbortError(error) || options.signal?.aborted) throw error;
    throw new CommunityNetworkError(url, { cause: error });
  }

  if (response.status === 304 && cached && cachedValue !== undefined) {
    await transport.cache?.set(url, { ...cached, storedAt: Date.now() });
    return cachedValue;
  }

  const body = await readBody(response, url);
  if (!response.ok) throw errorFromFailure(response, body);
  if (!isJson(response)) {
    throw new CommunityApiError("invalid_response", response.status, `Expected JSON from ${url}, got ${contentType(response) || "no content type"}`);
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`)
      .join("; ");
    throw new CommunityApiError("invalid_response", response.status, `The response from ${url} does not match the schema (${where})`);
  }

  const etag = response.headers.get("ETag");
  if (etag) await transport.cache?.set(url, { etag, body, storedAt: Date.now() });
  return parsed.data;
}

function contentType(response: Response): string {
  return (response.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
}

function isJson(response: Response): boolean {
  return contentType(response) === "application/json";
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
    const problem = Problem.safeParse(body);
    if (problem.success) {
      return new CommunityApiError(problem.data.code, response.status, problem.data.detail ?? problem.data.title, problem.data);
    }
  }
  return new CommunityApiError("http_error", response.status, `The server answered ${response.status} ${response.statusText}`.trim());
}
