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

/** The lists already prepared (or being prepared): a list is prepared once, however often it is drawn. */
const prepared = new WeakSet<readonly unknown[]>();

/**
 * Computes each item's searchable text (`searchable` keeps it) in idle moments after the data
 * arrives, a slice at a time, so a person's first keystroke does not pay for folding every text
 * of a long list. Items typed for before it is done are folded then, as before. Called on every
 * render; a list already prepared is not prepared again.
 */
export function indexWhenIdle<T>(items: readonly T[], searchable: (item: T) => unknown): void {
  if (prepared.has(items)) return;
  prepared.add(items);
  let next = 0;
  const step = (deadline?: IdleDeadline) => {
    // With requestIdleCallback: as long as the idle period lasts (all at once when it timed out);
    // without it (a setTimeout, no deadline): 200 items a slice.
    const end = deadline ? Infinity : next + 200;
    while (next < items.length && next < end && (!deadline || deadline.timeRemaining() > 1 || deadline.didTimeout)) searchable(items[next++]);
    if (next < items.length) schedule();
  };
  const schedule = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 5000 }) : setTimeout(step, 0));
  schedule();
}
