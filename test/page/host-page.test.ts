/**
 * The host page stays intact: every widget, in every state and locale, in a left-to-right page
 * and a right-to-left one (and an Arabic widget in a French page, the case that once made pages
 * 10,000 px wide), at a phone's width and a desktop's, neither makes the page scroll sideways nor
 * lays anything out beyond its own box. One page per browser: each test mounts one widget state
 * per width and walks the pages and locales around it.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { directionOf, type UiLocale } from '../../src/core/localization.js';
import { resetPage, stubFetch, useLocale, waitForState, type Answer } from '../helpers/data-server.js';
import { drawnOutside, pageScrollsSideways } from '../helpers/layout.js';
import { planDocument } from '../commitment-tracker/fixtures.js';
import { budgetDocument } from '../budget-chart/fixtures.js';
import { eventsDocument, event } from '../consultation-calendar/fixtures.js';
import { clearDrafts, fillRequired, formConfig, receipt } from '../proposal-form/fixtures.js';
import { answered, complaint } from '../complaint-status/fixtures.js';
import { forgetRememberedComplaints } from '../../src/complaint-status/index.js';
import { outcomesDocument } from '../proposal-outcomes/fixtures.js';
import { clearPollRecords, poll as pollDocument, pollWithOtherChoice, POLL_PATH, results as pollResults, RESULTS_PATH, VOTES_PATH } from '../poll/fixtures.js';

const LOCALES: UiLocale[] = ['ar', 'fr', 'zgh', 'en'];
const WIDTHS = [320, 1280];
/**
 * The host documents: `dir` null leaves the attribute out, as many CMS themes do. `fontSize` is
 * the page's root text size: a reader's larger default text (or a theme's) scales every rem.
 */
const PAGES: readonly { name: string; lang: string; dir: string | null; fontSize?: string }[] = [
  { name: 'LTR page (html lang=fr)', lang: 'fr', dir: null },
  { name: 'RTL page (html lang=ar dir=rtl)', lang: 'ar', dir: 'rtl' },
  { name: 'page with html lang=ar and no dir', lang: 'ar', dir: null },
  { name: 'LTR page with larger text (html font-size 125%)', lang: 'fr', dir: null, fontSize: '125%' },
];

const API = 'https://data.example.ma/opengov/';
const NOT_JSON: Answer = { body: '<!doctype html><p>Maintenance</p>' };
const HANG: Answer = { hang: true };

const shadowQuery = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const shadowAll = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Mounts `template` with `answers` in place of the network, and waits for `state`. */
async function mounted(answers: Record<string, Answer | Answer[]>, template: TemplateResult, state: string): Promise<HTMLElement> {
  stubFetch(answers);
  const el = await fixture<HTMLElement>(template);
  await waitForState(el, state);
  return el;
}

async function clickAndSettle(el: HTMLElement, selector: string): Promise<void> {
  for (const button of shadowAll(el, selector)) button.click();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

const tracker = (answers: Answer | Answer[], state: string) =>
  mounted({ 'commitments.json': answers }, html`<og-commitment-tracker src=${`${API}commitments.json`} today="2024-01-20"></og-commitment-tracker>`, state);

const budget = (answers: Answer | Answer[], state: string) =>
  mounted({ 'budget.json': answers }, html`<og-budget-chart src=${`${API}budget.json`}></og-budget-chart>`, state);

async function budgetTable(view: string): Promise<HTMLElement> {
  const el = await budget({ body: budgetDocument() }, 'ready');
  await clickAndSettle(el, '[data-display=table]');
  await clickAndSettle(el, `[data-view=${view}]`);
  return el;
}

const calendar = (answers: Answer | Answer[], state: string, view = 'list') =>
  mounted(
    { 'events.json': answers },
    html`<og-consultation-calendar src=${`${API}events.json`} view=${view} month="2026-12" now="2026-11-25T12:00:00+01:00" viewer-time-zone="Africa/Casablanca"></og-consultation-calendar>`,
    state,
  );

const form = (answers: Record<string, Answer | Answer[]>, state: string) =>
  mounted(
    { 'proposals/form.json': { body: formConfig() }, ...answers },
    html`<og-proposal-form api=${API} min-fill-time="0" now="2026-01-15T10:00:00+01:00"></og-proposal-form>`,
    state,
  );

async function submittedForm(post: Answer, state: string): Promise<HTMLElement> {
  const el = await form({ '/proposals': post }, 'idle');
  fillRequired(el);
  shadowQuery<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await waitForState(el, state);
  return el;
}

async function lookup(answer: Answer | undefined, state: string): Promise<HTMLElement> {
  const el = await mounted(
    answer ? { 'complaints/SL-2024-000123.json': answer } : {},
    html`<og-complaint-status api=${API} now="2024-05-10T12:00:00+01:00"></og-complaint-status>`,
    'idle',
  );
  if (!answer) return el;
  const input = shadowQuery<HTMLInputElement>(el, 'input[name=reference]')!;
  input.value = 'SL-2024-000123';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  shadowQuery<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await waitForState(el, state);
  return el;
}

const outcomes = (answers: Answer | Answer[], state: string) =>
  mounted({ 'proposals/outcomes.json': answers }, html`<og-proposal-outcomes src=${`${API}proposals/outcomes.json`}></og-proposal-outcomes>`, state);

async function outcomeFound(): Promise<HTMLElement> {
  const el = await outcomes({ body: outcomesDocument() }, 'ready');
  const input = shadowQuery<HTMLInputElement>(el, '.find input')!;
  input.value = 'P-2023-0002';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  shadowQuery<HTMLButtonElement>(el, '.find button[type=submit]')!.click();
  await waitUntil(() => shadowQuery(el, '.find')?.textContent?.includes('P-2023-0002'), 'the proposal was not found');
  return el;
}

const pollWidget = (answers: Record<string, Answer | Answer[]>, state: string, kiosk = false) => {
  clearPollRecords();
  return mounted(
    { [RESULTS_PATH]: { body: pollResults() }, ...answers },
    html`<og-poll api=${API} poll="p1" min-fill-time="0" now="2026-06-01T10:00:00Z" ?kiosk=${kiosk}></og-poll>`,
    state,
  );
};

async function votedPoll(): Promise<HTMLElement> {
  const el = await pollWidget({ [POLL_PATH]: { body: pollDocument() }, [VOTES_PATH]: { status: 201, body: { reference: 'V-1', results: pollResults() } } }, 'ready');
  shadowQuery<HTMLInputElement>(el, '#c-lighting')!.click();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  shadowQuery<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await waitForState(el, 'submitted');
  return el;
}

const withInvalidItem = <T extends Record<string, unknown>>(doc: T, key: keyof T, item: unknown): T => ({ ...doc, [key]: [...(doc[key] as unknown[]), item] });

/** Every widget in every state it can show (the form's and the lookup's own states included). */
const SCENARIOS: Record<string, Record<string, () => Promise<HTMLElement>>> = {
  'og-commitment-tracker': {
    loading: () => tracker(HANG, 'loading'),
    ready: () => tracker({ body: planDocument() }, 'ready'),
    'ready, every commitment opened': async () => {
      const el = await tracker({ body: planDocument() }, 'ready');
      await clickAndSettle(el, '.disclosure[aria-expanded=false]');
      return el;
    },
    empty: () => tracker({ body: planDocument({ commitments: [] }) }, 'empty'),
    error: () => tracker(NOT_JSON, 'error'),
    partial: () => tracker({ body: withInvalidItem(planDocument(), 'commitments', { id: 'x', title: 'no status' }) }, 'ready'),
  },
  'og-budget-chart': {
    loading: () => budget(HANG, 'loading'),
    'ready, chart drawn': async () => {
      const el = await budget({ body: budgetDocument() }, 'ready');
      el.scrollIntoView();
      await waitUntil(() => shadowQuery(el, 'figure.chart')?.dataset.chart === 'ready', 'the chart was not drawn');
      return el;
    },
    'ready, table by category': () => budgetTable('categories'),
    'ready, table of execution': () => budgetTable('execution'),
    'ready, table overview': () => budgetTable('overview'),
    'ready, table by year': () => budgetTable('years'),
    empty: () => budget({ body: budgetDocument({ years: [{ year: 2025, lines: [] }] }) }, 'empty'),
    error: () => budget(NOT_JSON, 'error'),
    partial: () => {
      const doc = budgetDocument();
      (doc.years[1].lines as unknown[]).push({ code: 'x', label: 'no direction', amounts: {} });
      return budget({ body: doc }, 'ready');
    },
  },
  'og-proposal-form': {
    loading: () => form({ 'proposals/form.json': HANG }, 'loading'),
    idle: () => form({}, 'idle'),
    'idle, with the errors of an incomplete form': async () => {
      const el = await form({}, 'idle');
      shadowQuery<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      await waitUntil(() => shadowQuery(el, '.error-summary'), 'no error summary');
      return el;
    },
    submitting: () => submittedForm(HANG, 'submitting'),
    error: () => submittedForm({ status: 503, body: {} }, 'error'),
    submitted: () => submittedForm({ status: 201, body: receipt }, 'submitted'),
  },
  'og-consultation-calendar': {
    loading: () => calendar(HANG, 'loading'),
    'ready, list': () => calendar({ body: eventsDocument() }, 'ready'),
    'ready, month': () => calendar({ body: eventsDocument() }, 'ready', 'month'),
    empty: () => calendar({ body: eventsDocument({ events: [] }) }, 'empty'),
    error: () => calendar(NOT_JSON, 'error'),
    partial: () => calendar({ body: withInvalidItem(eventsDocument(), 'events', event({ id: 'bad', start: 'soon' } as never)) }, 'ready'),
  },
  'og-proposal-outcomes': {
    loading: () => outcomes(HANG, 'loading'),
    ready: () => outcomes({ body: outcomesDocument() }, 'ready'),
    'ready, a proposal found by its reference': outcomeFound,
    empty: () => outcomes({ body: outcomesDocument({ proposals: [] }) }, 'empty'),
    error: () => outcomes(NOT_JSON, 'error'),
    partial: () => outcomes({ body: withInvalidItem(outcomesDocument(), 'proposals', { reference: 'x', title: 'no stage' }) }, 'ready'),
  },
  'og-poll': {
    loading: () => pollWidget({ [POLL_PATH]: HANG }, 'loading'),
    'ready, voting': () => pollWidget({ [POLL_PATH]: { body: pollDocument() } }, 'ready'),
    // Kiosk mode draws its text larger (1.25rem): the answers' free-text box must still fit.
    'ready, voting in kiosk mode, with a free-text answer': () =>
      pollWidget({ [POLL_PATH]: { body: pollWithOtherChoice() } }, 'ready', true),
    'ready, results always shown': () => pollWidget({ [POLL_PATH]: { body: pollDocument({ showResults: 'always' }) } }, 'ready'),
    'ready, closed with results': () => pollWidget({ [POLL_PATH]: { body: pollDocument({ closes: '2026-02-01', showResults: 'after-close' }) } }, 'ready'),
    submitted: votedPoll,
    error: () => pollWidget({ [POLL_PATH]: NOT_JSON }, 'error'),
  },
  'og-complaint-status': {
    idle: () => lookup(undefined, 'idle'),
    loading: () => lookup(HANG, 'loading'),
    found: () => lookup({ body: complaint() }, 'ready'),
    'found, answered': () => lookup({ body: answered() }, 'ready'),
    'found, a licence late after its extension, with its holder and steps': () =>
      lookup(
        {
          body: complaint({
            kind: 'application',
            step: { fr: 'Avis de la commission technique mixte et de la protection civile', ar: 'رأي اللجنة التقنية المختلطة والوقاية المدنية' },
            holder: { fr: 'Service des autorisations économiques et des activités commerciales', ar: 'مصلحة الرخص الاقتصادية والأنشطة التجارية' },
            dueAt: '2024-05-05',
            extension: { dueAt: '2024-05-08', reason: { fr: 'Attente de l’avis de la protection civile sur la sécurité incendie du local', ar: 'انتظار رأي الوقاية المدنية حول السلامة من الحرائق' } },
          }),
        },
        'ready',
      ),
    partial: () => {
      const doc = complaint();
      (doc.history as unknown[]).push({ at: 'soon', status: 'received' });
      return lookup({ body: doc }, 'ready');
    },
    'not found': () => lookup({ status: 404, body: { error: 'not found' } }, 'not-found'),
    error: () => lookup(NOT_JSON, 'error'),
  },
};

function setPage(page: (typeof PAGES)[number]): void {
  const root = document.documentElement;
  root.lang = page.lang;
  if (page.dir) root.dir = page.dir;
  else root.removeAttribute('dir');
  root.style.fontSize = page.fontSize ?? '';
}

/** Waits until the widget shows `locale` (its direction set, its render done). */
async function shows(el: HTMLElement, locale: UiLocale): Promise<void> {
  await useLocale(locale);
  const dir = directionOf(locale);
  await waitUntil(() => el.getAttribute('dir') === dir, `the widget did not turn ${dir}`);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('the host page stays intact', () => {
  const initial = { lang: document.documentElement.getAttribute('lang'), dir: document.documentElement.getAttribute('dir'), style: document.documentElement.getAttribute('style') };

  beforeEach(clearDrafts);
  afterEach(async () => {
    fixtureCleanup();
    clearDrafts();
    forgetRememberedComplaints();
    const root = document.documentElement;
    for (const [name, value] of Object.entries(initial)) {
      if (value === null) root.removeAttribute(name);
      else root.setAttribute(name, value);
    }
    await resetPage();
  });

  after(() => setViewport({ width: 800, height: 600 }));

  for (const [tag, states] of Object.entries(SCENARIOS)) {
    for (const [state, mount] of Object.entries(states)) {
      it(`${tag} ${state}: no sideways scroll, nothing outside its box, at ${WIDTHS.join(' and ')} px, in every page and locale`, async () => {
        const problems: string[] = [];
        for (const width of WIDTHS) {
          await setViewport({ width, height: 900 });
          await resetPage();
          const el = await mount();
          for (const page of PAGES) {
            setPage(page);
            for (const locale of LOCALES) {
              await shows(el, locale);
              const where = `${width}px, ${page.name}, widget in ${locale}`;
              if (pageScrollsSideways()) {
                const root = document.documentElement;
                problems.push(`${where}: the page scrolls sideways (scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth})`);
              }
              for (const line of drawnOutside(el)) problems.push(`${where}: ${line}`);
            }
          }
          fixtureCleanup();
        }
        // One line per distinct problem, so that a failure is readable.
        expect([...new Set(problems)]).to.deep.equal([]);
      });
    }
  }
});
