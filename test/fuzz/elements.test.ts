/**
 * Fuzzed documents through the real elements: each widget reaches a settled state (ready,
 * empty, error; for the lookup also not-found; the form idle), never stays loading, never
 * throws to the page, never logs a parser crash, and never renders markup from the data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { TemplateResult } from 'lit';
import '../../src/commitment-tracker/index.js';
import '../../src/budget-chart/index.js';
import '../../src/consultation-calendar/index.js';
import '../../src/complaint-status/index.js';
import '../../src/proposal-form/index.js';
import { forgetRememberedComplaints } from '../../src/complaint-status/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { resetXssFlag } from '../helpers/xss-payloads.js';
import { planDocument } from '../commitment-tracker/fixtures.js';
import { budgetDocument, FINANCE_OFFICER_CSV } from '../budget-chart/fixtures.js';
import { eventsDocument } from '../consultation-calendar/fixtures.js';
import { complaint } from '../complaint-status/fixtures.js';
import { formConfig } from '../proposal-form/fixtures.js';
import { loadPapaForTests } from '../budget-chart/papa.js';
import { fill, submit } from '../complaint-status/fixtures.js';
import { catchingPageErrors, expectNoInjection, openEverything } from '../xss/inspect.js';
import { anyText, mutate, mutations, params, quietConsole } from './arbitraries.js';

const ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN',
  'BEGIN:VEVENT', 'UID:a@fuzz', 'DTSTAMP:20260101T000000Z', 'DTSTART:20261210T150000Z', 'DTEND:20261210T170000Z', 'SUMMARY:Réunion\\, budget', 'DESCRIPTION:Ordre du jour\\nPoint 1', 'LOCATION:Salle', 'URL:https://example.org', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:b@fuzz', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:Permanence', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** A body: a mutated valid document (JSON), a damaged text document, or any text. */
function body(valid: unknown, text = false): fc.Arbitrary<string> {
  const damagedText = fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 20 })).map(([a, b, junk]) => {
    const source = String(valid);
    const lines = source.split(/\r?\n/);
    const i = a % lines.length;
    lines.splice(i, b % 2, junk);
    return lines.join('\r\n').slice(0, source.length - (b % 40));
  });
  return fc.oneof(
    { weight: 4, arbitrary: text ? damagedText : mutations.map((m) => JSON.stringify(mutate(valid, m)) ?? '') },
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: fc.constant(text ? String(valid) : JSON.stringify(valid)) },
  );
}

interface Case {
  name: string;
  /** URL suffix the stub answers. */
  path: string;
  valid: unknown;
  text?: boolean;
  mount: () => Promise<HTMLElement>;
  /** What to do once mounted (a lookup submits the form). */
  act?: (el: HTMLElement) => Promise<void>;
  settled: string[];
}

const API = 'https://data.example.ma/opengov/';
/** Runs per widget: each one renders, so few (raise it locally to search longer). */
const RUNS = 25;
const mountWith = (template: TemplateResult) => () => fixture<HTMLElement>(template);

const CASES: Case[] = [
  { name: 'commitment tracker', path: 'commitments.json', valid: planDocument(), mount: mountWith(html`<og-commitment-tracker api=${API}></og-commitment-tracker>`), settled: ['ready', 'empty', 'error'] },
  { name: 'budget chart (JSON)', path: 'budget.json', valid: budgetDocument(), mount: mountWith(html`<og-budget-chart api=${API}></og-budget-chart>`), settled: ['ready', 'empty', 'error'] },
  {
    name: 'budget chart (CSV)',
    path: 'budget.csv',
    valid: FINANCE_OFFICER_CSV,
    text: true,
    mount: mountWith(html`<og-budget-chart src=${`${API}budget.csv`} .csvParserLoader=${loadPapaForTests}></og-budget-chart>`),
    settled: ['ready', 'empty', 'error'],
  },
  { name: 'calendar (JSON)', path: 'events.json', valid: eventsDocument(), mount: mountWith(html`<og-consultation-calendar api=${API} now="2026-12-05T12:00:00+00:00"></og-consultation-calendar>`), settled: ['ready', 'empty', 'error'] },
  {
    name: 'calendar (iCalendar)',
    path: 'events.ics',
    valid: ICS,
    text: true,
    mount: mountWith(html`<og-consultation-calendar src=${`${API}events.ics`} now="2026-12-05T12:00:00+00:00"></og-consultation-calendar>`),
    settled: ['ready', 'empty', 'error'],
  },
  {
    name: 'complaint status (JSON)',
    path: 'complaints/SL-1.json',
    valid: complaint(),
    mount: mountWith(html`<og-complaint-status api=${API} no-remember now="2024-05-10T12:00:00+01:00"></og-complaint-status>`),
    act: async (el) => {
      await fill(el as never, 'reference', 'SL-1');
      await submit(el as never);
    },
    settled: ['ready', 'not-found', 'error'],
  },
  {
    name: 'complaint status (Open311)',
    path: 'requests/SL-1.json',
    valid: [{ service_request_id: 'SL-1', status: 'open', status_notes: 'En cours', service_name: 'Voirie', requested_datetime: '2024-05-02T10:00:00-08:00', updated_datetime: '2024-05-03 10:00:00' }],
    mount: mountWith(html`<og-complaint-status api=${API} format="open311" no-remember now="2024-05-10T12:00:00+01:00"></og-complaint-status>`),
    act: async (el) => {
      await fill(el as never, 'reference', 'SL-1');
      await submit(el as never);
    },
    settled: ['ready', 'not-found', 'error'],
  },
  { name: 'proposal form (form.json)', path: 'proposals/form.json', valid: formConfig(), mount: mountWith(html`<og-proposal-form api=${API} min-fill-time="0"></og-proposal-form>`), settled: ['idle'] },
];

describe('fuzz: documents through the elements', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => {
    quiet = quietConsole();
    resetXssFlag();
  });
  afterEach(async () => {
    quiet.restore();
    forgetRememberedComplaints();
    for (const key of Object.keys(localStorage)) if (key.startsWith('og-proposal-draft:')) localStorage.removeItem(key);
    await resetPage();
  });

  for (const c of CASES) {
    it(`${c.name}: always settles, never throws, never renders markup`, async () => {
      await fc.assert(
        fc.asyncProperty(body(c.valid, c.text), async (text) => {
          stubFetch({ [c.path]: { body: text } });
          const { result: el, errors } = await catchingPageErrors(async () => {
            const el = await c.mount();
            await c.act?.(el);
            await waitForState(el, ...c.settled);
            // Open what can be opened: details must survive odd data too.
            if (el.getAttribute('state') === 'ready') await openEverything(el);
            return el;
          });
          expect(errors, c.name).to.deep.equal([]);
          expect(quiet.errors.map((args) => args.map(String).join(' ').slice(0, 300)), `${c.name}: console.error`).to.deep.equal([]);
          expectNoInjection(el, c.name);
          el.remove();
        }),
        params(RUNS),
      );
    });
  }
});
