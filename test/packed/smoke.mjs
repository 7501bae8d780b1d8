// The packed packages as ESM.
import * as schema from "@community-kit/schema";
import * as sdk from "@community-kit/sdk";
import { smoke } from "./checks.mjs";

await smoke({ sdk, schema, resolve: import.meta.resolve }, process.argv.slice(2));
console.log("  ESM: read, registered, cancelled, every entry found");
