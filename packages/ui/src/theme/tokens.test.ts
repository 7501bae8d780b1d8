import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The design tokens are the kit's styling contract with host pages: a token a widget reads
// but nobody declared falls back to nothing, one declared but read by no widget is a promise
// the kit does not keep, and one the README or the elements' docs (@cssproperty, which
// Storybook and editors show) leave out cannot be found. As material-web's testing/tokens.ts.

const packages = join(import.meta.dirname, "..", "..", "..");
const read = (path: string) => readFileSync(join(packages, path), "utf8");

/** Every TypeScript source of the packages, tests and generated Storybook output aside. */
function sources(folder = packages): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return ["node_modules", "dist", "storybook-static"].includes(entry.name) ? [] : sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const tokensOf = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((match) => match[1]!));
const sorted = (tokens: Iterable<string>) => [...tokens].sort();

const tokenStyles = read("ui/src/theme/tokens.styles.ts");
/** What the default theme declares on :host: every token there is. */
const declared = tokensOf(tokenStyles.slice(0, tokenStyles.indexOf("display: block")), /(--ck-[a-z0-9-]+):/g);

describe("the design tokens", () => {
  it("are declared with a default", () => {
    expect(declared.size).toBeGreaterThan(20);
    expect(declared).toContain("--ck-color-primary");
  });

  it("a widget reads are all declared, and each declared one is read", () => {
    const readers = new Map<string, string[]>();
    for (const path of sources()) {
      for (const token of tokensOf(readFileSync(path, "utf8"), /var\((--ck-[a-z0-9-]+)/g))
        readers.set(token, [...(readers.get(token) ?? []), relative(packages, path)]);
    }
    const undeclared = [...readers].filter(([token]) => !declared.has(token)).map(([token, paths]) => `${token} in ${paths.join(", ")}`);
    expect(undeclared).toEqual([]);
    expect(sorted(declared).filter((token) => !readers.has(token))).toEqual([]);
  });

  it("are each documented for host pages, in the README and as the elements' @cssproperty", () => {
    const readme = readFileSync(join(packages, "..", "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("| token | what it colours or sizes |"));
    const inReadme = tokensOf(table.slice(0, table.indexOf("\n\n")), /`(--ck-[a-z0-9-]+)`/g);
    expect(sorted(inReadme)).toEqual(sorted(declared));
    const cssProperties = tokensOf(read("ui/src/community-element.ts"), /@cssproperty (--ck-[a-z0-9-]+) - \S/g);
    expect(sorted(cssProperties)).toEqual(sorted(declared));
  });

  it("a preset theme sets are colours the widgets read", () => {
    const themes = read("ui/src/theme/themes.ts");
    const colours = tokensOf(themes.slice(themes.indexOf("type ColourTokens"), themes.indexOf("string\n>;")), /"([a-z-]+)"/g);
    expect(sorted([...colours].map((name) => `--ck-color-${name}`))).toEqual(sorted([...declared].filter((token) => token.startsWith("--ck-color-"))));
  });
});
