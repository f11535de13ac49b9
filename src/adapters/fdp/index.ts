/**
 * A Fiscal Data Package (`datapackage.json` with a `model`) → our budget.json, loaded only
 * when the budget chart reads one. Its CSV resources are read with the budget chart's own CSV
 * reader (papaparse, the same separator and amount rules); the rows are summed by fiscal
 * year, direction and the chosen classification's codes, with parent codes and labels.
 */
import { fetchText, LoadError } from '../../core/loader.js';
import type { Adapted, SourceNotice } from '../../core/data-source.js';
import { safeUrl } from '../../core/safe-url.js';
import { detectDelimiter, DIRECTION_WORDS, loadPapa, type CsvParser } from '../../budget-chart/csv.js';
import { parseAmount } from '../../budget-chart/amount.js';
import type { Amounts, Direction } from '../../budget-chart/schema.js';
import { classificationsOf, directionColumnOf, phaseColumnOf, phaseOfValue, PHASES, yearColumnOf, type Classification, type Descriptor, type MeasureColumn } from './model.js';

export interface FdpOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Which classification draws the tree: its name or type (default: functional, else the first). */
  classification?: string;
  papa?: CsvParser;
  /** How to get a resource (default: the shared loader; the CLI passes files). */
  readResource?: (url: string) => Promise<string>;
}

interface Line {
  code: string;
  parent?: string;
  label: string | Record<string, string>;
  direction: Direction;
  amounts: Amounts;
}

/** Reads the descriptor at `url`, then its resources. */
export async function loadFiscalDataPackage(url: string, opts: FdpOptions = {}): Promise<Adapted> {
  const read = opts.readResource ?? (async (u: string) => (await fetchText(u, { signal: opts.signal, timeoutMs: opts.timeoutMs })).text);
  return readFiscalDataPackage(url, await read(url), opts);
}

/** The descriptor's text and its URL → our budget document, as JSON text. */
export async function readFiscalDataPackage(descriptorUrl: string, descriptorText: string, opts: FdpOptions = {}): Promise<Adapted> {
  let descriptor: Descriptor;
  try {
    descriptor = JSON.parse(descriptorText) as Descriptor;
  } catch {
    throw new LoadError('invalid', 'invalid');
  }
  const model = descriptor.model;
  if (!model?.measures || !descriptor.resources?.length) throw new LoadError('invalid', 'invalid');
  const measures: MeasureColumn[] = Object.values(model.measures)
    .filter((m) => m.source)
    .map((m) => ({
      column: m.source!,
      kind: PHASES[(m.phase ?? 'approved').toLowerCase()] ?? 'approved',
      phased: !!m.phase,
      direction: DIRECTION_WORDS[(m.direction ?? '').toLowerCase()],
      factor: typeof m.factor === 'number' && Number.isFinite(m.factor) ? m.factor : 1,
      currency: m.currency,
    }));
  const classifications = classificationsOf(model);
  const wanted = (opts.classification ?? '').toLowerCase();
  const tree: Classification | undefined =
    classifications.find((c) => c.name.toLowerCase() === wanted || c.type === wanted) ??
    classifications.find((c) => c.type === 'functional') ??
    classifications[0];
  const yearColumn = yearColumnOf(model);
  const directionColumn = directionColumnOf(model);
  // Long format: the phase in a column of its own, for the measures that do not name theirs.
  const phaseColumn = measures.some((m) => !m.phased) ? phaseColumnOf(model) : undefined;
  if (!measures.length || !tree || !yearColumn) throw new LoadError('invalid', 'invalid');

  const papa = opts.papa ?? (await loadPapa());
  const read = opts.readResource ?? (async (url: string) => (await fetchText(url, { signal: opts.signal, timeoutMs: opts.timeoutMs })).text);
  const lines = new Map<string, Line>();
  let skipped = 0;
  const needed = [yearColumn, tree.code, ...(tree.parent ? [tree.parent] : []), ...Object.values(tree.labels), ...measures.map((m) => m.column), ...(directionColumn ? [directionColumn] : []), ...(phaseColumn ? [phaseColumn] : [])];

  for (const resource of descriptor.resources) {
    const paths = ([] as string[]).concat(resource.path ?? []);
    const decimalComma = resource.schema?.fields?.some((f) => measures.some((m) => m.column === f.name) && f.decimalChar === ',');
    for (const path of paths) {
      const url = resourceUrl(path, descriptorUrl, !!opts.readResource);
      if (!url || !/\.csv(\?|$)/i.test(new URL(url).pathname)) continue;
      const text = (await read(url)).replace(/^\uFEFF/, '');
      const delimiter = detectDelimiter(text);
      const parsed = papa.parse<Record<string, string>>(text, { header: true, delimiter, skipEmptyLines: 'greedy', transformHeader: (h) => h.replace(/^\uFEFF/, '').trim() });
      const fields = parsed.meta.fields ?? [];
      const absent = needed.find((column) => !fields.includes(column));
      if (absent) {
        console.warn(`[opengov-widgets] the data package's model names a column its CSV lacks: "${absent}" (${url})`);
        throw new LoadError('invalid', 'missing-column');
      }
      for (const row of parsed.data) {
        const year = Number(/\d{4}/.exec(row[yearColumn] ?? '')?.[0]);
        const code = (row[tree.code] ?? '').trim();
        if (!Number.isInteger(year) || !code) {
          // A row without a code in this classification counts only when it carries amounts.
          if (measures.some((m) => parseAmount(row[m.column]) !== undefined)) skipped++;
          continue;
        }
        const label = labelOf(row, tree);
        const parent = tree.parent ? (row[tree.parent] ?? '').trim() || undefined : undefined;
        const rowDirection = directionColumn ? DIRECTION_WORDS[(row[directionColumn] ?? '').trim().toLowerCase()] : undefined;
        const rowPhase = phaseColumn ? phaseOfValue(row[phaseColumn]) : undefined;
        const lineOf = (direction: Direction) => {
          const key = `${year}|${direction}|${code}`;
          const line = lines.get(key) ?? { code, parent, label, direction, amounts: {} };
          lines.set(key, line);
          return line;
        };
        // A row without amounts still names its code (a heading, with its labels).
        if (rowDirection && measures.every((m) => !m.direction)) lineOf(rowDirection);
        for (const measure of measures) {
          const value = parseAmount(row[measure.column], { decimalComma: decimalComma ?? delimiter !== ',' });
          if (value === undefined) continue;
          if (Number.isNaN(value)) {
            skipped++;
            continue;
          }
          const kind = measure.phased || !phaseColumn ? measure.kind : rowPhase;
          if (!kind) {
            // An amount whose row names no phase we know: counted, never guessed.
            skipped++;
            continue;
          }
          const line = lineOf(measure.direction ?? rowDirection ?? 'expenditure');
          line.amounts[kind] = (line.amounts[kind] ?? 0) + value * measure.factor;
        }
      }
    }
  }

  const byYear = new Map<number, Line[]>();
  for (const [key, line] of lines) {
    if (!Object.keys(line.amounts).length) line.amounts[measures[0].kind] = 0;
    const year = Number(key.split('|')[0]);
    byYear.set(year, [...(byYear.get(year) ?? []), line]);
  }
  // A parent code named by rows but with no row of its own becomes a heading line.
  for (const list of byYear.values()) {
    const codes = new Set(list.map((l) => `${l.direction}|${l.code}`));
    for (const line of [...list]) {
      if (line.parent && !codes.has(`${line.direction}|${line.parent}`)) {
        codes.add(`${line.direction}|${line.parent}`);
        list.push({ code: line.parent, label: line.parent, direction: line.direction, amounts: { [measures[0].kind]: 0 } });
      }
    }
  }
  const currency = measures.find((m) => m.currency)?.currency?.toUpperCase();
  const document = {
    updatedAt: new Date().toISOString(),
    ...(descriptor.title ? { entity: descriptor.title } : {}),
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : 'MAD',
    years: [...byYear].sort((a, b) => a[0] - b[0]).map(([year, yearLines]) => ({ year, lines: yearLines })),
  };
  const notices: SourceNotice[] = [];
  return { text: JSON.stringify(document), notices, skipped };
}

/** A resource's URL beside its descriptor: http(s), or a file when the caller reads files (the CLI). */
function resourceUrl(path: string, descriptorUrl: string, callerReads: boolean): string | undefined {
  try {
    const url = new URL(path, descriptorUrl);
    if (url.protocol === 'file:') return callerReads ? url.href : undefined;
    return safeUrl(url.href);
  } catch {
    return undefined;
  }
}

function labelOf(row: Record<string, string>, c: Classification): string | Record<string, string> {
  const texts: Record<string, string> = {};
  let plain = '';
  for (const [lang, column] of Object.entries(c.labels)) {
    const value = (row[column] ?? '').trim();
    if (!value) continue;
    if (lang) texts[lang] = value;
    else plain = value;
  }
  if (Object.keys(texts).length) return texts;
  return plain || (row[c.code] ?? '').trim();
}

/** Whether a URL names a data package descriptor. */
export function isDataPackageUrl(url: string): boolean {
  return /(^|\/)datapackage\.json(\?|#|$)/i.test(url);
}
