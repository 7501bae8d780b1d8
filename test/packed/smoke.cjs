// The packed packages through require() (Node.js 20.19 and later load ES modules so).
const { pathToFileURL } = require("node:url");
const schema = require("@community-kit/schema");
const sdk = require("@community-kit/sdk");
const ui = require("@community-kit/ui/chinese-day-labels");

import("./checks.mjs")
  .then(({ smoke }) => smoke({ sdk, schema, ui, resolve: (specifier) => pathToFileURL(require.resolve(specifier)).href }, process.argv.slice(2)))
  .then(() => console.log("  require(): read, registered, cancelled, every entry found, patched dependencies packed"))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
