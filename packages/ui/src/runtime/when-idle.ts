/** How long an idle moment is waited for before the work is done anyway. */
const IDLE_TIMEOUT = 2000;

/**
 * Calls `work` when the main thread is next idle, within two seconds: for what
 * no resident waits for (search engines' data), so that it never falls between
 * a tap and the frame that answers it. Where there is no requestIdleCallback
 * (Safari), in a task of its own.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(work, { timeout: IDLE_TIMEOUT });
  else setTimeout(work);
}
