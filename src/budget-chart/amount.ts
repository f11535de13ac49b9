/**
 * Reading amounts as people write them: `1234.5`, `1 234,50` (French, with spaces or
 * no-break spaces), `1.234.567,89`, `1,234,567.89`, `-12,5`, `(1 200)` (an accounting
 * negative). Pure, framework-free; the CSV reader and the JSON schema both use it.
 */

/** `undefined` for an empty cell, `NaN` for text that is not an amount, else the number. */
export function parseAmount(raw: unknown, opts: { decimalComma?: boolean } = {}): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NaN;
  if (typeof raw !== 'string') return NaN;
  let text = raw.trim().replace(/[\s\u00a0\u202f\u2009']/g, '');
  if (text === '' || text === '-') return undefined;
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(text);
  if (accounting) {
    negative = true;
    text = accounting[1];
  }
  text = text.replace(/^\u2212/, '-');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return NaN;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the one that comes last is the decimal separator.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (text.indexOf(decimal) !== text.lastIndexOf(decimal)) return NaN;
    normalized = text.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    normalized = resolveSingle(text, ',', opts.decimalComma ?? true);
  } else if (lastDot >= 0) {
    normalized = resolveSingle(text, '.', !(opts.decimalComma ?? false));
  } else {
    normalized = text;
  }
  if (!/^\d+(\.\d+)?$/.test(normalized)) return NaN;
  const value = Number(normalized);
  return negative ? -value : value;
}

/** One kind of separator: several of them are grouping; one is decimal unless context says grouping. */
function resolveSingle(text: string, sep: string, decimalByDefault: boolean): string {
  const parts = text.split(sep);
  const grouped = parts.length > 2 || (!decimalByDefault && /^\d{1,3}$/.test(parts[0]) && parts[1].length === 3);
  if (grouped) {
    if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return 'x';
    return parts.join('');
  }
  return `${parts[0]}.${parts[1]}`;
}
