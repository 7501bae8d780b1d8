// The static Storybook (built before the end-to-end tests by `npm test`), served as a host would.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";

export const storybookRoot = join(import.meta.dirname, "..", "..", "stories", "storybook-static");
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ics": "text/calendar",
};

/** Serves the built Storybook on a free port: its address, and how to stop it. */
export async function serveStorybook() {
  const server = createServer((request, response) => {
    const path = join(storybookRoot, decodeURIComponent(new URL(request.url, "http://x").pathname));
    let body;
    try {
      body = readFileSync(path);
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The built stories' ids, of entries of `type` ("story" or "docs"). */
export function storyIds(type = "story") {
  const index = JSON.parse(readFileSync(join(storybookRoot, "index.json"), "utf8"));
  return Object.values(index.entries)
    .filter((entry) => entry.type === type)
    .map((entry) => entry.id);
}
