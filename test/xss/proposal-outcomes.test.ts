import { expect, fixture, html } from '@open-wc/testing';
import '../../src/proposal-outcomes/index.js';
import type { OgProposalOutcomes } from '../../src/proposal-outcomes/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { ALL_TEXT_PAYLOADS, resetXssFlag, URL_PAYLOADS } from '../helpers/xss-payloads.js';
import { Fields, SHAPES } from './fields.js';
import { catchingPageErrors, expectNoInjection, openEverything, settle } from './inspect.js';

const SRC = 'https://data.example.ma/opengov/proposals/outcomes.json';

function documentFor(f: Fields) {
  // Ids are at most 100 characters.
  const key = f.payload.slice(0, 80);
  // A reference is at most 100 characters: the long payload gets a short one (not checked as shown).
  const reference = (n: number) => (f.payload.length < 80 ? f.plain(`ref${n}`) : `R-${n}`);
  const proposal = (n: number) => ({
    reference: reference(n),
    consultation: key,
    title: f.text(`title${n}`),
    summary: f.text(`summary${n}`),
    theme: f.text(`theme${n}`),
    receivedOn: '2023-10-19',
    stage: `${key}-s${n}`,
    stageDates: [{ stage: `${key}-s0`, date: '2023-11-01' }],
    institution: f.text(`institution${n}`),
    decision: n ? 'not-accepted' : 'accepted',
    decidedOn: '2024-02-20',
    reason: n ? f.text(`reason${n}`) : undefined,
    commitment: n ? undefined : { id: key, title: f.text(`commitment${n}`) },
    supports: 3,
    url: f.url(),
  });
  const p0 = proposal(0);
  const merged = { reference: 'M-1', title: f.text('mergedTitle'), stage: `${key}-s1`, decision: 'merged', mergedInto: p0.reference, reason: f.text('mergedReason') };
  return {
    updatedAt: '2024-03-01T10:00:00+01:00',
    title: f.text('docTitle'),
    consultations: [{ id: key, title: f.text('consultation'), date: '2023-10-19', description: f.text('consultationDescription'), url: f.url() }],
    stages: [0, 1].map((n) => ({ id: `${key}-s${n}`, title: f.text(`stage${n}`), description: f.text(`stageDescription${n}`, false) })),
    trackerUrl: f.url(),
    proposals: [p0, proposal(1), merged],
  };
}

async function render(doc: unknown): Promise<OgProposalOutcomes> {
  stubFetch({ 'proposals/outcomes.json': { body: doc } });
  const el = await fixture<OgProposalOutcomes>(html`<og-proposal-outcomes src=${SRC}></og-proposal-outcomes>`);
  await waitForState(el, 'ready');
  await openEverything(el);
  await settle();
  return el;
}

describe('XSS corpus: <og-proposal-outcomes>', function () {
  this.timeout(60_000);
  beforeEach(resetXssFlag);
  afterEach(resetPage);

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    const shape = SHAPES[index % SHAPES.length];
    it(`shows payload #${index} (${shape}) as text in every field and runs nothing: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, shape, index);
      const { result: el, errors } = await catchingPageErrors(() => render(documentFor(f)));
      expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(3);
      expectNoInjection(el, `payload #${index}`);
      f.expectShown(el);
      expect(errors).to.deep.equal([]);
    });
  });

  it('drops every unsafe link (proposal, consultation, tracker page)', async () => {
    for (const payload of URL_PAYLOADS) {
      const doc = documentFor(new Fields('x', 'string'));
      doc.trackerUrl = payload;
      doc.consultations[0].url = payload;
      for (const p of doc.proposals) if ('url' in p) p.url = payload;
      const el = await render(doc);
      const external = [...el.shadowRoot!.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href')!.startsWith('#'));
      for (const a of external) expect(new URL(a.getAttribute('href')!, document.baseURI).origin, payload).to.equal(location.origin);
      expectNoInjection(el, payload);
      el.remove();
    }
  });
});
