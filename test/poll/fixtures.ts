import { fixture, html } from '@open-wc/testing';
import type { OgPoll } from '../../src/poll/index.js';
import { query } from '../helpers/data-server.js';

export const API = 'https://data.example.ma/opengov/';
export const POLL = 'p1';
export const POLL_PATH = `polls/${POLL}.json`;
export const RESULTS_PATH = `polls/${POLL}/results.json`;
export const VOTES_PATH = `polls/${POLL}/votes`;

export function poll(patch: Record<string, unknown> = {}) {
  return {
    id: POLL,
    question: { en: 'Which projects first?', fr: 'Quels projets d’abord ?', ar: 'أي المشاريع أولا؟', zgh: 'ⵎⴰⵏ ⵉⵙⵏⴼⴰⵔ ⵉⵣⵡⵓⵔⵏ?' },
    choices: [
      { id: 'lighting', label: { en: 'Street lighting', fr: 'Éclairage public', ar: 'الإنارة العمومية' } },
      { id: 'roads', label: { en: 'Roads', fr: 'Routes', ar: 'الطرق' } },
      { id: 'wifi', label: { en: 'Public Wi-Fi', fr: 'Wi-Fi public', ar: 'واي فاي عمومي' } },
    ],
    maxChoices: 2,
    opens: '2026-01-01',
    closes: '2026-12-31',
    showResults: 'after-vote',
    ...patch,
  };
}

/**
 * A poll with a choice whose id is `other` (ids are free) beside the built-in free-text "other"
 * answer: the two must never be taken for each other.
 */
export function pollWithOtherChoice(patch: Record<string, unknown> = {}) {
  const base = poll();
  return poll({
    choices: [...base.choices, { id: 'other', label: { en: 'Other projects', fr: 'Autres projets', ar: 'مشاريع أخرى' } }],
    other: { label: { en: 'Something else', fr: 'Autre chose', ar: 'شيء آخر' } },
    ...patch,
  });
}

export function results(patch: Record<string, unknown> = {}) {
  return {
    respondents: 70,
    counts: { lighting: 40, roads: 30, wifi: 25 },
    channels: [
      { id: 'meeting', respondents: 30, counts: { lighting: 20, roads: 10, wifi: 5 } },
      { id: 'online', respondents: 40, counts: { lighting: 20, roads: 20, wifi: 20 } },
    ],
    ...patch,
  };
}

export async function mountPoll(attrs: { poll?: string; kiosk?: boolean; now?: string; resultsOnly?: boolean; refresh?: number; idleReset?: number; channel?: string; minFill?: number } = {}) {
  return fixture<OgPoll>(html`<og-poll
    api=${API}
    poll=${attrs.poll ?? POLL}
    ?kiosk=${attrs.kiosk ?? false}
    ?results-only=${attrs.resultsOnly ?? false}
    refresh=${attrs.refresh ?? 0}
    idle-reset=${attrs.idleReset ?? 60}
    min-fill-time=${attrs.minFill ?? 0}
    channel=${attrs.channel ?? ''}
    now=${attrs.now ?? '2026-06-01T10:00:00Z'}
  ></og-poll>`);
}

export const choiceBox = (el: Element, id: string) => query<HTMLInputElement>(el, `#c-${id}`);
export const voteButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]');

export function clearPollRecords(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('og-poll-')) localStorage.removeItem(key);
}

export const postsOf = (requests: { url: string; init?: RequestInit }[]) => requests.filter((r) => r.init?.method === 'POST');
export const keyOf = (request: { init?: RequestInit }) => (request.init?.headers as Record<string, string>)['idempotency-key'];
