import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/proposal-outcomes/index.js';
import '../../src/proposal-form/index.js';
import type { OgProposalOutcomes } from '../../src/proposal-outcomes/index.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { fillRequired, mountForm, submit, until } from '../proposal-form/fixtures.js';
import { outcomesDocument, STAGES } from './fixtures.js';

const SRC = 'https://data.example.ma/opengov/proposals/outcomes.json';

async function outcomes(body: unknown = outcomesDocument(), attrs: { trackerUrl?: string } = {}) {
  const requests = stubFetch({ 'proposals/outcomes.json': { body } });
  const el = await fixture<OgProposalOutcomes>(html`<og-proposal-outcomes src=${SRC} tracker-url=${attrs.trackerUrl ?? ''}></og-proposal-outcomes>`);
  await waitForState(el, 'ready', 'empty', 'error');
  return { el, requests };
}

const card = (el: Element, reference: string) => query(el, `[data-reference="${reference}"]`).closest('li')!;
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('<og-proposal-outcomes>', () => {
  afterEach(async () => {
    setHash('');
    await resetPage();
  });

  it('reads {api}/proposals/outcomes.json with no credentials', async () => {
    const requests = stubFetch({ 'proposals/outcomes.json': { body: outcomesDocument() } });
    const el = await fixture<OgProposalOutcomes>(html`<og-proposal-outcomes api="https://data.example.ma/opengov/"></og-proposal-outcomes>`);
    await waitForState(el, 'ready');
    expect(requests[0].url).to.equal(SRC);
    expect(requests[0].init?.credentials).to.equal('omit');
  });

  it('shows the consultation, totals by decision and by theme with figures, the process with counts, and every proposal', async () => {
    const { el } = await outcomes();
    expect(query(el, 'h2').textContent).to.contain('Oujda consultation');
    const rows = (list: string) => queryAll(el, `ul[aria-labelledby=${list}] li`).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows('by-decision')).to.deep.equal([
      'Accepted 1 (14%)',
      'Partly accepted 1 (14%)',
      'Merged into another proposal 1 (14%)',
      'Not accepted 1 (14%)',
      'Out of scope 1 (14%)',
      'Being examined 2 (29%)',
    ]);
    expect(rows('by-theme')).to.deep.equal(['Digital inclusion 2 (29%)', 'Participation 2 (29%)', 'Transparency 1 (14%)']);
    // The bars are decoration: the figures are text.
    expect(queryAll(el, '.bar-track').every((bar) => bar.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const steps = queryAll(el, '.process .stepper li');
    expect(steps.map((s) => s.getAttribute('data-stage'))).to.deep.equal(STAGES.map((s) => s.id));
    expect(steps[3].textContent).to.contain('proposals at this stage: 4');
    expect(queryAll(el, '.card')).to.have.length(7);
    expect(textOf(el)).to.contain('7 of 7 proposals shown');
    await expect(el).to.be.accessible();
  });

  it('shows each decision with its badge, and the reason, merge and commitment in the detail', async () => {
    const { el } = await outcomes(outcomesDocument(), { trackerUrl: 'https://commune.example.ma/plan#top' });
    const badges = Object.fromEntries(queryAll(el, '.card').map((c) => [c.querySelector('.reference')!.textContent, c.querySelector('.badge')!.className]));
    expect(badges).to.deep.equal({
      'P-2023-0001': 'badge outcome-accepted',
      'P-2023-0002': 'badge outcome-partly-accepted',
      'P-2023-0003': 'badge outcome-merged',
      'P-2023-0004': 'badge outcome-not-accepted',
      'P-2023-0005': 'badge outcome-out-of-scope',
      'P-2023-0006': 'badge outcome-pending',
      'P-2023-0007': 'badge outcome-pending',
    });
    for (const button of queryAll(el, '.disclosure')) button.click();
    await el.updateComplete;
    const accepted = card(el, 'P-2023-0001');
    const link = accepted.querySelector<HTMLAnchorElement>('a[href*="og-commitment"]')!;
    expect(link.href).to.equal('https://commune.example.ma/plan#og-commitment=c-18');
    expect(link.textContent).to.contain('Open commune');
    expect(accepted.textContent).to.contain('Commune of Oujda');
    expect(accepted.textContent).to.contain('34');
    expect(accepted.querySelector('[aria-current=step]')!.getAttribute('data-stage')).to.equal('outcome');
    expect(accepted.textContent).to.contain('reached on 20 Feb 2024');
    expect(card(el, 'P-2023-0004').querySelector('.reason')!.textContent).to.contain('The cost is beyond');
    expect(card(el, 'P-2023-0005').querySelector('.reason')!.textContent).to.contain('A national matter');
    expect(card(el, 'P-2023-0002').querySelector('.reason')!.textContent).to.contain('two districts');
    expect(card(el, 'P-2023-0002').querySelector<HTMLAnchorElement>('a[href*="og-commitment"]')!.textContent).to.contain('c-19');
    const studied = card(el, 'P-2023-0006');
    expect(studied.querySelectorAll('.stepper .done')).to.have.length(2);
    expect(studied.querySelector('[aria-current=step]')!.getAttribute('data-stage')).to.equal('studied');
    // Merged: the button opens the proposal it was merged into.
    card(el, 'P-2023-0003').querySelector<HTMLButtonElement>('.link-button')!.click();
    await until(() => el.shadowRoot!.activeElement === query(el, '[data-reference="P-2023-0002"]'), 4000, 'focus on the merged-into proposal');
    await expect(el).to.be.accessible();
  });

  it('filters by decision, theme and stage (every stage), with a count and a way back', async () => {
    const { el } = await outcomes();
    const choose = async (name: string, value: string) => {
      const select = query<HTMLSelectElement>(el, `select[name=${name}]`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const shown = () => queryAll(el, '.card .reference').map((r) => r.textContent);
    await choose('decision', 'not-accepted');
    expect(shown()).to.deep.equal(['P-2023-0004']);
    await choose('decision', 'pending');
    expect(shown()).to.deep.equal(['P-2023-0006', 'P-2023-0007']);
    await choose('decision', '');
    const expected: Record<string, string[]> = {
      published: ['P-2023-0007'],
      reviewed: ['P-2023-0005'],
      studied: ['P-2023-0006'],
      outcome: ['P-2023-0001', 'P-2023-0002', 'P-2023-0003', 'P-2023-0004'],
    };
    for (const stage of STAGES.map((s) => s.id)) {
      await choose('stage', stage);
      expect(shown(), stage).to.deep.equal(expected[stage]);
    }
    await choose('stage', '');
    await choose('theme', 'Digital inclusion');
    expect(shown()).to.deep.equal(['P-2023-0004', 'P-2023-0006']);
    await choose('decision', 'accepted');
    expect(textOf(el)).to.contain('No proposal matches these filters.');
    queryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Clear filters'))!.click();
    await el.updateComplete;
    expect(shown()).to.have.length(7);
  });

  it('searches in every language of the data', async () => {
    const { el } = await outcomes();
    const search = query<HTMLInputElement>(el, 'input[type=search]');
    search.focus();
    await sendKeys({ type: 'budget participatif' });
    await el.updateComplete;
    expect(queryAll(el, '.card .reference').map((r) => r.textContent)).to.deep.equal(['P-2023-0002']);
  });

  it('finds my proposal by its receipt reference, with the keyboard, and says when there is none', async () => {
    const { el } = await outcomes();
    const input = query<HTMLInputElement>(el, 'input[name=reference]');
    input.focus();
    await sendKeys({ type: 'p 2023 0404' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(query(el, '.find-result').textContent).to.contain('No proposal has the reference p 2023 0404');
    input.value = '';
    input.focus();
    await sendKeys({ type: 'p-2023-0004' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement === query(el, '[data-reference="P-2023-0004"]'), 4000, 'focus on the found proposal');
    expect(query(el, '.find-result').textContent).to.contain('Found: P-2023-0004, Not accepted.');
    expect(query(el, '[data-reference="P-2023-0004"]').getAttribute('aria-expanded')).to.equal('true');
    expect(card(el, 'P-2023-0004').classList.contains('found')).to.equal(true);
    // Space closes it again (a real button).
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(query(el, '[data-reference="P-2023-0004"]').getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('opens the proposal named in #og-proposal=, even past the first page and through filters', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ reference: `P-2024-${String(i + 1).padStart(4, '0')}`, title: `Proposal ${i + 1}`, stage: 'published' }));
    setHash('#og-proposal=P-2024-0117');
    const { el } = await outcomes(outcomesDocument({ proposals: many }));
    await until(() => el.shadowRoot!.activeElement === query(el, '[data-reference="P-2024-0117"]'), 4000, 'focus on the proposal of the hash');
    expect(queryAll(el, '.card').length).to.be.at.least(117);
    setHash('#og-proposal=P-2024-0003');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(() => el.shadowRoot!.activeElement === query(el, '[data-reference="P-2024-0003"]'), 4000, 'focus after hashchange');
  });

  it('receipt → outcome: the form’s receipt links to the outcome page, and that link opens the right proposal', async () => {
    const reference = 'P-2023-0004';
    stubFetch({
      'proposals/form.json': { body: { open: true } },
      'opengov/proposals': { status: 201, body: { reference, status: 'received' } },
    });
    const form = await mountForm({});
    form.setAttribute('outcomes-url', 'https://commune.example.ma/resultats?x=1#old');
    await waitForState(form, 'idle');
    fillRequired(form);
    await submit(form);
    await waitForState(form, 'submitted');
    const link = query<HTMLAnchorElement>(form, 'a.outcome-link');
    expect(link.href).to.equal(`https://commune.example.ma/resultats?x=1#og-proposal=${reference}`);
    expect(link.textContent).to.contain('See what becomes of it');
    form.remove();
    setHash(new URL(link.href).hash);
    const { el } = await outcomes();
    await until(() => el.shadowRoot!.activeElement === query(el, `[data-reference="${reference}"]`), 4000, 'the proposal of the receipt');
    expect(card(el, reference).querySelector('.reason')!.textContent).to.contain('The cost is beyond');
  });

  it('a receipt without outcomes-url has no outcome link', async () => {
    stubFetch({ 'proposals/form.json': { body: { open: true } }, 'opengov/proposals': { status: 201, body: { reference: 'P-1', status: 'received' } } });
    const form = await mountForm({});
    await waitForState(form, 'idle');
    fillRequired(form);
    await submit(form);
    await waitForState(form, 'submitted');
    expect(form.shadowRoot!.querySelector('a.outcome-link')).to.equal(null);
  });

  it('counts skipped proposals and still shows the others; the empty and error states', async () => {
    const doc = outcomesDocument();
    const { el } = await outcomes({ ...doc, proposals: [...doc.proposals, { reference: 'X', title: 'No reason', stage: 'outcome', decision: 'not-accepted' }, { reference: 'Y', title: 'y', stage: 'nowhere' }] });
    expect(queryAll(el, '.card')).to.have.length(7);
    expect(textOf(el)).to.contain('Items not shown because their data is not valid: 2.');
    el.remove();
    const empty = await outcomes(outcomesDocument({ proposals: [] }));
    expect(empty.el.getAttribute('state')).to.equal('empty');
    expect(textOf(empty.el)).to.contain('No proposal has been published yet.');
    await expect(empty.el).to.be.accessible();
    empty.el.remove();
    const broken = await outcomes({ updatedAt: 'yesterday' });
    expect(broken.el.getAttribute('state')).to.equal('error');
    expect(query(broken.el, '[role=alert]')).to.exist;
  });

  it('counts themes again in the new language when the page changes it (the counts are kept per document and language)', async () => {
    const { el } = await outcomes();
    const themes = () => queryAll(el, 'ul[aria-labelledby=by-theme] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const options = () => queryAll(el, 'select[name=theme] option').map((o) => o.textContent!.trim());
    expect(themes()[0]).to.equal('Digital inclusion 2 (29%)');
    await useLocale('fr');
    await el.updateComplete;
    expect(themes()).to.deep.equal(['Inclusion numérique 2 (29 %)', 'Participation 2 (29 %)', 'Transparence 1 (14 %)']);
    expect(options().slice(1)).to.deep.equal(['Inclusion numérique', 'Participation', 'Transparence']);
  });

  for (const locale of ['fr', 'ar', 'zgh', 'en'] as const) {
    it(`speaks ${locale}, with the right direction, and stays accessible`, async () => {
      await useLocale(locale);
      const { el } = await outcomes();
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      const expected = { fr: 'Retrouver ma proposition', ar: 'ابحث عن اقتراحي', zgh: 'ⴰⴼ ⴰⵙⵓⵎⵔ ⵉⵏⵓ', en: 'Find my proposal' }[locale];
      expect(textOf(el)).to.contain(expected);
      expect(textOf(el)).not.to.match(/[٠-٩]/);
      for (const button of queryAll(el, '.disclosure')) button.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
