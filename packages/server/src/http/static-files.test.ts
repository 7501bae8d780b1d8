import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, staticCacheControl } from "../app.js";
import { connectDatabase } from "../database/connect.js";

// A bundle as the embed build writes it: the file, and its .br and .gz made at build time.
const folder = mkdtempSync(join(tmpdir(), "community-kit-static-"));
const bundle = `export const greeting = ${JSON.stringify("社区活动 ".repeat(400))};\n`;
const db = connectDatabase("sqlite::memory:");
const app = createApp(db, { staticMounts: [{ urlPrefix: "/embed/", root: folder }] });
beforeAll(() => {
  writeFileSync(join(folder, "community-events.js"), bundle);
  // Marked, so that a test tells the file made at build time from one compressed on the way out.
  writeFileSync(join(folder, "community-events.js.br"), brotliCompressSync(`${bundle}// br\n`));
  writeFileSync(join(folder, "community-events.js.gz"), gzipSync(`${bundle}// gz\n`));
  writeFileSync(join(folder, "page.html"), `<!doctype html><title>社区</title><p>${"居民 ".repeat(600)}</p>`);
});
afterAll(async () => {
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
});

const fetchFile = (path: string, encodings: string) => app.request(path, { headers: { "Accept-Encoding": encodings } });

describe("files served beside the API", () => {
  it("sends a bundle's .br, made at build time, to a browser, its .gz to a client that takes only gzip, and the file to others", async () => {
    const browser = await fetchFile("/embed/community-events.js", "gzip, deflate, br, zstd");
    expect(browser.headers.get("Content-Encoding")).toBe("br");
    expect(browser.headers.get("Vary")).toMatch(/accept-encoding/i);
    expect(browser.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(Buffer.from(await browser.arrayBuffer())).toEqual(brotliCompressSync(`${bundle}// br\n`));

    const gzipOnly = await fetchFile("/embed/community-events.js", "gzip");
    expect(gzipOnly.headers.get("Content-Encoding")).toBe("gzip");
    expect(Buffer.from(await gzipOnly.arrayBuffer())).toEqual(gzipSync(`${bundle}// gz\n`));

    const plain = await fetchFile("/embed/community-events.js", "identity");
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    expect(await plain.text()).toBe(bundle);
  });

  it("are kept a year when their names carry a content hash, minutes when not, and pages are asked again", () => {
    expect(staticCacheControl("/embed/chunks/api-client-BASxzO2J.js")).toBe("public, max-age=31536000, immutable");
    expect(staticCacheControl("/embed/community-events.js")).toBe("public, max-age=300");
    expect(staticCacheControl("/government.html")).toBe("no-cache");
    expect(staticCacheControl("/")).toBe("no-cache");
  });

  it("compresses on the way out a file that has no compressed copy beside it", async () => {
    const page = await fetchFile("/embed/page.html", "br");
    expect(page.headers.get("Content-Encoding")).toBe("br");
    expect(page.headers.get("Cache-Control")).toBe("no-cache");
  });
});

describe("the staff console at /admin/", () => {
  const consoleFolder = mkdtempSync(join(tmpdir(), "community-kit-console-"));
  const withConsole = createApp(db, { consoleRoot: consoleFolder });
  beforeAll(() => writeFileSync(join(consoleFolder, "index.html"), '<!doctype html><title>社区管理台</title><community-admin api="/"></community-admin>'));
  afterAll(() => rmSync(consoleFolder, { recursive: true, force: true }));

  it("serves its page under a policy that allows scripts and calls from its own origin only, and never in a frame", async () => {
    const page = await withConsole.request("/admin/");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<community-admin");
    const policy = page.headers.get("Content-Security-Policy")!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
    expect(page.headers.get("Cache-Control")).toBe("no-cache");
    const bare = await withConsole.request("/admin");
    expect([bare.status, bare.headers.get("Location")]).toEqual([301, "/admin/"]);
  });

  it("says how to build it when it is not built", async () => {
    const answer = await app.request("/admin/");
    expect(answer.status).toBe(404);
    expect((await answer.json()).detail).toContain("pnpm run build");
  });
});
