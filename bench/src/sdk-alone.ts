// The SDK as a developer's own page takes it: everything it exports, with what it validates responses by.
export * from "@community-kit/sdk";
