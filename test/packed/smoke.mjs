// The packed packages as ESM.
import * as schema from "@community-kit/schema";
import * as sdk from "@community-kit/sdk";
import * as ui from "@community-kit/ui/chinese-day-labels";
import { smoke } from "./checks.mjs";

await smoke({ sdk, schema, ui, resolve: import.meta.resolve }, process.argv.slice(2));
console.log("  ESM: read, registered, cancelled, every entry found, patched dependencies packed");
