/// <reference lib="webworker" />
/**
 * The Worker that reads a workbook off the page's thread (workbook-reader.ts does the work).
 * It is the only place SheetJS runs: start-sheet-worker.ts starts it when a sheet is imported.
 */
import { readWorkbookSheet } from './workbook-reader.js';
import { SheetError, type SheetKind } from './sheet-reader.js';

self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; kind: SheetKind | null }>) => {
  try {
    const table = readWorkbookSheet(new Uint8Array(event.data.bytes), event.data.kind);
    self.postMessage({ ok: true, table });
  } catch (error) {
    self.postMessage({ ok: false, problem: error instanceof SheetError ? error.problem : 'corrupt', detail: String((error as Error)?.message ?? error) });
  }
};
