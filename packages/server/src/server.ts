import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Kysely } from "kysely";
import { type AppOptions, createApp } from "./app.js";
import type { Database } from "./database/tables.js";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the app on `port` (0 picks a free one) and resolves once it is listening. */
export function startServer(db: Kysely<Database>, port: number, options: AppOptions = {}): Promise<RunningServer> {
  const app = createApp(db, options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        url: `http://localhost:${info.port}`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
