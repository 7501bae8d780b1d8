// The community's own SMS gateway, as a centre runs one: it takes the notices Community Kit posts,
// checks each signature as docs/notices.md shows, and keeps those that are signed right.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";

/** Starts a gateway that shares `secret` with the community; `url` is where to post. */
export async function startNoticeGateway(secret) {
  const notices = [];
  const refused = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const timestamp = String(request.headers["community-kit-timestamp"]);
      const expected = Buffer.from(`v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`);
      const given = Buffer.from(String(request.headers["community-kit-signature"] ?? ""));
      const signed = given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300;
      (signed ? notices : refused).push(JSON.parse(body));
      response.writeHead(signed ? 200 : 401).end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/community-kit`,
    notices,
    refused,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
