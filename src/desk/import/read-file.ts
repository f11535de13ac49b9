/**
 * Reads a File chosen in the desk. A workbook is read in a Worker (a 5,000-line sheet must not
 * freeze the page, and SheetJS stays out of the page's script); a CSV on the page (papaparse
 * is quick). The size is checked before anything is read.
 */
import { MAX_SHEET_BYTES, readCsvSheet, SheetError, sheetKind, type SheetKind, type SheetProblem, type SheetTable } from './sheet-reader.js';
import { startSheetWorker } from './start-sheet-worker.js';

type Reply = { ok: true; table: SheetTable } | { ok: false; problem: SheetProblem; detail: string };

/** Where the last file was read (the import element shows it as `data-read-in`; tests and the bench look). */
export let lastReadIn: 'worker' | 'page' | undefined;

function inWorker(bytes: ArrayBuffer, kind: SheetKind): Promise<Reply> {
  let worker: Worker;
  try {
    worker = startSheetWorker();
  } catch (error) {
    return Promise.resolve({ ok: false, problem: 'no-worker', detail: String(error) });
  }
  return new Promise<Reply>((resolve) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker's script could not start (a page's CSP forbidding blob: workers).
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve({ ok: false, problem: 'no-worker', detail: event.message || 'worker failed' });
    };
    worker.postMessage({ bytes, kind }, [bytes]);
  });
}

export async function readSheetFile(file: Blob & { name?: string }): Promise<SheetTable> {
  const kind = sheetKind(file.name ?? '');
  if (!kind) throw new SheetError('unsupported');
  if (file.size > MAX_SHEET_BYTES) throw new SheetError('too-large');
  if (kind === 'csv') {
    lastReadIn = 'page';
    return readCsvSheet(new Uint8Array(await file.arrayBuffer()));
  }
  const reply = await inWorker(await file.arrayBuffer(), kind);
  lastReadIn = 'worker';
  if (reply.ok) return reply.table;
  throw new SheetError(reply.problem, reply.detail);
}
