/**
 * Reads a File chosen in the desk: a workbook in a Worker when the page can start one (a
 * 5,000-line sheet must not freeze the page), else on the page itself (the single-file desk opened from the
 * disk cannot start a module Worker). The size is checked before anything is read.
 */
import { MAX_SHEET_BYTES, SheetError, sheetKind, type SheetKind, type SheetProblem, type SheetTable } from './sheet-reader.js';

type Reply = { ok: true; table: SheetTable } | { ok: false; problem: SheetProblem; detail: string };

/** How the last file was read (tests and the bench look). */
export let lastReadIn: 'worker' | 'page' | undefined;

function inWorker(bytes: ArrayBuffer, kind: SheetKind | null): Promise<Reply> | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./sheet-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return new Promise<Reply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker's script could not load (file://, a strict CSP): the page reads the file instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('worker failed'));
    };
    worker.postMessage({ bytes, kind }, [bytes]);
  });
}

export async function readSheetFile(file: Blob & { name?: string }, options: { worker?: boolean } = {}): Promise<SheetTable> {
  const kind = sheetKind(file.name ?? '');
  if (!kind) throw new SheetError('unsupported');
  if (file.size > MAX_SHEET_BYTES) throw new SheetError('too-large');
  // CSV is read on the page: papaparse is quick, and in a Worker it takes over the worker's messages.
  if (options.worker !== false && kind !== 'csv') {
    const pending = inWorker(await file.arrayBuffer(), kind);
    if (pending) {
      const reply = await pending.catch(() => null);
      if (reply) {
        lastReadIn = 'worker';
        if (reply.ok) return reply.table;
        throw new SheetError(reply.problem, reply.detail);
      }
    }
  }
  lastReadIn = 'page';
  const { readSheet } = await import('./sheet-reader.js');
  return readSheet(new Uint8Array(await file.arrayBuffer()), kind);
}
