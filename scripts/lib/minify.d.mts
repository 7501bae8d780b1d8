export declare const MINIFY: { minify: "terser"; terserOptions: import("vite").TerserOptions };
