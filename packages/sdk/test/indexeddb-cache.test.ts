import { expect } from "@open-wc/testing";
import { forgetSavedAnswers } from "../../ui/test/saved-answers.js";
import { IndexedDbResponseCache, createClient } from "../src/index.js";

/** Counts the databases opened until the function returned is called. */
function countOpens(): { opened: () => number; restore: () => void } {
  const open = IDBFactory.prototype.open;
  let opened = 0;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory["open"]>) {
    opened++;
    return open.apply(this, args);
  };
  return { opened: () => opened, restore: () => (IDBFactory.prototype.open = open) };
}

/** A server's page of events, with its ETag; a 304 to a request that names that ETag. */
function eventsServer(): { fetch: typeof fetch; asked: (string | null)[] } {
  const asked: (string | null)[] = [];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const etag = new Headers(init?.headers).get("If-None-Match");
    asked.push(etag);
    if (etag === '"v1"') return new Response(null, { status: 304, headers: { ETag: '"v1"' } });
    return Response.json({ items: [], nextCursor: null }, { headers: { ETag: '"v1"' } });
  };
  return { fetch, asked };
}

describe("the SDK's cache in a browser (IndexedDB)", () => {
  it("reads nothing, without opening IndexedDB, until an answer has been saved", async () => {
    await forgetSavedAnswers();
    const opens = countOpens();
    try {
      expect(await new IndexedDbResponseCache().get("https://api.example/v1/communities/taihe")).to.equal(undefined);
      expect(opens.opened()).to.equal(0);
    } finally {
      opens.restore();
    }
  });

  it("shows an answer saved a moment ago, and revalidates it with its ETag, on this page and the next", async () => {
    await forgetSavedAnswers();
    const server = eventsServer();
    const options = { baseUrl: "https://api.example", community: "taihe", fetch: server.fetch };
    await createClient(options).events.list();

    let cachedAt: Date | undefined;
    await createClient(options).events.list({}, { onCached: (_page, { storedAt }) => (cachedAt = storedAt) });
    expect(cachedAt).to.be.instanceOf(Date);
    expect(server.asked).to.deep.equal([null, '"v1"']);
  });
});
