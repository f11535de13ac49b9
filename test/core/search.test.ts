import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { indexWhenIdle, normalizeForSearch } from '../../src/core/search.js';

describe('indexWhenIdle', () => {
  it('prepares every item once, in idle slices, without blocking the caller, however often it is called', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => `Élément ${i}`);
    const seen = new Map<string, number>();
    const count = (item: string) => seen.set(item, (seen.get(item) ?? 0) + 1);
    indexWhenIdle(items, count);
    // Drawn again (every render calls it): the same list is not prepared twice.
    indexWhenIdle(items, count);
    // Nothing is folded during the call itself: the work waits for an idle moment.
    expect(seen.size).to.equal(0);
    await waitUntil(() => seen.size === items.length, 'not every item was prepared');
    expect([...seen.values()].every((count) => count === 1)).to.equal(true);
  });

  it('does nothing for an empty list', async () => {
    let calls = 0;
    indexWhenIdle([], () => calls++);
    await new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve) : setTimeout(resolve)));
    expect(calls).to.equal(0);
  });

  it('folds case, accents, Arabic vowel marks and tatweel', () => {
    expect(normalizeForSearch('Éclairage PUBLIC')).to.equal('eclairage public');
    expect(normalizeForSearch('مَـدرسة')).to.equal('مدرسة');
  });
});
