/**
 * Starts the Worker that reads workbooks (sheet-worker.ts), only when a sheet is imported.
 *
 * This file is what a dev server or the unit tests use: the worker as a module file beside it.
 * The desk build (vite.desk.config.ts) and the pages the e2e tests and bench bundle replace it
 * with scripts/sheet-worker-inline.mjs's version: the worker's code bundled on its own and
 * inlined as text, started from a Blob URL. So SheetJS is never part of the page's script, and
 * the Worker starts from http and from file:// alike.
 */
export function startSheetWorker(): Worker {
  return new Worker(new URL('./sheet-worker.ts', import.meta.url), { type: 'module' });
}
