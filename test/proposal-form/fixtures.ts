import { fixture, html } from '@open-wc/testing';
import type { OgProposalForm } from '../../src/proposal-form/index.js';
import { query } from '../helpers/data-server.js';

export const API = 'https://data.example.ma/opengov/';
export const POST_URL = `${API}proposals`;

export function formConfig(patch: Record<string, unknown> = {}) {
  return {
    open: true,
    opens: '2023-09-22T00:00:00+01:00',
    closes: '2030-10-06T23:59:00+00:00',
    themes: [
      { id: 'ati', label: { fr: "Accès à l'information", ar: 'الحق في الحصول على المعلومات', en: 'Access to information' } },
      { id: 'digital', label: { fr: 'Société civile et numérique', ar: 'المجتمع المدني والرقمنة' } },
    ],
    maxLength: { title: 40, problem: 2000, solution: 2000, expectedResult: 1000 },
    privacyNoticeUrl: 'https://example.org/confidentialite',
    contact: { required: false },
    ...patch,
  };
}

export const receipt = { reference: 'P-2026-0042', status: 'received', trackUrl: 'https://example.org/suivi/P-2026-0042' };

/** A form on the page, quick to fill (no minimum fill time unless asked). */
export async function mountForm(attrs: { api?: string; action?: string; kiosk?: boolean; idleReset?: number; minFill?: number; now?: string; src?: string } = {}) {
  return fixture<OgProposalForm>(html`<og-proposal-form
    api=${attrs.api ?? API}
    src=${attrs.src ?? ''}
    action=${attrs.action ?? ''}
    ?kiosk=${attrs.kiosk ?? false}
    idle-reset=${attrs.idleReset ?? 120}
    min-fill-time=${attrs.minFill ?? 0}
    now=${attrs.now ?? '2026-01-15T10:00:00+01:00'}
  ></og-proposal-form>`);
}

/** Types into a control the way a person would (one input event with the whole value). */
export function type(el: Element, name: string, value: string): void {
  const control = query<HTMLInputElement>(el, `[name=${name}]`);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true }));
}

export function tick(el: Element, name = 'consent', checked = true): void {
  const box = query<HTMLInputElement>(el, `[name=${name}]`);
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function fillRequired(el: Element, opts: { consent?: boolean } = {}): void {
  type(el, 'title', 'Publish the council’s decisions');
  type(el, 'problem', 'Decisions are only posted on a board at the town hall.');
  type(el, 'solution', 'Publish them online within a week, in Arabic, Amazigh and French.');
  if (opts.consent !== false) tick(el);
}

export async function submit(el: OgProposalForm): Promise<void> {
  query<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
}

export const postsOf = (requests: { url: string; init?: RequestInit }[]) => requests.filter((r) => r.init?.method === 'POST');
export const keyOf = (request: { init?: RequestInit }) => (request.init?.headers as Record<string, string>)['idempotency-key'];

export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('og-proposal-draft:')) localStorage.removeItem(key);
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Waits until `check` holds (polling each frame), failing after `ms`. */
export async function until(check: () => boolean, ms = 8000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}
