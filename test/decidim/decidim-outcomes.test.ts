/**
 * `<og-proposal-outcomes format="decidim">` against the test suite's Decidim GraphQL server
 * (demo/mock-decidim/, one schema per release): a proposals component's answers become the
 * outcomes document, judged by the widget's own validation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/proposal-outcomes/index.js';
import type { OgProposalOutcomes } from '../../src/proposal-outcomes/index.js';
import type { OutcomesDocument } from '../../src/proposal-outcomes/schema.js';
import { forgetSchemas, roundTrips } from '../../src/adapters/decidim/index.js';
import { query, queryAll, resetPage, textOf, useLocale, waitForState } from '../helpers/data-server.js';

const endpoint = (version: string, scenario = 'demo') => `/api/${scenario}/decidim/${version}/api`;

async function outcomes(version: string, component: string, scenario = 'demo') {
  const el = await fixture<OgProposalOutcomes>(html`<og-proposal-outcomes format="decidim" src=${endpoint(version, scenario)} component=${component}></og-proposal-outcomes>`);
  await waitForState(el, 'ready', 'empty', 'error');
  return el;
}

const dataOf = (el: OgProposalOutcomes) => (el as unknown as { dataTask: { value?: { data: OutcomesDocument; skipped: number } } }).dataTask.value!;
const notices = (el: Element) => queryAll(el, '[data-notice]').map((n) => n.dataset.notice);

describe('Decidim proposals → <og-proposal-outcomes>', () => {
  beforeEach(async () => {
    forgetSchemas();
    await useLocale('fr');
  });
  afterEach(async () => {
    forgetSchemas();
    await resetPage();
  });

  for (const version of ['0.27', '0.28', '0.30']) {
    it(`answered accepted, rejected, evaluating; withdrawn left out; a rejection without a text skipped and counted (Decidim ${version})`, async () => {
      const el = await outcomes(version, '12');
      expect(el.getAttribute('state')).to.equal('ready');
      const { data, skipped } = dataOf(el);
      const byRef = new Map(data.proposals.map((p) => [p.reference, p]));
      expect([...byRef.keys()]).to.deep.equal(['CASA-PROP-2026-03-31', 'CASA-PROP-2026-03-32', 'CASA-PROP-2026-03-33', 'CASA-PROP-2026-03-36']);
      expect(byRef.get('CASA-PROP-2026-03-31')).to.deep.include({ decision: 'accepted', decidedOn: '2026-04-02', stage: 'answered', supports: 12 });
      expect(byRef.get('CASA-PROP-2026-03-32')).to.deep.include({ decision: 'not-accepted', stage: 'answered' });
      expect(byRef.get('CASA-PROP-2026-03-32')!.reason).to.deep.equal({ fr: 'Coût hors du budget participatif.' });
      expect(byRef.get('CASA-PROP-2026-03-33')).to.deep.include({ stage: 'evaluating' });
      expect(byRef.get('CASA-PROP-2026-03-33')).to.not.have.property('decision');
      expect(byRef.get('CASA-PROP-2026-03-36')).to.deep.include({ stage: 'published' });
      // 0.30 gives each proposal's address; older releases: built from the component's.
      expect(byRef.get('CASA-PROP-2026-03-31')!.url).to.equal('https://decidim.example.org/processes/budget-2026/f/12/proposals/31');
      // The rejection Decidim answered without a text has no reason: the contract needs one.
      expect(skipped).to.equal(1);
      expect(query(el, '[part~="partial"]').textContent).to.contain('1');
      expect(byRef.has('CASA-PROP-2026-03-34')).to.equal(false);
      const text = textOf(el);
      expect(text).to.contain('Budget participatif 2026');
      expect(text).to.contain('Plus de bancs au jardin');
      expect(text).to.not.contain('Marché nocturne');
      expect(notices(el)).to.not.include('missing-fields');
      expect(notices(el)).to.not.include('partial');
      // The reason shows in the opened detail.
      const card = queryAll(el, '.card')[1];
      card.querySelector<HTMLButtonElement>('button.disclosure')!.click();
      await el.updateComplete;
      expect(card.querySelector('.reason')!.textContent).to.contain('Coût hors du budget participatif.');
      await expect(el).to.be.accessible();
    });
  }

  it('1,100 proposals: pages read up to the bound, the first 1,000 shown, with a notice', async () => {
    const before = roundTrips.count;
    const el = await outcomes('0.28', '16');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(dataOf(el).data.proposals).to.have.length(1000);
    expect(notices(el)).to.include('truncated');
    expect(roundTrips.count - before).to.equal(1 + 20);
  });

  it('GraphQL errors beside data: the partial-data notice, the rest shown', async () => {
    const el = await outcomes('0.28', '17');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(notices(el)).to.include('partial');
    expect(dataOf(el).data.proposals.map((p) => p.reference)).to.include('CASA-PROP-2026-03-33');
  });

  it('an instance answering HTML (maintenance page): its own message and a retry', async () => {
    const el = await outcomes('0.28', '12', 'html');
    expect(el.getAttribute('state')).to.equal('error');
    expect(query(el, '[part~="error"]').textContent).to.contain('page web');
    expect(query(el, 'button[part~="retry"]')).to.exist;
  });

  it('a component of another kind: its own message', async () => {
    const el = await outcomes('0.28', '10');
    expect(el.getAttribute('state')).to.equal('error');
    expect(query(el, '[part~="error"]').textContent).to.contain('autre type');
  });
});
