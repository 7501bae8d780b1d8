// The reference server as the benchmarks run it: `community-kit-server serve` in a child process of its
// own (so that it shares no event loop with what drives it), over a fresh database seeded with the demo.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { freshDatabase } from "@community-kit/server/testing";

const root = join(import.meta.dirname, "..");
const cli = join(root, "packages/server/dist/cli.js");

/** A child process that prints "listening on <url>", and that URL once it does. */
export function listening(child) {
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const match = /listening on (\S+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`${child.spawnfile} exited ${code}`)));
  });
}

const exited = (child, what) =>
  new Promise((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited ${code}`)))));

/**
 * The server on a free port over a fresh database seeded with the demo: a SQLite file, or a
 * database on the PostgreSQL server at `postgresUrl`; `env` adds to its environment and
 * `staticMounts` ("/prefix/=folder", from the repository's root) are served beside the API.
 */
export async function startReferenceServer({ postgresUrl, env = {}, staticMounts = [] } = {}) {
  const database = await freshDatabase(postgresUrl ?? "");
  const environment = { ...process.env, ...env, PORT: "0", DATABASE_URL: database.url };
  await exited(spawn(process.execPath, [cli, "seed", "demo"], { env: environment, stdio: "ignore" }), "seed");
  const args = [cli, "serve", ...staticMounts.flatMap((mount) => ["--static", mount])];
  const child = spawn(process.execPath, args, { cwd: root, env: environment, stdio: ["ignore", "pipe", "inherit"] });
  const url = await listening(child);
  return {
    url,
    stop: () => {
      child.kill("SIGTERM");
      return new Promise((resolve) => child.once("exit", resolve)).then(() => database.drop());
    },
  };
}
