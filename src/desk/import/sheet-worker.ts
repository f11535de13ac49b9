/// <reference lib="webworker" />
/** The Worker that reads a sheet off the page's thread (sheet-reader.ts does the work). */
import { readSheet, SheetError, type SheetKind } from './sheet-reader.js';

self.onmessage = async (event: MessageEvent<{ bytes: ArrayBuffer; kind: SheetKind | null }>) => {
  try {
    const table = await readSheet(new Uint8Array(event.data.bytes), event.data.kind);
    self.postMessage({ ok: true, table });
  } catch (error) {
    self.postMessage({ ok: false, problem: error instanceof SheetError ? error.problem : 'corrupt', detail: String((error as Error)?.message ?? error) });
  }
};
