/**
 * Reads a spreadsheet file into rows of plain cells: `.xlsx` and `.ods` through SheetJS
 * (@e965/xlsx, the maintained npm build of SheetJS; the `xlsx` package on npm is stuck at a
 * vulnerable 0.18.5), `.csv` through the project's one CSV reader (core/csv.ts). Runs in a
 * Worker (sheet-worker.ts) so a large sheet never freezes the page; both libraries are
 * imported only here, when a sheet is read.
 *
 * Excel's quirks handled here: formula cells give their computed (cached) value, dates stored
 * as serial numbers become ISO dates (1900 and 1904 date systems), merged cells repeat their
 * value over the range (merged headers), trailing empty rows and columns go, a BOM goes, CSV
 * that is not UTF-8 is read as Windows-1252 (what Excel writes in French).
 */
import { csvRows, loadPapa, type CsvParser } from '../../core/csv.js';

/** How papaparse is loaded (a test page, which serves modules unbundled, hands in its browser build). */
export const csvParser: { load: () => Promise<CsvParser> } = { load: loadPapa };

/** A cell: text, number, boolean, empty, or a date (`YYYY-MM-DD`, or with `THH:MM:SS` when it has a time). */
export type Cell = string | number | boolean | null | { date: string };

export type SheetKind = 'xlsx' | 'ods' | 'csv';
export type SheetProblem = 'too-large' | 'encrypted' | 'corrupt' | 'empty' | 'unsupported';

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

/** Drops empty rows at the end and empty columns on the end side. */
function trim(rows: Cell[][]): Cell[][] {
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

type XLSXModule = typeof import('@e965/xlsx');

async function readWorkbook(bytes: Uint8Array, kind: SheetKind): Promise<SheetTable> {
  const XLSX: XLSXModule = await import('@e965/xlsx');
  let wb: import('@e965/xlsx').WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    // Office's password protection (an OLE container of encrypted streams) and ODF's; not ZIP's own flag, set on damaged files.
    if (/password-protected|ECMA-376 Encrypted|ODS Encryption/i.test(text)) throw new SheetError('encrypted', text);
    throw new SheetError('corrupt', text);
  }
  // SheetJS reads almost anything (a text file becomes a one-column sheet): the container must be what the name says.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  if (!zip && !ole) throw new SheetError('corrupt', `not a ${kind} file`);
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws?.['!ref']) continue;
    const range = XLSX.utils.decode_range(ws['!ref']);
    const rows: Cell[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: Cell[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as import('@e965/xlsx').CellObject | undefined;
        row.push(cellValue(XLSX, cell, date1904));
      }
      rows.push(row);
    }
    // A merged range shows its first cell's value over all of it (a header over two columns…).
    for (const merge of ws['!merges'] ?? []) {
      const value = rows[merge.s.r - range.s.r]?.[merge.s.c - range.s.c] ?? null;
      for (let r = merge.s.r; r <= merge.e.r; r++)
        for (let c = merge.s.c; c <= merge.e.c; c++) if (rows[r - range.s.r] && c - range.s.c < rows[r - range.s.r].length) rows[r - range.s.r][c - range.s.c] = value;
    }
    const trimmed = trim(rows);
    if (trimmed.length) return { sheet: name, rows: trimmed, decimalComma: true };
  }
  throw new SheetError('empty');
}

function cellValue(XLSX: XLSXModule, cell: import('@e965/xlsx').CellObject | undefined, date1904: boolean): Cell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 'b':
      return Boolean(cell.v);
    case 'e':
    case 'z':
      return null;
    case 'd':
      return { date: (cell.v instanceof Date ? cell.v : new Date(String(cell.v))).toISOString().replace(/T00:00:00\.000Z$|\.\d{3}Z$/, '') };
    case 'n': {
      const value = Number(cell.v);
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) return { date: serialToIso(value, date1904) };
      // A cell shown as 45 % holds 0.45: the contract's percentages are 0–100.
      if (typeof cell.z === 'string' && cell.z.includes('%')) return Math.round(value * 100 * 1e9) / 1e9;
      return value;
    }
    default: {
      const text = String(cell.v).replace(/^\uFEFF/, '');
      return text.trim() === '' ? null : text;
    }
  }
}

/** The whole read: size and kind checked first, so a refused file costs nothing. */
export async function readSheet(bytes: Uint8Array, kind: SheetKind | null): Promise<SheetTable> {
  if (!kind) throw new SheetError('unsupported');
  if (bytes.byteLength > MAX_SHEET_BYTES) throw new SheetError('too-large');
  if (!bytes.byteLength) throw new SheetError('empty');
  const table = kind === 'csv' ? await readCsv(bytes) : await readWorkbook(bytes, kind);
  if (!table.rows.length) throw new SheetError('empty');
  return table;
}
