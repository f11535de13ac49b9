/**
 * Reads a workbook (`.xlsx`, `.ods`) into rows of plain cells through SheetJS (@e965/xlsx, the
 * maintained npm build of SheetJS; the `xlsx` package on npm is stuck at a vulnerable 0.18.5).
 * Imported only by sheet-worker.ts: SheetJS runs in the Worker, never in the page's script.
 *
 * Excel's quirks handled here: formula cells give their computed (cached) value, dates stored
 * as serial numbers become ISO dates (1900 and 1904 date systems), merged cells repeat their
 * value over the range (merged headers).
 */
import * as XLSX from '@e965/xlsx';
import { checkSheet, serialToIso, SheetError, trim, type Cell, type SheetKind, type SheetTable } from './sheet-reader.js';

function readWorkbook(bytes: Uint8Array, kind: SheetKind): SheetTable {
  let wb: XLSX.WorkBook;
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
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        row.push(cellValue(cell, date1904));
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

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): Cell {
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
export function readWorkbookSheet(bytes: Uint8Array, kind: SheetKind | null): SheetTable {
  checkSheet(bytes, kind);
  if (kind === 'csv') throw new SheetError('unsupported', 'CSV is read on the page');
  return readWorkbook(bytes, kind);
}
