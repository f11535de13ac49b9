import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/commitment-tracker/index.js';
import type { OgCommitmentTracker } from '../../src/commitment-tracker/index.js';
import { configure } from '../../src/core/config.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { planDocument } from './fixtures.js';

const SRC = 'https://data.example.ma/opengov/commitments.json';

async function tracker(answers: Parameters<typeof stubFetch>[0], attrs = { src: SRC }) {
  const requests = stubFetch(answers);
  const el = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker src=${attrs.src} today="2024-01-20"></og-commitment-tracker>`);
  return { el, requests };
}

describe('<og-commitment-tracker>', () => {
  afterEach(resetPage);

  it('shows the plan, overall progress, counts and each commitment with its progress bar', async () => {
    const { el } = await tracker({ 'commitments.json': { body: planDocument() } });
    await waitForState(el, 'ready');
    expect(query(el, 'h2').textContent).to.contain('Second national action plan');
    expect(textOf(el)).to.contain('Overall progress: 62%');
    expect(textOf(el)).to.contain('3 of 3 commitments shown');
    const bars = queryAll(el, '.card [role=progressbar]');
    expect(bars.map((b) => b.getAttribute('aria-valuenow'))).to.deep.equal(['60', '100', '25']);
    expect(bars[0].getAttribute('aria-labelledby')).to.be.a('string');
    expect(textOf(el)).to.contain('Substantial');
    expect(textOf(el)).to.contain('Last updated: 15 January 2024');
    await expect(el).to.be.accessible();
  });

  it('fires og-load with the data, and reflects state', async () => {
    stubFetch({ 'commitments.json': { body: planDocument() } });
    const el = document.createElement('og-commitment-tracker');
    el.src = SRC;
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('og-load', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.data.commitments).to.have.length(3);
    expect(event.detail.skipped).to.equal(0);
    expect(event.composed).to.equal(true);
    expect(el.getAttribute('state')).to.equal('ready');
    el.remove();
  });

  it('shows a skeleton with a status while loading', async () => {
    const { el } = await tracker({ 'commitments.json': { hang: true } });
    expect(el.getAttribute('state')).to.equal('loading');
    expect(query(el, '.skeleton')).to.exist;
    expect(query(el, '[role=status]').textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state', async () => {
    const { el } = await tracker({ 'commitments.json': { body: planDocument({ commitments: [] }) } });
    await waitForState(el, 'empty');
    expect(textOf(el)).to.contain('This plan has no commitments yet.');
    await expect(el).to.be.accessible();
  });

  it('retries a 5xx once by itself, then shows an error with a working retry button', async () => {
    const { el, requests } = await tracker({ 'commitments.json': [{ status: 503, body: {} }, { status: 503, body: {} }, { body: planDocument() }] });
    const errors: CustomEvent[] = [];
    el.addEventListener('og-error', (e) => errors.push(e as CustomEvent));
    await waitForState(el, 'error');
    expect(requests).to.have.length(2);
    expect(errors[0].detail).to.include({ kind: 'http', status: 503, reason: 'server' });
    expect(query(el, '[role=alert]').textContent).to.contain('The server had a problem');
    await expect(el).to.be.accessible();
    query(el, 'button').click();
    await waitForState(el, 'ready');
    expect(requests).to.have.length(3);
  });

  it('after a 429, says how long to wait and keeps the retry button off until then', async () => {
    const { el, requests } = await tracker({ 'commitments.json': [{ status: 429, body: {}, headers: { 'retry-after': '1' } }, { body: planDocument() }] });
    await waitForState(el, 'error');
    expect(requests).to.have.length(1); // a 429 is not retried automatically
    expect(query(el, '[role=alert]').textContent).to.contain('Please try again in 1 second.');
    const button = query<HTMLButtonElement>(el, '[part~=retry]');
    expect(button.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    // The button comes back once the second is over: wait for that, bounded, not a fixed time.
    await waitUntil(() => !query<HTMLButtonElement>(el, '[part~=retry]').disabled, 'the retry button stayed disabled');
    query(el, '[part~=retry]').click();
    await waitForState(el, 'ready');
  });

  it('explains a document that is not valid', async () => {
    const { el } = await tracker({ 'commitments.json': { body: '<!doctype html><p>Maintenance</p>' } });
    await waitForState(el, 'error');
    expect(textOf(el)).to.contain('The data received is not valid');
  });

  it('skips invalid items, shows the others and says how many were skipped', async () => {
    const doc = planDocument();
    doc.commitments.push({ id: 'x', title: 'no status' } as never);
    const { el } = await tracker({ 'commitments.json': { body: doc } });
    await waitForState(el, 'ready');
    expect(queryAll(el, '.card')).to.have.length(3);
    expect(query(el, '[part~=partial]').textContent).to.contain('Items not shown because their data is not valid: 1');
    await expect(el).to.be.accessible();
  });

  it('shows the last good copy, dated, when the network fails later', async () => {
    const first = await tracker({ 'commitments.json': { body: planDocument() } });
    await waitForState(first.el, 'ready');
    first.el.remove();
    const { el } = await tracker({ 'commitments.json': { networkError: true } });
    await waitForState(el, 'ready');
    expect(queryAll(el, '.card')).to.have.length(3);
    expect(query(el, '[part~=offline]').textContent).to.match(/Offline — data as of/);
    await expect(el).to.be.accessible();
  });

  it('gives up after the timeout and says so', async () => {
    stubFetch({ 'commitments.json': { hang: true } });
    const el = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker src=${SRC} timeout="150"></og-commitment-tracker>`);
    await waitForState(el, 'error');
    expect(textOf(el)).to.contain('took too long');
  });

  it('aborts its request when it leaves the page, and loads again when it comes back', async () => {
    const { el, requests } = await tracker({ 'commitments.json': [{ hang: true }, { body: planDocument() }] });
    expect(requests[0].signal?.aborted).to.equal(false);
    const parent = el.parentElement!;
    el.remove();
    expect(requests[0].signal?.aborted).to.equal(true);
    parent.append(el);
    await waitForState(el, 'ready');
  });

  it('aborts the previous request when its source changes', async () => {
    const { el, requests } = await tracker({ 'commitments.json': { hang: true }, 'other.json': { body: planDocument() } });
    el.src = 'https://data.example.ma/other.json';
    await waitForState(el, 'ready');
    expect(requests[0].signal?.aborted).to.equal(true);
  });

  it('renders an HTML or script payload from data as text, and drops javascript: links', async () => {
    const doc = planDocument();
    Object.assign(doc.commitments[0], { title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>', url: 'javascript:window.__pwned=1' });
    const { el } = await tracker({ 'commitments.json': { body: doc } });
    await waitForState(el, 'ready');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(textOf(el)).to.contain('<img src=x');
    query(el, '.disclosure').click();
    await el.updateComplete;
    const hrefs = queryAll<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => h?.startsWith('javascript'))).to.equal(false);
    expect(hrefs).to.include('mailto:pan@example.ma');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('opens a detail in place with the keyboard, with milestones (late marked), indicators and updates', async () => {
    const { el } = await tracker({ 'commitments.json': { body: planDocument() } });
    await waitForState(el, 'ready');
    const button = query(el, '.disclosure');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = query(el, `#${button.getAttribute('aria-controls')}`);
    expect(detail.hidden).to.equal(false);
    expect(detail.textContent).to.contain('Portal online');
    expect(query(el, '.milestone.late').textContent).to.contain('Late');
    expect(query(el, '.milestone.done').textContent).to.contain('Done');
    expect(detail.querySelector('table')!.textContent).to.contain('40');
    expect(detail.textContent).to.contain('Citizen budget drafted.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' }); // the Space key (puppeteer's BiDi keyboard, for Firefox, knows no "Space")
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('filters by level, theme and search, and announces the count', async () => {
    const { el } = await tracker({ 'commitments.json': { body: planDocument() } });
    await waitForState(el, 'ready');
    const [level, theme] = queryAll<HTMLSelectElement>(el, 'select');
    level.focus();
    level.value = 'complete';
    level.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(queryAll(el, '.card')).to.have.length(1);
    expect(query(el, '[aria-live=polite]').textContent).to.contain('1 of 3 commitments shown');
    level.value = '';
    level.dispatchEvent(new Event('change'));
    theme.value = 'Transparency';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(queryAll(el, '.card')).to.have.length(2);
    const search = query<HTMLInputElement>(el, 'input[type=search]');
    search.focus();
    await sendKeys({ type: 'digital' });
    await el.updateComplete;
    expect(queryAll(el, '.card')).to.have.length(1);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(textOf(el)).to.contain('No commitment matches these filters.');
    query(el, '.state-box button').click();
    await el.updateComplete;
    expect(queryAll(el, '.card')).to.have.length(3);
  });

  it('opens the commitment named in the URL hash', async () => {
    history.replaceState(null, '', '#og-commitment=c-02');
    try {
      const { el } = await tracker({ 'commitments.json': { body: planDocument() } });
      await waitForState(el, 'ready');
      await el.updateComplete;
      const button = query(el, '[data-commitment-id="c-02"]');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('shows 50 commitments at first and more on request (500-item plan)', async () => {
    const many = planDocument({
      commitments: Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, number: String(i + 1), title: `Commitment ${i + 1}`, status: 'limited', progress: i % 100 })),
    });
    const { el } = await tracker({ 'commitments.json': { body: many } });
    await waitForState(el, 'ready');
    expect(queryAll(el, '.card')).to.have.length(50);
    query(el, 'button.more').click();
    await el.updateComplete;
    expect(queryAll(el, '.card')).to.have.length(100);
    expect(textOf(el)).to.contain('Show more (400 left)');
  });

  it('follows the page default api and a later configure() call', async () => {
    stubFetch({ 'one/commitments.json': { body: planDocument() }, 'two/commitments.json': { body: planDocument({ commitments: [] }) } });
    const el = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker></og-commitment-tracker>`);
    await waitForState(el, 'error');
    expect(textOf(el)).to.contain('No data source is set');
    configure({ api: 'https://data.example.ma/one' });
    await waitForState(el, 'ready');
    configure({ api: 'https://data.example.ma/two/' });
    await waitForState(el, 'empty');
  });

  it('resolves a relative src against the page', async () => {
    const requests = stubFetch({ 'commitments.json': { body: planDocument() } });
    const el = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker src="data/commitments.json"></og-commitment-tracker>`);
    await waitForState(el, 'ready');
    expect(requests[0].url).to.equal(new URL('data/commitments.json', document.baseURI).href);
    expect(requests[0].init?.credentials).to.equal('omit');
  });

  for (const locale of ['fr', 'ar', 'zgh', 'en'] as const) {
    it(`speaks ${locale}, with the right direction, and stays accessible`, async () => {
      await useLocale(locale);
      const { el } = await tracker({ 'commitments.json': { body: planDocument() } });
      await waitForState(el, 'ready');
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      const expected = { fr: 'Avancement global', ar: 'نسبة الإنجاز الإجمالية', zgh: 'ⴰⵙⵡⵉⵔ ⴰⵎⴰⵜⴰ', en: 'Overall progress' }[locale];
      expect(textOf(el)).to.contain(expected);
      expect(textOf(el)).not.to.match(/[٠-٩]/); // Latin digits, also in Arabic
      query(el, '.disclosure').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('falls back through LocalizedText and marks the language of fallback text', async () => {
    await useLocale('zgh');
    const { el } = await tracker({ 'commitments.json': { body: planDocument() } });
    await waitForState(el, 'ready');
    const titles = queryAll(el, '.title-text');
    expect(titles[0].textContent).to.contain('ⵙⵙⵓⴼⵖ ⵜⴰⵙⵏⴼⵍⵓⵜ'); // has zgh
    const fallback = titles[1].querySelector('[lang]')!;
    expect(fallback.getAttribute('lang')).to.equal('fr'); // no zgh: first configured fallback
    expect(fallback.textContent).to.equal('Registre des associations');
  });

  it('follows a change of <html lang> and re-renders', async () => {
    const { el } = await tracker({ 'commitments.json': { body: planDocument() } });
    await waitForState(el, 'ready');
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.setAttribute('lang', 'ar');
    try {
      await waitUntil(() => el.getAttribute('dir') === 'rtl', 'the tracker did not turn right-to-left');
      await el.updateComplete;
      expect(textOf(el)).to.contain('نسبة الإنجاز الإجمالية');
    } finally {
      if (before) html.setAttribute('lang', before);
      else html.removeAttribute('lang');
    }
  });
});
