import { demoCommunityEvents } from "@community-kit/server/demo-data";

/**
 * Storybook has no server: requests to STORY_API get the answers of the
 * reference API for the demo data, or the failure a story asks for. Each
 * scenario is the first path segment: /ready, /loading, /empty, /error,
 * /malformed, /offline.
 */
export const STORY_API = "https://api.storybook.invalid";

export type Scenario = "ready" | "loading" | "empty" | "error" | "malformed" | "offline";

/** Scenarios whose answers have been served once; /offline fails from the second request on. */
const served = new Set<string>();

function json(body: unknown, status = 200, type = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type, ETag: `"${JSON.stringify(body).length}"` } });
}

function answer(url: URL): Promise<Response> {
  const [, scenario, , , community, resource] = url.pathname.split("/") as [string, Scenario, string, string, string, string?];
  if (scenario === "loading") return new Promise(() => {});
  if (scenario === "error") return Promise.resolve(new Response("Internal Server Error", { status: 500, headers: { "Content-Type": "text/plain" } }));
  if (scenario === "malformed") return Promise.resolve(json({ id: community, name: 42 }));
  if (scenario === "offline") {
    if (served.has(url.href)) return Promise.reject(new TypeError("Failed to fetch"));
    served.add(url.href);
  }
  let demo;
  try {
    demo = demoCommunityEvents(community);
  } catch {
    return Promise.resolve(json({ type: "about:blank", title: "Community not found", status: 404, code: "community_not_found" }, 404, "application/problem+json"));
  }
  if (!resource) return Promise.resolve(json(demo.community));
  if (scenario === "empty") return Promise.resolve(json({ items: [], nextCursor: null }));
  const from = Date.parse(url.searchParams.get("from") ?? "") || -Infinity;
  const to = Date.parse(url.searchParams.get("to") ?? "") || Infinity;
  const limit = Number(url.searchParams.get("limit") ?? 100);
  const items = demo.events.filter((event) => Date.parse(event.end) > from && Date.parse(event.start) < to).slice(0, limit);
  return Promise.resolve(json({ items, nextCursor: null }));
}

export function installStoryApi(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.origin === STORY_API ? answer(url) : realFetch(input, init);
  };
}

/** Loads a month once while online so that the "offline" scenario has a saved copy to show. */
export async function primeOfflineCopy(attributes: Record<string, string>): Promise<void> {
  const probe = document.createElement("community-events");
  for (const [name, value] of Object.entries(attributes)) probe.setAttribute(name, value);
  probe.style.cssText = "position:absolute;visibility:hidden;width:900px";
  document.body.append(probe);
  const deadline = Date.now() + 5000;
  while (!probe.shadowRoot?.querySelector(".event") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  probe.remove();
}
