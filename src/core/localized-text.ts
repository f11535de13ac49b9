import { getConfig, DEFAULT_FALLBACK_LOCALES } from './config.js';
import type { LocalizedText } from './validation.js';

export interface ResolvedText {
  text: string;
  /** The language the text is in, when known (for the `lang` attribute). */
  lang?: string;
}

/**
 * Picks the text to show: the page locale, then its base language, then the configured
 * fallbacks, then the first value present (API.md, common rules).
 */
export function resolveText(value: LocalizedText | undefined | null, locale: string): ResolvedText {
  if (value == null) return { text: '' };
  if (typeof value === 'string') return { text: value };
  const base = locale.split('-')[0];
  const fallbacks = getConfig().fallbackLocales ?? DEFAULT_FALLBACK_LOCALES;
  for (const tag of [locale, base, ...fallbacks]) {
    const text = value[tag];
    if (typeof text === 'string' && text.trim() !== '') return { text, lang: tag };
  }
  for (const [tag, text] of Object.entries(value)) {
    if (typeof text === 'string' && text.trim() !== '') return { text, lang: tag };
  }
  return { text: '' };
}

/** Just the string of `resolveText`. */
export function textOf(value: LocalizedText | undefined | null, locale: string): string {
  return resolveText(value, locale).text;
}
