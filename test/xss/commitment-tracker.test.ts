import { expect, fixture, html } from '@open-wc/testing';
import '../../src/commitment-tracker/index.js';
import type { OgCommitmentTracker } from '../../src/commitment-tracker/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { ALL_TEXT_PAYLOADS, resetXssFlag, URL_PAYLOADS } from '../helpers/xss-payloads.js';
import { Fields, SHAPES } from './fields.js';
import { catchingPageErrors, expectNoInjection, openEverything, settle } from './inspect.js';

const SRC = 'https://data.example.ma/opengov/commitments.json';

function documentFor(f: Fields) {
  const commitment = (n: number) => ({
    id: `${f.payload}-${n}`,
    number: f.plain(`number${n}`),
    title: f.text(`title${n}`),
    summary: f.text(`summary${n}`),
    description: f.text(`description${n}`),
    theme: f.text(`theme${n}`),
    leadInstitution: f.text(`lead${n}`),
    partners: [f.text(`partner${n}a`), f.text(`partner${n}b`)],
    status: n ? 'ongoing' : 'substantial',
    progress: 40,
    statusDate: '2023-06-30',
    start: '2021-03-01',
    end: '2023-08-31',
    objectives: [f.text(`objective${n}`)],
    milestones: [
      { title: f.text(`milestone${n}a`), due: '2022-06-30', status: 'done', completedOn: '2022-05-02' },
      { title: f.text(`milestone${n}b`), due: '2022-06-30' },
    ],
    indicators: [{ name: f.text(`indicator${n}`), unit: f.text(`unit${n}`), baseline: 0, target: 100, current: 40 }],
    updates: [{ date: '2023-02-01', text: f.text(`update${n}`), url: f.url() }],
    url: f.url(),
    feedbackUrl: f.url(),
  });
  return {
    updatedAt: '2024-01-15T10:00:00+01:00',
    plan: { id: f.payload, title: f.text('plan'), period: { start: '2021-01-01', end: '2023-12-31' }, url: f.url() },
    commitments: [commitment(0), commitment(1)],
  };
}

async function render(doc: unknown): Promise<OgCommitmentTracker> {
  stubFetch({ 'commitments.json': { body: doc } });
  const el = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker src=${SRC}></og-commitment-tracker>`);
  await waitForState(el, 'ready');
  await openEverything(el);
  await settle(el);
  return el;
}

describe('XSS corpus: <og-commitment-tracker>', function () {
  this.timeout(60_000);
  beforeEach(resetXssFlag);
  afterEach(resetPage);

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    const shape = SHAPES[index % SHAPES.length];
    it(`shows payload #${index} (${shape}) as text in every field and runs nothing: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, shape, index);
      const { result: el, errors } = await catchingPageErrors(() => render(documentFor(f)));
      expect(el.shadowRoot!.querySelectorAll('button[aria-expanded="true"]').length, 'both commitments opened').to.equal(2);
      expectNoInjection(el, `payload #${index}`);
      f.expectShown(el);
      expect(errors).to.deep.equal([]);
    });
  });

  it('drops every unsafe link and keeps the safe ones', async () => {
    const f = new Fields('plain', 'string');
    const doc = documentFor(f);
    const safe = ['https://example.org/a', 'http://example.org/b', 'mailto:pan@example.ma', 'tel:+212500000000'];
    doc.commitments[0].url = safe[0];
    doc.commitments[0].feedbackUrl = safe[2];
    doc.commitments[0].updates[0].url = safe[1];
    doc.plan.url = safe[3];
    const el = await render(doc);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#'));
    // The second commitment keeps payload URLs: those the URL parser reads as a relative path are harmless links on this site.
    expect(hrefs.filter((h) => !h.startsWith(location.origin)).sort()).to.deep.equal([...safe].sort());
    expectNoInjection(el);
  });

  it('shows no link at all for each URL payload', async () => {
    for (const payload of URL_PAYLOADS) {
      const f = new Fields('x', 'string');
      const doc = documentFor(f);
      doc.plan.url = payload;
      for (const c of doc.commitments) {
        c.url = payload;
        c.feedbackUrl = payload;
        c.updates[0].url = payload;
      }
      const el = await render(doc);
      const external = [...el.shadowRoot!.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href')!.startsWith('#'));
      // A payload the URL parser reads as a relative path becomes a harmless link on this site.
      for (const a of external) expect(new URL(a.getAttribute('href')!, document.baseURI).origin, payload).to.equal(location.origin);
      expectNoInjection(el, payload);
      el.remove();
    }
  });
});
