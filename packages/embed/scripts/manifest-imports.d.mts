export declare function staticImports(manifest: Record<string, { imports?: string[] }>, keys: Iterable<string>): Set<string>;
