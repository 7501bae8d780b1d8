// Starts the demo as a newcomer would: the CLI seeds a fresh database (SQLite, or PostgreSQL
// when asked) and serves the API with the example pages and the built bundles, on a free port.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "packages/server/dist/cli.js");
const { freshDatabase } = await import(join(root, "packages/server/dist/test-support/fresh-database.js"));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Seeds a fresh database and serves it: a SQLite file, or with `postgres` a database of its own on
 * the server TEST_POSTGRES_URL names. `sharing` serves the database of a site already started (a
 * second server on it); `env` adds to the server's environment (WRITE_LIMIT_PER_CLIENT, …).
 */
export async function startDemoSite({ postgres = false, sharing, env: extraEnv = {} } = {}) {
  if (postgres && !process.env.TEST_POSTGRES_URL)
    throw new Error("TEST_POSTGRES_URL is not set: run the end-to-end tests with `pnpm run test:e2e`, which starts a PostgreSQL server");
  const database = sharing ? undefined : await freshDatabase(postgres ? process.env.TEST_POSTGRES_URL : "");
  const databaseUrl = sharing?.databaseUrl ?? database.url;
  const port = await freePort();
  const env = { ...process.env, ...extraEnv, PORT: String(port), DATABASE_URL: databaseUrl };
  if (database) {
    const seeded = spawnSync(process.execPath, [cli, "seed", "demo"], { env, encoding: "utf8" });
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  }
  const server = spawn(
    process.execPath,
    [
      cli,
      "serve",
      "--static",
      "/embed/=packages/embed/dist",
      "--static",
      "/react/=examples/react-app/dist",
      "--static",
      "/vue/=examples/vue-app/dist",
      "--static",
      "/=examples",
    ],
    {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start in 10 s")), 10000);
    server.stdout.on("data", (chunk) => {
      if (String(chunk).includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return {
    url: `http://localhost:${port}`,
    databaseUrl,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await database?.drop();
    },
  };
}

/** A management key for `community` on the site's database, made as staff make one: with the CLI. */
export function createManagementKey(site, community) {
  const made = spawnSync(process.execPath, [cli, "keys", "create", "--community", community, "--label", "end-to-end tests"], {
    env: { ...process.env, DATABASE_URL: site.databaseUrl },
    encoding: "utf8",
  });
  if (made.status !== 0) throw new Error(`keys create failed: ${made.stderr}`);
  return made.stdout.trim().split("\n").at(-1);
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** Today in Shanghai as YYYY-MM, the month the demo opens on. */
export function shanghaiMonth(offset = 0) {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1 + offset, 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/**
 * A demo site and a Chromium for one test file, started before its tests and
 * stopped after them: `demo.site` and `demo.browser` once the tests run.
 */
export function demoSiteAndBrowser() {
  const demo = { site: undefined, browser: undefined };
  before(async () => {
    demo.site = await startDemoSite();
    demo.browser = await launchChromium();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.site?.stop();
  });
  return demo;
}

/**
 * Scrolls to the first `tag` on the page, as a resident does, and waits for `inside` to show in it:
 * the loader (and the map, for Leaflet) load a widget as it comes within a screen of the viewport.
 */
export async function scrollToWidget(page, tag, inside) {
  await page.locator(tag).first().scrollIntoViewIfNeeded();
  if (inside)
    await page
      .locator(
        inside
          .split(",")
          .map((part) => `${tag} ${part.trim()}`)
          .join(", "),
      )
      .first()
      .waitFor();
}
