/**
 * Runs `work` once the coming frame has been drawn and the page is idle
 * (within `timeout` ms of that frame at the latest); returns what cancels it.
 */
export function afterFrameWhenIdle(work: () => void, timeout = 1000): () => void {
  let idle: number | undefined;
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === "function") idle = requestIdleCallback(work, { timeout });
    // Safari has no idle callbacks: the task after the frame instead.
    else timer = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
