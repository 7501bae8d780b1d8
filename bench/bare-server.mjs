// The yardstick of the load benchmark: a bare node:http server sending the same bytes as the
// reference server's answer at process.argv[2], from memory, with its ETag and 304s. Prints its
// URL as the reference server does.
import { createServer } from "node:http";

const source = await fetch(process.argv[2], { headers: { "Accept-Encoding": "identity" } });
const body = Buffer.from(await source.arrayBuffer());
const etag = source.headers.get("ETag") ?? '"bare"';
const type = source.headers.get("Content-Type") ?? "application/json";

const server = createServer((request, response) => {
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, { ETag: etag }).end();
    return;
  }
  response.writeHead(200, { "Content-Type": type, "Content-Length": body.length, ETag: etag }).end(body);
});
server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
