/**
 * Decidim's TranslatedField (`translations { locale text machineTranslated }`) → our
 * LocalizedText: a human text for every locale that has one; a machine translation only for a
 * locale without a human text, and then listed (TranslationLog) so the widget marks it.
 */
import type { LocalizedText } from '../../core/validation.js';

export interface Translation {
  locale: string;
  text: string | null;
  machineTranslated?: boolean;
}
export interface TranslatedField {
  translations: (Translation | null)[];
}

/** Collects, while mapping, the machine translations used: the document lists them, the widgets mark them. */
export class TranslationLog {
  private readonly machine = new Map<string, Set<string>>();
  add(locale: string, text: string): void {
    this.machine.set(locale, (this.machine.get(locale) ?? new Set()).add(text));
  }
  get machineUsed(): boolean {
    return this.machine.size > 0;
  }
  /** The document's optional `machineTranslated` (API.md): texts by language, sorted for stable files. */
  listed(): Record<string, string[]> | undefined {
    if (!this.machine.size) return undefined;
    return Object.fromEntries([...this.machine].sort(([a], [b]) => a.localeCompare(b)).map(([locale, texts]) => [locale, [...texts].sort()]));
  }
}

/** Decidim's rich texts are HTML: ours are plain text (data is text, never HTML). */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const withBreaks = html.replace(/<\s*br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n');
  const doc = typeof DOMParser !== 'undefined' ? new DOMParser().parseFromString(withBreaks, 'text/html') : undefined;
  const text = doc ? (doc.body.textContent ?? '') : decodeEntities(withBreaks.replace(/<[^>]*>/g, ''));
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? whole;
  });
}

export function localized(field: TranslatedField | null | undefined, log: TranslationLog): LocalizedText | undefined {
  if (!field?.translations) return undefined;
  const human: Record<string, string> = {};
  const machine: Record<string, string> = {};
  for (const t of field.translations) {
    if (!t?.locale) continue;
    const text = plainText(t.text ?? '');
    if (!text) continue;
    (t.machineTranslated ? machine : human)[t.locale] = text;
  }
  const result = { ...human };
  for (const [locale, text] of Object.entries(machine)) {
    if (result[locale] !== undefined) continue;
    result[locale] = text;
    log.add(locale, text);
  }
  return Object.keys(result).length ? result : undefined;
}
