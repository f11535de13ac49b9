/** The package version, replaced at build time (vite `define`). */
declare const __VERSION__: string;

/** Chunks each widget module imports, and each locale's translation chunk (IIFE build only). */
declare const __PRELOADS__: { chunks: Record<string, string[]>; locales: Record<string, string> };
