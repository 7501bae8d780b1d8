// What a chunk of a Vite build brings with it, read from the build's manifest (build.manifest): used by the
// budgets, the check that every chunk names all it needs, and the loader's build.

/**
 * The manifest keys of `keys` and of every chunk they import statically, however deep.
 * @param {Record<string, { imports?: string[] }>} manifest
 * @param {Iterable<string>} keys
 * @returns {Set<string>}
 */
export function staticImports(manifest, keys) {
  const found = new Set();
  const visit = (key) => {
    if (found.has(key)) return;
    found.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return found;
}
