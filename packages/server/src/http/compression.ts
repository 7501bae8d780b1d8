import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { parseAccept } from "hono/utils/accept";
import { replaceAnswer } from "./replace-answer.js";

export type Encoding = "br" | "gzip" | "identity";

/** Smaller answers go as they are: compressing them saves less than its headers cost. */
export const COMPRESS_FROM_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/([\w.+-]+\+)?(json|javascript|xml)|image\/svg\+xml)/i;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The encoding the client takes that saves most: brotli unless it prefers gzip by its q-values, else gzip, else none. */
export function chosenEncoding(context: Context): Encoding {
  const accepted = parseAccept(context.req.header("Accept-Encoding") ?? "");
  const weight = (name: string) => (accepted.find((entry) => entry.type.toLowerCase() === name) ?? accepted.find((entry) => entry.type === "*"))?.q ?? 0;
  const brotliWeight = weight("br");
  const gzipWeight = weight("gzip");
  if (brotliWeight > 0 && brotliWeight >= gzipWeight) return "br";
  return gzipWeight > 0 ? "gzip" : "identity";
}

/**
 * `bytes` in `encoding`, off the event loop (zlib's thread pool). Brotli at
 * quality 5 compresses about as fast as gzip's default and a fifth smaller;
 * its highest qualities are for files compressed once, at build time.
 */
export async function encode(bytes: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  if (encoding === "br") {
    return new Uint8Array(await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }));
  }
  if (encoding === "gzip") return new Uint8Array(await gzipped(bytes));
  return new Uint8Array(bytes);
}

/** Whether an answer with these headers is text worth compressing, not compressed already. */
export function isCompressible(headers: Headers | Record<string, string>): boolean {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  return COMPRESSIBLE.test(get("content-type") ?? "") && !get("content-encoding") && !/no-transform/.test(get("cache-control") ?? "");
}

/**
 * Compresses text answers of COMPRESS_FROM_BYTES or more, with brotli or
 * gzip as the client takes them (a month of events: 27 kB of JSON, 3 kB in
 * brotli). Answers already encoded (a kept answer's variant, a precompressed
 * bundle) and answers that must not be transformed go as they are.
 */
export function compression(): MiddlewareHandler {
  return async (context, next) => {
    await next();
    const { res } = context;
    // An answer that varies by Accept-Encoding already was negotiated where it was made (versioned reads).
    if (context.req.method === "HEAD" || res.status !== 200 || !isCompressible(res.headers) || /accept-encoding/i.test(res.headers.get("Vary") ?? "")) return;
    res.headers.append("Vary", "Accept-Encoding");
    const encoding = chosenEncoding(context);
    if (encoding === "identity") return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength < COMPRESS_FROM_BYTES) return replaceAnswer(context, bytes, res);
    const headers = new Headers(res.headers);
    headers.set("Content-Encoding", encoding);
    headers.delete("Content-Length");
    const etag = headers.get("ETag");
    // The same tag for the compressed bytes must be weak: they are equivalent, not identical.
    if (etag && !etag.startsWith("W/")) headers.set("ETag", `W/${etag}`);
    replaceAnswer(context, await encode(bytes, encoding), { status: res.status, headers });
  };
}
