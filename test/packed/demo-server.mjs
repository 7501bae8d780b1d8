// The demo server for the packed packages' smoke test, from the workspace's build, on a fresh
// database: prints its address and an event that takes registrations, then serves until stopped.
import { addUpcomingEvent, startDemoServer } from "../../packages/server/dist/test-support/demo-server.js";

const server = await startDemoServer();
const eventId = await addUpcomingEvent(server.db, { title: "书法课堂（安装测试）", capacity: 5 });
console.log(JSON.stringify({ url: server.url, eventId }));
process.on("SIGTERM", () => server.stop().finally(() => process.exit(0)));
