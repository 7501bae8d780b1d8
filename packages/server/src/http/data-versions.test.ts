import { describe, expect, it } from "vitest";
import { dataVersions } from "./data-versions.js";

/** A database whose version queries the test answers one by one. */
function slowDatabase() {
  const queries: Array<(version: string) => void> = [];
  const versionOf = dataVersions(() => new Promise((resolve) => queries.push(resolve)));
  return { queries, versionOf };
}

describe("dataVersions", () => {
  it("asks the database once for readers that arrive together, and once more for those that come while it answers", async () => {
    const { queries, versionOf } = slowDatabase();
    const first = versionOf("taihe");
    const during = Array.from({ length: 20 }, () => versionOf("taihe"));
    expect(queries).toHaveLength(1);
    queries[0]!("7");
    expect(await first).toBe("7");
    await Promise.resolve();
    expect(queries).toHaveLength(2);
    queries[1]!("7");
    expect(await Promise.all(during)).toEqual(Array(20).fill("7"));
  });

  it("never answers a reader from a query that began before it arrived, which may predate a write it followed", async () => {
    const { queries, versionOf } = slowDatabase();
    const before = versionOf("taihe");
    // A write commits here, after the first query began; then a reader arrives.
    const after = versionOf("taihe");
    queries[0]!("7");
    expect(await before).toBe("7");
    await Promise.resolve();
    queries[1]!("8");
    expect(await after).toBe("8");
  });

  it("keeps communities apart and asks anew once a query is answered", async () => {
    const { queries, versionOf } = slowDatabase();
    const taihe = versionOf("taihe");
    const heping = versionOf("heping");
    expect(queries).toHaveLength(2);
    queries[0]!("3");
    queries[1]!("9");
    expect([await taihe, await heping]).toEqual(["3", "9"]);
    await new Promise((resolve) => setTimeout(resolve));
    const later = versionOf("taihe");
    expect(queries).toHaveLength(3);
    queries[2]!("4");
    expect(await later).toBe("4");
  });
});
