import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Kysely } from "kysely";
import { type AppOptions, createApp } from "./app.js";

/** The most bytes of request line and headers read: a URL over the app's 8 kB limit is read to be refused with 414. */
const MAX_HEADER_BYTES = 256 * 1024;
import type { Database } from "./database/tables.js";

export interface RunningServer {
  url: string;
  port: number;
  /** Stops listening and resolves once every request taken has been answered, so the database can close after it. */
  close(): Promise<void>;
}

/** Starts the app on `port` (0 picks a free one) and resolves once it is listening. */
export function startServer(db: Kysely<Database>, port: number, options: AppOptions = {}): Promise<RunningServer> {
  const app = createApp(db, options);
  // A request whose client has hung up no longer holds its connection open, so closing the
  // server does not wait for it: these are the answers still being worked out.
  const handling = new Set<Promise<unknown>>();
  const fetch: typeof app.fetch = (request, ...rest) => {
    const answer = Promise.resolve(app.fetch(request, ...rest));
    handling.add(answer);
    const settled = () => void handling.delete(answer);
    answer.then(settled, settled);
    return answer;
  };
  return new Promise((resolve, reject) => {
    // Headers (the URL among them) up to MAX_HEADER_BYTES reach the app, which answers a URL too long with 414;
    // Node's own limit of 16 kB would answer 431 for those, and reset the connection for longer ones.
    const server = serve({ fetch, port, hostname: "127.0.0.1", serverOptions: { maxHeaderSize: MAX_HEADER_BYTES } }, (info: AddressInfo) => {
      resolve({
        url: `http://localhost:${info.port}`,
        port: info.port,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await Promise.allSettled(handling);
        },
      });
    });
    server.once("error", reject);
  });
}
