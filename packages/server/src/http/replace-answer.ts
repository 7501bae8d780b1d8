import type { Context } from "hono";

/**
 * Puts `body` in place of the answer made so far. Hono's `context.res = …`
 * copies the old answer's headers onto a new Response made from the new one's
 * body stream, which costs every answer a stream; cleared first, it is a plain swap.
 */
export function replaceAnswer(context: Context, body: Uint8Array<ArrayBuffer> | null, init: ResponseInit): void {
  context.res = undefined;
  context.res = new Response(body, init);
}
