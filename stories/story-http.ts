/** FNV-1a of the text: an ETag that changes with the content (its length did not: 2 places taken of 4 and 4 of 4 matched). */
function etagOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return `"${(hash >>> 0).toString(36)}"`;
}

/** An answer of the story API, with an ETag as the reference server sends. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  return new Response(text, { status, headers: { "Content-Type": "application/json", ETag: etagOf(text), ...headers } });
}

/** A refusal as the reference server words it: RFC 9457 problem details with the API's stable `code`. */
export function problem(status: number, code: string, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, code, ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}
