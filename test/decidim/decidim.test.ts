/**
 * Each widget's Decidim mode against a GraphQL server built with the `graphql` package from
 * Decidim's type definitions (demo/mock-decidim/, served by the test server's mock API at
 * /api/<scenario>/decidim/<version>/api): a field the version lacks, or a wrong nesting, is
 * refused as a real instance refuses it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/commitment-tracker/index.js';
import '../../src/consultation-calendar/index.js';
import type { OgCommitmentTracker } from '../../src/commitment-tracker/index.js';
import type { OgConsultationCalendar } from '../../src/consultation-calendar/index.js';
import { answersToOutcomes, forgetSchemas, readCommitments, readProposalAnswers, roundTrips } from '../../src/adapters/decidim/index.js';
import { postGraphql } from '../../src/adapters/decidim/graphql.js';
import { LoadError } from '../../src/core/loader.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';

const endpoint = (version: string, scenario = 'demo') => `/api/${scenario}/decidim/${version}/api`;
const NOW = '2026-11-25T12:00:00+00:00';

async function tracker(version: string, component: string, scenario = 'demo') {
  const el = await fixture<OgCommitmentTracker>(
    html`<og-commitment-tracker format="decidim" src=${endpoint(version, scenario)} component=${component} today="2026-11-25"></og-commitment-tracker>`,
  );
  await waitForState(el, 'ready', 'empty', 'error');
  return el;
}

async function calendar(version: string, component: string) {
  const el = await fixture<OgConsultationCalendar>(
    html`<og-consultation-calendar format="decidim" src=${endpoint(version)} component=${component} now=${NOW} viewer-time-zone="Africa/Casablanca"></og-consultation-calendar>`,
  );
  await waitForState(el, 'ready', 'empty', 'error');
  return el;
}

const titles = (el: Element) => queryAll(el, '.card .title-text').map((t) => t.textContent!.trim());
const notices = (el: Element) => queryAll(el, '[data-notice]').map((n) => n.dataset.notice);

describe('Decidim adapter', () => {
  beforeEach(async () => {
    forgetSchemas();
    await useLocale('fr');
  });
  afterEach(async () => {
    forgetSchemas();
    await resetPage();
  });

  for (const version of ['0.27', '0.28', '0.30']) {
    it(`commitment tracker: results of an accountability component (Decidim ${version})`, async () => {
      const el = await tracker(version, '10');
      expect(el.getAttribute('state')).to.equal('ready');
      // Children (results 2 and 3) are sub-items of result 1, not commitments of their own.
      expect(titles(el)).to.deep.equal(['Éclairage public du quartier Al Amal', 'Aire de jeux du jardin municipal', 'Bibliothèque de quartier']);
      const first = queryAll(el, '.card')[0];
      expect(first.textContent).to.contain('En travaux');
      expect(first.textContent).to.contain('CASA-RESU-2026-01-1');
      first.querySelector<HTMLButtonElement>('button.disclosure')!.click();
      await el.updateComplete;
      const detail = first.querySelector('.detail')!.textContent!.replace(/\s+/g, ' ');
      expect(detail).to.contain('Tranche 1 : avenue principale');
      expect(detail).to.contain('Tranche 2 : ruelles');
      // Rich text becomes plain text, never HTML.
      expect(detail).to.contain('Remplacer les lampadaires par des LED.');
      expect(first.querySelector('.detail strong')).to.equal(null);
      // Timeline entries (0.27/0.28) or milestones (0.30) are the milestones, with their dates.
      expect(first.querySelectorAll('.milestone').length).to.equal(2);
      if (version !== '0.27') expect(detail).to.contain('Appel d’offres');
      const link = [...first.querySelectorAll<HTMLAnchorElement>('.links a')].find((a) => a.href.includes('/results/1'));
      expect(link?.href).to.equal('https://decidim.example.org/processes/budget-2026/f/10/results/1');
      expect(notices(el)).to.not.include('missing-fields');
      expect(notices(el)).to.not.include('partial');
      await expect(el).to.be.accessible();
    });

    it(`consultation calendar: meetings of a meetings component (Decidim ${version})`, async () => {
      const el = await calendar(version, '11');
      expect(el.getAttribute('state')).to.equal('ready');
      const text = textOf(el);
      expect(text).to.contain('Réunion publique : éclairage');
      expect(text).to.contain('Atelier en ligne : budget 2027');
      expect(text).to.contain('Bilan du budget participatif 2025');
      // The null coordinates of the online meeting are an error of Decidim's, not missing data.
      expect(notices(el)).to.not.include('partial');
      const data = (el as unknown as { dataTask: { value?: { data: { events: { id: string; status: string; mode?: string; registration?: { remaining?: number }; outcome?: { participants?: { total?: number } }; agenda?: unknown[]; location?: { lat?: number }; onlineUrl?: string; url?: string }[] } } } }).dataTask.value!.data;
      const byId = new Map(data.events.map((e) => [e.id, e]));
      expect(byId.get('CASA-MEET-2026-12-21')).to.include({ mode: 'in-person', status: 'scheduled', url: 'https://decidim.example.org/processes/budget-2026/f/11/meetings/21' });
      expect(byId.get('CASA-MEET-2026-12-21')!.registration!.remaining).to.equal(12);
      expect(byId.get('CASA-MEET-2026-12-21')!.location!.lat).to.equal(33.5731);
      expect(byId.get('CASA-MEET-2026-12-21')!.agenda).to.have.length(3);
      expect(byId.get('CASA-MEET-2026-12-22')).to.include({ mode: 'online', onlineUrl: 'https://visio.example.org/budget-2027' });
      expect(byId.get('CASA-MEET-2026-11-23')!.status).to.equal('cancelled');
      expect(byId.get('CASA-MEET-2026-10-24')!.outcome!.participants!.total).to.equal(85);
      // Places left are shown; a meeting with none is full.
      expect(text).to.match(/12\s+places? restantes?|12 places/);
      await expect(el).to.be.accessible();
    });
  }

  it('uses machine translations only where no human text exists, and marks each one', async () => {
    await useLocale('en');
    const el = await tracker('0.28', '10');
    // Result 1 has a human French and Arabic title and a machine English one: English page → machine text, marked.
    const first = queryAll(el, '.card .title-text')[0];
    expect(first.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Street lighting in Al Amal machine translation');
    expect(first.querySelector('.og-machine-translation')).to.exist;
    // A human text (shown in French, the fallback) is not marked.
    expect(queryAll(el, '.card .title-text')[1].querySelector('.og-machine-translation')).to.equal(null);
    const data = (el as unknown as { dataTask: { value?: { data: { machineTranslated?: Record<string, string[]> } } } }).dataTask.value!.data;
    expect(data.machineTranslated).to.deep.equal({ en: ['Street lighting in Al Amal', 'Under construction'] });
    await expect(el).to.be.accessible();
    // A French page shows the human texts: nothing marked.
    await useLocale('fr');
    await el.updateComplete;
    expect(query(el, '.og-machine-translation')).to.equal(null);
  });

  it('asks the schema once per instance, then one query per page', async () => {
    const requests = stubFetch({});
    const el = await tracker('0.28', '10');
    expect(el.getAttribute('state')).to.equal('ready');
    const posts = requests.filter((r) => r.url.includes('/decidim/0.28/api'));
    expect(posts.length).to.equal(2); // introspection + one page
    el.reload();
    await waitForState(el, 'loading');
    await waitForState(el, 'ready');
    expect(requests.filter((r) => r.url.includes('/decidim/0.28/api')).length).to.equal(3); // the schema is cached
  });

  it('10,000 results: reads pages up to the bound, shows the first 1,000 and says so', async () => {
    const before = roundTrips.count;
    const el = await tracker('0.28', '14');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(notices(el)).to.include('truncated');
    expect(query(el, '[data-notice="truncated"]').textContent).to.match(/1\D?000/);
    expect(roundTrips.count - before).to.equal(1 + 20);
  });

  it('GraphQL errors beside partial data give the partial-data notice, not a crash', async () => {
    const el = await tracker('0.28', '15');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(notices(el)).to.include('partial');
    expect(titles(el)).to.have.length(3);
  });

  it('an unpublished or private component: its own message, with a retry', async () => {
    const el = await tracker('0.28', '13');
    expect(el.getAttribute('state')).to.equal('error');
    expect(query(el, '[part~="error"]').textContent).to.contain('privé');
    expect(query(el, 'button[part~="retry"]')).to.exist;
  });

  it('a component of another kind: its own message', async () => {
    const el = await tracker('0.28', '11');
    expect(el.getAttribute('state')).to.equal('error');
    expect(query(el, '[part~="error"]').textContent).to.contain('autre type');
  });

  it('an HTML answer (maintenance page): its own message, retry works', async () => {
    const el = await tracker('0.28', '10', 'html');
    expect(el.getAttribute('state')).to.equal('error');
    expect(query(el, '[part~="error"]').textContent).to.contain('page web');
  });

  it('an instance that is down: error, then the last good copy once it has been read', async () => {
    const el = await tracker('0.28', '10');
    expect(el.getAttribute('state')).to.equal('ready');
    stubFetch({ 'decidim/0.28/api': { networkError: true } });
    el.reload();
    await waitForState(el, 'loading');
    await waitForState(el, 'ready', 'error');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(query(el, '[part~="offline"]')).to.exist;
    expect(titles(el)).to.have.length(3);
  });

  it('a schema without a field we read: the query leaves it out and the widget says what is not shown', async () => {
    const url = new URL(endpoint('0.28'), document.baseURI).href;
    // This instance's schema, as introspection found it, minus Meeting.closingReport.
    await readCommitments(url, '10');
    const key = `og-decidim-schema:v1:${url}`;
    const saved = JSON.parse(localStorage.getItem(key)!);
    saved.fields.Meeting = saved.fields.Meeting.filter((f: string) => f !== 'closingReport');
    localStorage.setItem(key, JSON.stringify(saved));
    forgetSchemasInMemoryOnly();
    const el = await calendar('0.28', '11');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(notices(el)).to.include('missing-fields');
    expect(textOf(el)).to.contain('Meeting.closingReport');
  });

  it('the snapshot written by `import decidim` shows the same items as the live API', async () => {
    const live = await tracker('0.28', '10');
    const liveCards = queryAll(live, '.card').map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    const snapshot = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker src="/api/demo/decidim-snapshot/commitments.json" today="2026-11-25"></og-commitment-tracker>`);
    await waitForState(snapshot, 'ready', 'error');
    expect(queryAll(snapshot, '.card').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(liveCards);
    const liveEvents = await calendar('0.28', '11');
    const fileEvents = await fixture<OgConsultationCalendar>(
      html`<og-consultation-calendar src="/api/demo/decidim-snapshot/events.json" now=${NOW} viewer-time-zone="Africa/Casablanca"></og-consultation-calendar>`,
    );
    await waitForState(fileEvents, 'ready', 'error');
    expect(queryAll(fileEvents, '.card').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
      queryAll(liveEvents, '.card').map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
  });

  it('proposal answers: state, answer, answered at and reference, mapped to the outcomes document', async () => {
    const url = new URL(endpoint('0.28'), document.baseURI).href;
    const { answers } = await readProposalAnswers(url, '12');
    expect(answers.map((a) => [a.reference, a.state])).to.deep.equal([
      ['CASA-PROP-2026-03-31', 'accepted'],
      ['CASA-PROP-2026-03-32', 'rejected'],
      ['CASA-PROP-2026-03-33', 'evaluating'],
      ['CASA-PROP-2026-03-34', 'withdrawn'],
      ['CASA-PROP-2026-03-35', 'rejected'],
      ['CASA-PROP-2026-03-36', 'not_answered'],
    ]);
    const doc = answersToOutcomes(answers, { updatedAt: '2026-11-25T12:00:00Z' }) as { proposals: Record<string, unknown>[] };
    expect(doc.proposals[1]).to.deep.include({ reference: 'CASA-PROP-2026-03-32', decision: 'not-accepted', decidedOn: '2026-04-02', stage: 'answered' });
    expect(doc.proposals[1].reason).to.deep.equal({ fr: 'Coût hors du budget participatif.' });
    expect(doc.proposals[2]).to.deep.include({ stage: 'evaluating' });
    expect(doc.proposals[2]).to.not.have.property('decision');
  });

  it('a misspelt field is refused by the server, as by a real instance', async () => {
    const url = new URL(endpoint('0.27'), document.baseURI).href;
    let error: unknown;
    try {
      await postGraphql(url, 'query { component(id: 10) { ... on Accountability { results { edges { node { id url } } } } } }', {}, {});
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).reason).to.equal('query-refused');
  });
});

/** Drops the in-memory schemas, keeping the stored ones (a new page on the same site). */
function forgetSchemasInMemoryOnly() {
  const saved = Object.keys(localStorage)
    .filter((k) => k.startsWith('og-decidim-schema:'))
    .map((k) => [k, localStorage.getItem(k)!] as const);
  forgetSchemas();
  for (const [k, v] of saved) localStorage.setItem(k, v);
}
