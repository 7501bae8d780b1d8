import type { Context, MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import { LRUCache } from "lru-cache";
import type { Database } from "../database/tables.js";
import { COMPRESS_FROM_BYTES, type Encoding, chosenEncoding, encode, isCompressible } from "./compression.js";
import { dataVersionsIn } from "./data-versions.js";
import { replaceAnswer } from "./replace-answer.js";
import type { ApiEnv } from "./request-time.js";

/** Reads may be cached by browsers and CDNs for a minute, then revalidated with the ETag. */
export const PUBLIC_READ_CACHE = "public, max-age=60, stale-while-revalidate=300";

/**
 * The caching a versioned answer may carry, by the letter its ETag ends in, so
 * that any instance answers a 304 with the Cache-Control of the 200 it stands
 * for (availability and shifts are revalidated every time, the rest kept a minute).
 */
const CACHE_CONTROLS: Record<string, string> = { p: PUBLIC_READ_CACHE, n: "no-cache" };
const letterOf = (cacheControl: string) => Object.keys(CACHE_CONTROLS).find((letter) => CACHE_CONTROLS[letter] === cacheControl);

/** Answers kept, by bytes: a month of events is about 27 kB, so thousands of pages of many communities. */
export const DEFAULT_ANSWER_CACHE_BYTES = 64 * 1024 * 1024;

interface Answer {
  /** The ETag the answer was made under, without its caching letter. */
  stamp: string;
  headers: Record<string, string>;
  /** The answer's bytes as made, and compressed as clients have asked for them. */
  bodies: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>> & { identity: Uint8Array<ArrayBuffer> };
}

/**
 * Public reads of a community, answered from its data version (raised by the
 * database at every write, migration 0017) and the minute: the ETag is
 * `W/"<version>.<minute>.<path and query's hash>.<caching>"`. A revalidation
 * whose tag still holds gets its 304 after reading that one number; an answer
 * made once under a version is kept, with its brotli and gzip compressions,
 * and sent again as it was until the version or the minute moves. The minute
 * bounds how long an answer that depends on "now" (an event begun, a slot
 * passed) is kept, as the Cache-Control of a public read does.
 *
 * Only anonymous reads: a request with a management key or a cancel token, and
 * any answer that is not a 200 with one of the caching rules above (personal
 * data is no-store), goes the usual way.
 */
export function versionedReads(db: Kysely<Database>, maxBytes = DEFAULT_ANSWER_CACHE_BYTES): MiddlewareHandler<ApiEnv> {
  const versionOf = dataVersionsIn(db);
  const answers = new LRUCache<string, Answer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => key.length + Object.values(answer.bodies).reduce((sum, body) => sum + body.byteLength, 0),
  });

  /** The answer in the encoding the client takes, compressed now if it is the first to ask for it. */
  const send = async (context: Context, key: string, answer: Answer) => {
    const encoding = answer.bodies.identity.byteLength < COMPRESS_FROM_BYTES || !isCompressible(answer.headers) ? "identity" : chosenEncoding(context);
    let body = answer.bodies[encoding];
    if (!body) {
      body = answer.bodies[encoding] = await encode(answer.bodies.identity, encoding);
      answers.set(key, answer);
    }
    const headers = encoding === "identity" ? answer.headers : { ...answer.headers, "content-encoding": encoding };
    replaceAnswer(context, body, { status: 200, headers });
  };

  return async (context, next) => {
    const community = context.req.param("community");
    if (context.req.method !== "GET" || !community || context.req.header("Authorization") || context.req.header("Cancel-Token")) return next();
    const version = await versionOf(community);
    if (version === undefined) return next();
    const url = context.req.url;
    const stamp = `${version}.${Math.floor(context.get("now").getTime() / 60_000)}.${fnv1a(url.slice(url.indexOf("/v1/")))}`;

    const asked = context.req.header("If-None-Match");
    const revalidated = asked && Object.keys(CACHE_CONTROLS).find((letter) => asked.includes(`"${stamp}.${letter}"`));
    if (revalidated) return context.body(null, 304, { ETag: `W/"${stamp}.${revalidated}"`, "Cache-Control": CACHE_CONTROLS[revalidated]! });

    const kept = answers.get(url);
    if (kept?.stamp === stamp) return send(context, url, kept);

    await next();
    const { res } = context;
    const letter = letterOf(res.headers.get("Cache-Control") ?? PUBLIC_READ_CACHE);
    if (res.status !== 200 || !letter) return;
    res.headers.set("Cache-Control", CACHE_CONTROLS[letter]!);
    res.headers.set("ETag", `W/"${stamp}.${letter}"`);
    if (isCompressible(res.headers)) res.headers.set("Vary", "Accept-Encoding");
    const answer: Answer = { stamp, headers: Object.fromEntries(res.headers), bodies: { identity: new Uint8Array(await res.arrayBuffer()) } };
    answers.set(url, answer);
    await send(context, url, answer);
  };
}

/** A 32-bit FNV-1a hash in base 36: the tag of one URL is never taken for another's. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(36);
}
