// The demo server for the packed packages' smoke test, from the workspace's build, on a fresh
// database: prints its address, an event that takes registrations and a key of 太和社区, with a
// volunteer shift to come for the README's examples, then serves until stopped.
import { addShift, addUpcomingEvent, createApiKey, startDemoServer } from "../../packages/server/dist/test-support/demo-server.js";

const server = await startDemoServer();
const eventId = await addUpcomingEvent(server.db, { title: "书法课堂（安装测试）", capacity: 5 });
await addShift(server.db, { capacity: 4 });
const apiKey = await createApiKey(server.db, "taihe", "README examples");
console.log(JSON.stringify({ url: server.url, eventId, apiKey }));
process.on("SIGTERM", () => server.stop().finally(() => process.exit(0)));
