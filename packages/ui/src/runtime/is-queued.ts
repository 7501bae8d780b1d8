/** Whether a submission's failure is the SDK keeping it on the device to send later (CommunityWriteQueued). */
export function isQueued(error: unknown): error is { name: "CommunityWriteQueued"; delivered: Promise<{ result?: unknown; error?: unknown }> } {
  return (error as { name?: string } | undefined)?.name === "CommunityWriteQueued";
}
