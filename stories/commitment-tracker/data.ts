/**
 * The commitment tracker's story data: the demo's files (demo/data/…), registered in the
 * in-browser mock API, plus a generated 500-commitment plan and an "offline" source.
 */
import { mockApi, registerMockData, registerMockRoute } from '../support/mock-fetch.js';
import { saveCopy } from '../../src/core/last-good-copy.js';
import { COMMITMENT_STATUSES } from '../../src/commitment-tracker/schema.js';
import nationalPlan from '../../demo/data/commitments.json';
import communePlan from '../../demo/data/commune-sale/commitments.json';
import measure119 from '../../demo/data/measure-119/commitments.json';
import emptyPlan from '../../demo/data/empty/commitments.json';
import partlyInvalidPlan from '../../demo/data/invalid/commitments.json';

export { nationalPlan, communePlan, measure119 };

/** A plan of `count` commitments built from the national plan's, for size and speed. */
export function largePlan(count = 500) {
  const source = nationalPlan.commitments;
  return {
    updatedAt: nationalPlan.updatedAt,
    plan: { id: 'large', title: { en: `A plan of ${count} commitments`, fr: `Un plan de ${count} engagements`, ar: `خطة من ${count} التزاما` } },
    commitments: Array.from({ length: count }, (_, i) => {
      const base = source[i % source.length];
      const status = COMMITMENT_STATUSES[i % COMMITMENT_STATUSES.length];
      return { ...base, id: `l-${i + 1}`, number: String(i + 1), status, progress: status === 'withdrawn' || status === 'ongoing' ? undefined : (i * 37) % 101 };
    }),
  };
}

let registered = false;

/** Registers every data set once (stories call it at module load). */
export function registerCommitmentData(): void {
  if (registered) return;
  registered = true;
  registerMockData('commitments.json', nationalPlan);
  registerMockData('commune-sale/commitments.json', communePlan);
  registerMockData('measure-119/commitments.json', measure119);
  registerMockData('empty/commitments.json', emptyPlan);
  registerMockData('invalid/commitments.json', partlyInvalidPlan);
  registerMockData('large/commitments.json', largePlan(500));
  // `…/offline/…` behaves like a lost connection: fetch itself fails.
  registerMockRoute(({ path }) => {
    if (path.startsWith('offline/')) throw new TypeError('Failed to fetch');
    return undefined;
  });
}

/** API base of the "offline" source, and a last good copy saved for it (as a first visit would). */
export const OFFLINE_API = `${mockApi('demo')}offline/`;
export function seedOfflineCopy(): void {
  const url = new URL(`${OFFLINE_API}commitments.json`, document.baseURI).href;
  saveCopy(url, JSON.stringify(communePlan), new Date('2025-07-02T08:30:00+01:00'));
}
