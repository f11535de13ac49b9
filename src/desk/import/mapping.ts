/**
 * Finds the header row of a sheet (the first ten rows are tried, alone and joined with the row
 * above for two-row headers under merged cells) and which field each column holds.
 */
import type { Cell } from './sheet-reader.js';
import { FIELDS, languageOf, normalizeWord, type ImportResource } from './fields.js';

/** Column index → target (`year`, `label`, `label.ar`…) or `''` for a column left out. */
export type ColumnMapping = string[];

export interface DetectedLayout {
  /** Rows before the data (the header, one or two rows). */
  headerRows: number;
  /** The header text of each column, as shown to the person. */
  headers: string[];
  mapping: ColumnMapping;
}

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : typeof cell === 'object' ? cell.date : String(cell)).trim();

/** How well a header names a field: the longest alias it is or contains, as whole words. */
function scoreAlias(header: string, alias: string): number {
  if (!header || !alias) return 0;
  if (header === alias) return 1000 + alias.length;
  return ` ${header} `.includes(` ${alias} `) ? alias.length : 0;
}

/** The best target per header, each field taken once (by its best column). */
export function mapHeaders(resource: ImportResource, headers: string[]): ColumnMapping {
  const specs = FIELDS[resource];
  const candidates: { column: number; id: string; score: number }[] = [];
  headers.forEach((header, column) => {
    const norm = normalizeWord(header.replace(/_/g, ' '));
    let best = { id: '', score: 0 };
    for (const spec of specs) {
      for (const alias of spec.aliases) {
        const score = scoreAlias(norm, normalizeWord(alias));
        if (score > best.score) best = { id: spec.id, score };
      }
    }
    if (!best.id) return;
    const spec = specs.find((s) => s.id === best.id)!;
    const lang = spec.kind === 'localized' ? languageOf(header) : undefined;
    candidates.push({ column, id: lang ? `${best.id}.${lang}` : best.id, score: best.score });
  });
  const mapping: ColumnMapping = headers.map(() => '');
  for (const { column, id } of candidates.sort((a, b) => b.score - a.score)) if (!mapping.includes(id)) mapping[column] = id;
  return mapping;
}

export function detectLayout(resource: ImportResource, rows: Cell[][]): DetectedLayout {
  let best: DetectedLayout = { headerRows: 1, headers: (rows[0] ?? []).map(text), mapping: mapHeaders(resource, (rows[0] ?? []).map(text)) };
  let bestCount = best.mapping.filter(Boolean).length;
  for (let r = 0; r < Math.min(10, rows.length); r++) {
    const single = rows[r].map(text);
    const options: [number, string[]][] = [[r + 1, single]];
    if (r > 0) options.push([r + 1, single.map((h, c) => [text(rows[r - 1][c]), h].filter(Boolean).join(' '))]);
    for (const [headerRows, headers] of options) {
      const mapping = mapHeaders(resource, headers);
      const count = mapping.filter(Boolean).length;
      if (count > bestCount) {
        best = { headerRows, headers, mapping };
        bestCount = count;
      }
    }
  }
  return best;
}

/** Every target a column can take for a resource (the select's options): fields, and each language of a text. */
export function targetsOf(resource: ImportResource): string[] {
  return FIELDS[resource].flatMap((spec) => (spec.kind === 'localized' ? [spec.id, ...['fr', 'ar', 'zgh', 'en'].map((l) => `${spec.id}.${l}`)] : [spec.id]));
}
