/** The package version, replaced at build time (vite `define`). */
declare const __VERSION__: string;
