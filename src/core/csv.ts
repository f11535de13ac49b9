/**
 * The project's one CSV reader: papaparse, loaded on demand, with the separator of the header
 * line (`;` in French exports, tab, else `,`) and an optional UTF-8 BOM removed. The budget's
 * CSV source (budget-chart/csv.ts) and the desk's spreadsheet import both read through it.
 */
import type Papa from 'papaparse';

/** The separator of the header line: `;` (French exports), tab, else `,`. */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (sep: string) => header.split(sep).length - 1;
  const [best] = [';', '\t', ','].map((sep) => [sep, count(sep)] as const).sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

/** The part of papaparse the project uses. */
export type CsvParser = Pick<typeof Papa, 'parse'>;

/** Loads papaparse (a CommonJS module: its export may come as `default`). */
export async function loadPapa(): Promise<CsvParser> {
  const mod = (await import('papaparse')) as unknown as { default?: CsvParser } & CsvParser;
  return mod.default ?? mod;
}

/** A CSV text as rows of cells (no header handling), without its BOM; also says which separator it used. */
export function csvRows(papa: CsvParser, text: string): { rows: string[][]; delimiter: string } {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean);
  const result = papa.parse<string[]>(clean, { header: false, delimiter, skipEmptyLines: 'greedy' });
  return { rows: result.data, delimiter };
}
