import { expect, fixture, html } from '@open-wc/testing';
import '../../src/budget-chart/index.js';
import type { OgBudgetChart } from '../../src/budget-chart/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { ALL_TEXT_PAYLOADS, resetXssFlag } from '../helpers/xss-payloads.js';
import { loadPapaForTests } from '../budget-chart/papa.js';
import { Fields, SHAPES } from './fields.js';
import { catchingPageErrors, expectNoInjection, settle, shadowText } from './inspect.js';

interface Line {
  code: string;
  parent?: string;
  label: string | Record<string, string>;
  direction: string;
  section?: string;
  amounts: Record<string, number>;
}

/** Two years; a parent with a child (to drill into), a leaf, a revenue line; codes are payloads too. */
function linesFor(f: Fields, year: number): Line[] {
  const p = f.payload;
  const tag = (name: string) => (year === 2024 ? name : `${name}-${year}`);
  const shown = year === 2024;
  return [
    { code: `${p}#A`, label: f.text(tag('parent'), shown), direction: 'expenditure', section: 'operating', amounts: { approved: 10 } },
    { code: `${p}#A.1`, parent: `${p}#A`, label: f.text(tag('child'), shown), direction: 'expenditure', amounts: { proposed: 7, approved: 8, executed: 6 } },
    { code: `${p}#A.2`, parent: `${p}#A`, label: f.text(tag('child2'), shown), direction: 'expenditure', amounts: { approved: 2, executed: 1 } },
    { code: `${p}#B`, label: f.text(tag('leaf'), shown), direction: 'expenditure', section: 'investment', amounts: { approved: 5 } },
    { code: `${p}#R`, label: f.text(tag('revenue'), shown), direction: 'revenue', amounts: { approved: 30 } },
  ];
}

const quote = (cell: unknown) => `"${String(cell ?? '').replace(/"/g, '""')}"`;

function csvFor(f: Fields): string {
  const header = ['year', 'code', 'parent', 'label', 'direction', 'section', 'proposed', 'approved', 'executed'];
  const rows = [2023, 2024].flatMap((year) =>
    linesFor(f, year).map((l) => [year, l.code, l.parent, typeof l.label === 'string' ? l.label : Object.values(l.label)[0], l.direction, l.section, l.amounts.proposed, l.amounts.approved, l.amounts.executed]),
  );
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n');
}

async function render(body: unknown, src: string): Promise<OgBudgetChart> {
  stubFetch({ [src.slice(src.lastIndexOf('/'))]: { body } });
  const el = await fixture<OgBudgetChart>(html`<og-budget-chart src=${src} .csvParserLoader=${loadPapaForTests}></og-budget-chart>`);
  await waitForState(el, 'ready');
  return el;
}

const click = async (el: OgBudgetChart, selector: string) => {
  const target = el.shadowRoot!.querySelector<HTMLElement>(selector);
  expect(target, selector).to.exist;
  target!.click();
  await el.updateComplete;
  await settle(el);
};

/** Every view and level: table only, drill into the parent, other views, revenue. Returns all text seen. */
async function visitEverything(el: OgBudgetChart, what: string): Promise<string> {
  const seen: string[] = [];
  const look = () => {
    expectNoInjection(el, what);
    seen.push(shadowText(el));
  };
  await settle(el);
  look();
  await click(el, 'button[data-display=table]');
  look();
  await click(el, 'button.open');
  look();
  for (const view of ['execution', 'years', 'overview', 'categories']) {
    await click(el, `button[data-view=${view}]`);
    look();
  }
  const direction = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name=direction]')!;
  direction.value = 'revenue';
  direction.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await settle(el);
  look();
  return seen.join(' ');
}

describe('XSS corpus: <og-budget-chart>', function () {
  this.timeout(60_000);
  beforeEach(resetXssFlag);
  afterEach(resetPage);

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    const shape = SHAPES[index % SHAPES.length];
    it(`JSON: payload #${index} (${shape}) in the entity, labels and codes is text everywhere: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, shape);
      const doc = {
        updatedAt: '2025-02-14T10:00:00+01:00',
        entity: f.text('entity'),
        currency: 'MAD',
        population: 1000,
        years: [2023, 2024].map((year) => ({ year, lines: linesFor(f, year) })),
      };
      const { result: text, errors } = await catchingPageErrors(async () => visitEverything(await render(doc, 'https://data.example.ma/budget.json'), `payload #${index}`));
      f.expectShown(text);
      expect(text, 'codes are shown').to.contain(`${payload}#A.1`.replace(/\s+/g, ' ').trim().slice(-30));
      expect(errors).to.deep.equal([]);
    });
  });

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    it(`CSV: payload #${index} in the label and code cells is text everywhere: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, 'string');
      const { result: text, errors } = await catchingPageErrors(async () => visitEverything(await render(csvFor(f), 'https://data.example.ma/budget.csv'), `payload #${index}`));
      // The CSV reader trims cells, as a spreadsheet export needs.
      f.expectShown(text.replace(/\s+/g, ' '));
      expect(errors).to.deep.equal([]);
    });
  });
});
