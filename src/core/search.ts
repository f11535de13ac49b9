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

/**
 * Computes each item's searchable text (`searchable` keeps it) in idle moments after the data
 * arrives, a slice at a time, so a person's first keystroke does not pay for folding every text
 * of a long list. Items typed for before it is done are folded then, as before.
 */
export function indexWhenIdle<T>(items: readonly T[], searchable: (item: T) => unknown): void {
  let next = 0;
  const step = (deadline?: IdleDeadline) => {
    // At least a few items per slice; a whole slice when the browser gives no deadline.
    const end = deadline ? Infinity : next + 200;
    while (next < items.length && next < end && (!deadline || deadline.timeRemaining() > 1 || deadline.didTimeout)) searchable(items[next++]);
    if (next < items.length) schedule();
  };
  const schedule = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 5000 }) : setTimeout(step, 0));
  schedule();
}
