// Timing requests to the reference server: the round trip, and the server's own time from its Server-Timing header.

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function timed(request) {
  const start = performance.now();
  const response = await request();
  await response.arrayBuffer();
  const server = Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN);
  return { ms: performance.now() - start, server, status: response.status };
}
