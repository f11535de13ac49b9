import type { LocalizedText } from './validation.js';

/** Lower case, no accents, no Arabic vowel marks, no tatweel: what a search compares. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\p{M}\u0640]/gu, '').toLowerCase();
}

/** Every language of a text, joined (people search in the one they know). */
export function allLanguages(value: LocalizedText | undefined): string {
  if (!value) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}
