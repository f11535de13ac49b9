/**
 * What every sheet read shares (cells, problems, the checks made before reading, trimming) and
 * the `.csv` read, on the page, through the project's one CSV reader (core/csv.ts). Workbooks
 * (`.xlsx`, `.ods`) are read by workbook-reader.ts, only ever inside the sheet Worker.
 *
 * Handled here: trailing empty rows and columns go, a BOM goes, CSV that is not UTF-8 is read
 * as Windows-1252 (what Excel writes in French).
 */
import { csvRows, loadPapa, type CsvParser } from '../../core/csv.js';

/** How papaparse is loaded (a test page, which serves modules unbundled, hands in its browser build). */
export const csvParser: { load: () => Promise<CsvParser> } = { load: loadPapa };

/** A cell: text, number, boolean, empty, or a date (`YYYY-MM-DD`, or with `THH:MM:SS` when it has a time). */
export type Cell = string | number | boolean | null | { date: string };

export type SheetKind = 'xlsx' | 'ods' | 'csv';
/** `no-worker`: the browser refused to start the Worker that reads workbooks (a page's strict CSP). */
export type SheetProblem = 'too-large' | 'encrypted' | 'corrupt' | 'empty' | 'unsupported' | 'no-worker';

export interface SheetTable {
  /** The sheet read (the first one holding data). */
  sheet: string;
  rows: Cell[][];
  /** `true` when a text amount like `1,5` means one and a half (not a CSV separated by commas). */
  decimalComma: boolean;
}

/** Beyond this a file is refused before reading: a budget of 5,000 lines is far smaller. */
export const MAX_SHEET_BYTES = 8 * 1024 * 1024;

export class SheetError extends Error {
  constructor(
    readonly problem: SheetProblem,
    detail: string = problem,
  ) {
    super(detail);
    this.name = 'SheetError';
  }
}

export function sheetKind(fileName: string): SheetKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') return 'xlsx';
  if (ext === 'ods') return 'ods';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  return null;
}

const isEmpty = (cell: Cell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Drops empty rows and the empty columns on the end side. */
export function trim(rows: Cell[][]): Cell[][] {
  const kept = rows.filter((row) => row.some((cell) => !isEmpty(cell)));
  const width = Math.max(0, ...kept.map((row) => row.reduce<number>((w, cell, i) => (isEmpty(cell) ? w : i + 1), 0)));
  return kept.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
}

/** An Excel serial day number (fraction = time of day) as an ISO date or date-time, without zone. */
export function serialToIso(serial: number, date1904 = false): string {
  const days = serial + (date1904 ? 1462 : 0);
  // Day 60 is Excel's 29 February 1900, a day that never was; day 0 is 31 December 1899 (1899-12-30 + 1 for the phantom day below 61).
  const ms = Math.round((days - (days < 61 ? 25568 : 25569)) * 86_400_000 / 1000) * 1000;
  const iso = new Date(ms).toISOString();
  return ms % 86_400_000 === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readCsv(bytes: Uint8Array): Promise<SheetTable> {
  const { rows, delimiter } = csvRows(await csvParser.load(), decodeText(bytes));
  return { sheet: '', rows: trim(rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell)))), decimalComma: delimiter !== ',' };
}

/** Refuses, before anything is read, a file of no known kind, too large, or empty. */
export function checkSheet(bytes: Uint8Array, kind: SheetKind | null): asserts kind is SheetKind {
  if (!kind) throw new SheetError('unsupported');
  if (bytes.byteLength > MAX_SHEET_BYTES) throw new SheetError('too-large');
  if (!bytes.byteLength) throw new SheetError('empty');
}

/** A `.csv` file read on the page (papaparse is quick, and loads only here). */
export async function readCsvSheet(bytes: Uint8Array): Promise<SheetTable> {
  checkSheet(bytes, 'csv');
  const table = await readCsv(bytes);
  if (!table.rows.length) throw new SheetError('empty');
  return table;
}
