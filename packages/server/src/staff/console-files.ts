import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The folder of the staff console's built page (console/ beside @community-kit/admin's dist/),
 * which the server serves at /admin/; undefined when it has not been built (a checkout before
 * `pnpm run build`).
 */
export function consoleFolder(): string | undefined {
  try {
    const folder = join(dirname(createRequire(import.meta.url).resolve("@community-kit/admin")), "..", "console");
    return existsSync(join(folder, "index.html")) ? folder : undefined;
  } catch {
    return undefined;
  }
}
