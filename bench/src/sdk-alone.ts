// The SDK as a developer's own page takes it: the client, with what it validates responses by.
export { createClient } from "@community-kit/sdk";
