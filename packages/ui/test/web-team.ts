/**
 * What a widget tells the page's web team in the browser's console while
 * `work` runs: its warnings, without the "[community-kit] <tag>" prefix.
 */
export async function toldWebTeam(work: () => Promise<unknown>): Promise<string[]> {
  const told: string[] = [];
  const warn = console.warn;
  console.warn = (message: unknown, ...rest: unknown[]) => {
    if (typeof message === "string" && message.startsWith("[community-kit]")) told.push(message.replace(/^\[community-kit\] <[a-z-]+> /, ""));
    else warn(message, ...rest);
  };
  try {
    await work();
    // The widget tells once the page has had its turn, with its messages for the web team loaded then.
    await new Promise((resolve) => setTimeout(resolve, 400));
  } finally {
    console.warn = warn;
  }
  return told;
}
