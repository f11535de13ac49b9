import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { forgetRememberedComplaints } from '../../src/complaint-status/index.js';
import { configure } from '../../src/core/config.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { API, answered, complaint, defaultWidget, fill, lookupWidget, submit } from './fixtures.js';

const PATTERN = String.raw`[A-Z]{2}-\d{4}-\d{6}`;
const URL_SL = 'complaints/SL-2024-000123.json';

async function lookedUp(answers: Parameters<typeof stubFetch>[0], reference = 'SL-2024-000123', now?: string) {
  const requests = stubFetch(answers);
  const el = await defaultWidget(now);
  await fill(el, 'reference', reference);
  await submit(el);
  return { el, requests };
}

describe('<og-complaint-status>', () => {
  afterEach(async () => {
    forgetRememberedComplaints();
    await resetPage();
  });

  it('starts idle with a labelled form whose controls carry the contract names', async () => {
    const el = await defaultWidget();
    expect(el.getAttribute('state')).to.equal('idle');
    const input = query<HTMLInputElement>(el, 'input[name=reference]');
    expect(query(el, `label[for=${input.id}]`).textContent).to.contain('Complaint reference');
    expect(query(el, 'input[name=secret]')).to.equal(null); // only in static mode
    expect(query(el, 'form').getAttribute('action')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('looks up a complaint: status, category, agency, dates, history in order, and og-lookup', async () => {
    const requests = stubFetch({ [URL_SL]: { body: complaint() } });
    const el = await defaultWidget();
    const events: CustomEvent[] = [];
    el.addEventListener('og-lookup', (e) => events.push(e as CustomEvent));
    await fill(el, 'reference', '  SL-2024-000123 ');
    await submit(el);
    await waitForState(el, 'ready');
    expect(requests[0].url).to.equal(`${API}complaints/SL-2024-000123.json`);
    expect(requests[0].init?.credentials).to.equal('omit');
    const text = textOf(el);
    expect(text).to.contain('Complaint SL-2024-000123');
    expect(query(el, '[part~=badge]').textContent).to.contain('Being handled');
    expect(text).to.contain('Street lighting');
    expect(text).to.contain('Service technique');
    const facts = queryAll(el, '.facts > div').map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]);
    expect(facts).to.deep.include(['Filed on', '2 May 2024 at 10:00']);
    expect(facts).to.deep.include(['Last change', '6 May 2024 at 09:00']);
    expect(facts).to.deep.include(['Answer expected by', '1 June 2024']);
    const steps = queryAll(el, '.timeline li');
    expect(steps.map((s) => s.querySelector('strong')!.textContent)).to.deep.equal(['Received', 'Being handled']);
    expect(steps[1].textContent).to.contain('Sent to the technical service.');
    expect(events).to.have.length(1);
    expect(events[0].detail.found).to.equal(true);
    expect(events[0].detail.complaint.reference).to.equal('SL-2024-000123');
    expect(events[0].composed && events[0].bubbles).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-title');
    await expect(el).to.be.accessible();
  });

  it('shows the answer, and no overdue marker once answered', async () => {
    const { el } = await lookedUp({ [URL_SL]: { body: answered() } }, 'SL-2024-000123', '2025-01-01T00:00:00Z');
    await waitForState(el, 'ready');
    expect(query(el, '[part~=answer]').textContent).to.contain('The street light was repaired on 18 May.');
    expect(query(el, '[part~=overdue]')).to.equal(null);
  });

  it('marks an unanswered complaint past its expected date as overdue, using the injected clock', async () => {
    const late = await lookedUp({ [URL_SL]: { body: complaint() } }, 'SL-2024-000123', '2024-06-02T08:00:00+01:00');
    await waitForState(late.el, 'ready');
    expect(query(late.el, '[part~=overdue]').textContent).to.contain('Answer overdue');
    expect(query(late.el, '.due').classList.contains('overdue')).to.equal(true);
    await expect(late.el).to.be.accessible();
    late.el.remove();
    const early = await lookedUp({ [URL_SL]: { body: complaint() } }, 'SL-2024-000123', '2024-05-31T08:00:00+01:00');
    await waitForState(early.el, 'ready');
    expect(query(early.el, '[part~=overdue]')).to.equal(null);
  });

  it('checks the pattern before any request, with a message beside the field', async () => {
    const requests = stubFetch({ [URL_SL]: { body: complaint() } });
    const el = await lookupWidget(html`<og-complaint-status api=${API} pattern=${PATTERN} example="SL-2024-000123"></og-complaint-status>`);
    await fill(el, 'reference', 'sl 2024 123');
    await submit(el);
    await el.updateComplete;
    expect(requests).to.have.length(0);
    expect(el.getAttribute('state')).to.equal('idle');
    const input = query<HTMLInputElement>(el, 'input[name=reference]');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(query(el, '[part~=field-error]').textContent).to.contain('This does not look like a complaint reference');
    expect(input.getAttribute('aria-describedby')).to.contain(query(el, '[part~=field-error]').id);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(query(el, '.hint bdi[dir=ltr]').textContent).to.equal('SL-2024-000123'); // stays left to right in Arabic
    expect(query(el, '#reference-hint').textContent).to.contain('For example:');
    await expect(el).to.be.accessible();
    await fill(el, 'reference', 'SL-2024-000123');
    await submit(el);
    await waitForState(el, 'ready');
    expect(requests).to.have.length(1);
    expect(query(el, '[part~=field-error]')).to.equal(null);
    // A refused entry after a result: the old result goes, nothing is sent.
    await fill(el, 'reference', 'nope');
    await submit(el);
    expect(requests).to.have.length(1);
    expect(el.getAttribute('state')).to.equal('idle');
    expect(query(el, '[part~=result]')).to.equal(null);
  });

  it('asks for a reference when the field is empty, without a request', async () => {
    const requests = stubFetch({});
    const el = await defaultWidget();
    await submit(el);
    expect(requests).to.have.length(0);
    expect(query(el, '[part~=field-error]').textContent).to.contain('Enter the reference printed on your receipt.');
  });

  it('says the pattern message in French too', async () => {
    await useLocale('fr');
    const requests = stubFetch({});
    const el = await lookupWidget(html`<og-complaint-status api=${API} pattern=${PATTERN}></og-complaint-status>`);
    await fill(el, 'reference', 'abc');
    await submit(el);
    expect(requests).to.have.length(0);
    expect(query(el, '[part~=field-error]').textContent).to.contain('ne ressemble pas');
  });

  it('URL-encodes the reference in the path and never puts it in a query or the page URL', async () => {
    const before = location.href;
    const { el, requests } = await lookedUp({ '.json': { status: 404, body: {} } }, 'AB/12 #?x=1');
    await waitForState(el, 'not-found');
    expect(requests[0].url).to.equal(`${API}complaints/AB%2F12%20%23%3Fx%3D1.json`);
    expect(new URL(requests[0].url).search).to.equal('');
    expect(location.href).to.equal(before);
  });

  it('is used with the keyboard alone: type, Enter, and focus goes to the result', async () => {
    stubFetch({ [URL_SL]: { body: complaint() } });
    const el = await defaultWidget();
    query<HTMLInputElement>(el, 'input[name=reference]').focus();
    await sendKeys({ type: 'SL-2024-000123' });
    await sendKeys({ press: 'Enter' });
    await waitForState(el, 'ready');
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-title');
  });

  it('shows "not found" as its own state, with help, distinct from errors', async () => {
    const events: CustomEvent[] = [];
    const { el } = await lookedUp({ [URL_SL]: { status: 404, body: { error: 'not found' } } });
    el.addEventListener('og-lookup', (e) => events.push(e as CustomEvent));
    await waitForState(el, 'not-found');
    expect(query(el, '[part~=not-found]').textContent).to.contain('No complaint was found with this reference.');
    expect(textOf(el)).to.contain('Check the reference on your receipt');
    expect(query(el, '[part~=error]')).to.equal(null);
    expect(events[0]?.detail).to.deep.equal({ found: false });
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the answer comes', async () => {
    const { el } = await lookedUp({ [URL_SL]: { hang: true } });
    expect(el.getAttribute('state')).to.equal('loading');
    expect(query(el, '[part~=skeleton] [role=status]').textContent).to.contain('Loading');
    expect(query<HTMLButtonElement>(el, 'button[type=submit]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('retries a 5xx once by itself, then shows an error whose retry button works', async () => {
    const { el, requests } = await lookedUp({ [URL_SL]: [{ status: 503, body: {} }, { status: 503, body: {} }, { body: complaint() }] });
    const errors: CustomEvent[] = [];
    el.addEventListener('og-error', (e) => errors.push(e as CustomEvent));
    await waitForState(el, 'error');
    expect(requests).to.have.length(2);
    expect(errors[0].detail).to.include({ kind: 'http', status: 503, reason: 'server' });
    expect(query(el, '[part~=error]').textContent).to.contain('The server had a problem');
    await expect(el).to.be.accessible();
    query(el, '[part~=retry]').click();
    await waitForState(el, 'ready');
    expect(requests).to.have.length(3);
  });

  it('honours Retry-After on 429: says when to retry and holds the retry button until then', async () => {
    const { el, requests } = await lookedUp({ [URL_SL]: { status: 429, body: {}, headers: { 'retry-after': '30' } } });
    const errors: CustomEvent[] = [];
    el.addEventListener('og-error', (e) => errors.push(e as CustomEvent));
    await waitForState(el, 'error');
    expect(requests).to.have.length(1); // never retried by itself
    expect(errors[0].detail).to.include({ reason: 'rate-limited', status: 429, retryAfter: 30 });
    expect(textOf(el)).to.contain('Please try again in 30 seconds.');
    expect(query<HTMLButtonElement>(el, '[part~=retry]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('gives a time of day for a long Retry-After, and frees the retry button when it is over', async () => {
    const long = await lookedUp({ [URL_SL]: { status: 429, body: {}, headers: { 'retry-after': '3600' } } }, 'SL-2024-000123', '2024-05-10T12:00:00+01:00');
    await waitForState(long.el, 'error');
    expect(textOf(long.el)).to.contain('Please try again after 13:00.');
    long.el.remove();
    const { el } = await lookedUp({ [URL_SL]: [{ status: 429, body: {}, headers: { 'retry-after': '0' } }, { body: complaint() }] });
    await waitForState(el, 'error');
    await waitUntil(() => !query<HTMLButtonElement>(el, '[part~=retry]').disabled, 'the retry button stayed disabled');
    const retry = query<HTMLButtonElement>(el, '[part~=retry]');
    retry.click();
    await waitForState(el, 'ready');
  });

  it('explains a network failure and a document that is not valid, without throwing', async () => {
    const offline = await lookedUp({ [URL_SL]: { networkError: true } });
    await waitForState(offline.el, 'error');
    expect(textOf(offline.el)).to.contain('The complaint could not be looked up.');
    offline.el.remove();
    for (const body of ['<!doctype html><p>Maintenance</p>', '[1,2]', 'null', { reference: 'X', status: 'lost', submittedAt: 'yesterday' }]) {
      const { el } = await lookedUp({ [URL_SL]: { body } });
      await waitForState(el, 'error');
      expect(textOf(el)).to.contain('The data received is not valid');
      el.remove();
    }
  });

  it('skips a bad history entry, shows the rest and says so', async () => {
    const doc = complaint();
    (doc.history as unknown[]).push({ at: 'soon', status: 'received' });
    const { el } = await lookedUp({ [URL_SL]: { body: doc } });
    await waitForState(el, 'ready');
    expect(queryAll(el, '.timeline li')).to.have.length(2);
    expect(query(el, '[part~=partial]').textContent).to.contain('Items not shown because their data is not valid: 1');
    await expect(el).to.be.accessible();
  });

  it('renders HTML or script from data as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const { el } = await lookedUp({ [URL_SL]: { body: complaint({ category: payload, answer: payload, reference: payload }) } });
    await waitForState(el, 'ready');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(textOf(el)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says so when no data source is configured, and follows the page default api', async () => {
    stubFetch({ [URL_SL]: { body: complaint() } });
    const el = await lookupWidget(html`<og-complaint-status reference="SL-2024-000123"></og-complaint-status>`);
    await submit(el);
    await waitForState(el, 'error');
    expect(textOf(el)).to.contain('No data source is set');
    configure({ api: API });
    await submit(el);
    await waitForState(el, 'ready');
  });

  it('prefills the reference attribute without looking it up', async () => {
    const requests = stubFetch({ [URL_SL]: { body: complaint() } });
    const el = await lookupWidget(html`<og-complaint-status api=${API} reference="SL-2024-000123"></og-complaint-status>`);
    expect(query<HTMLInputElement>(el, 'input[name=reference]').value).to.equal('SL-2024-000123');
    expect(requests).to.have.length(0);
    expect(el.getAttribute('state')).to.equal('idle');
    await el.lookup();
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('stores nothing unless asked: no reference in storage or the page URL', async () => {
    const { el } = await lookedUp({ [URL_SL]: { body: complaint() } });
    await waitForState(el, 'ready');
    const stored = [...Object.keys(localStorage), ...Object.values(localStorage), ...Object.keys(sessionStorage), ...Object.values(sessionStorage)].join(' ');
    expect(stored).not.to.contain('SL-2024-000123');
    expect(location.href).not.to.contain('SL-2024');
    expect(document.cookie).not.to.contain('SL-2024');
  });

  it('remembers the reference when ticked, prefills it next time, and forgets it with one click', async () => {
    const { el } = await lookedUp({ [URL_SL]: { body: complaint() } }, 'SL-2024-000123');
    await waitForState(el, 'ready');
    expect(Object.values(localStorage).join(' ')).not.to.contain('SL-2024-000123');
    const box = query<HTMLInputElement>(el, 'input[name=remember]');
    box.focus();
    await sendKeys({ press: ' ' }); // the Space key (puppeteer's BiDi keyboard, for Firefox, knows no "Space")
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    await submit(el);
    await waitForState(el, 'ready');
    expect(Object.values(localStorage)).to.include('SL-2024-000123');
    el.remove();

    const again = await defaultWidget();
    expect(query<HTMLInputElement>(again, 'input[name=reference]').value).to.equal('SL-2024-000123');
    expect(query<HTMLInputElement>(again, 'input[name=remember]').checked).to.equal(true);
    expect(textOf(again)).to.contain('The reference is remembered on this device.');
    await expect(again).to.be.accessible();
    query(again, '[part~=forget]').click();
    await again.updateComplete;
    expect(Object.values(localStorage).join(' ')).not.to.contain('SL-2024-000123');
    expect(query<HTMLInputElement>(again, 'input[name=reference]').value).to.equal('');
    expect(again.getAttribute('state')).to.equal('idle');
    expect(again.shadowRoot!.activeElement).to.equal(query(again, 'input[name=reference]'));
  });

  it('forgets the remembered reference when the box is unticked and a lookup succeeds', async () => {
    localStorage.setItem(`og-complaint:v1:json:${API}`, 'SL-2024-000123');
    const { el } = await lookedUp({ [URL_SL]: { body: complaint() } });
    query<HTMLInputElement>(el, 'input[name=remember]').click();
    await submit(el);
    await waitForState(el, 'ready');
    expect(localStorage.getItem(`og-complaint:v1:json:${API}`)).to.equal(null);
  });

  it('offers no "remember" on a shared computer (no-remember)', async () => {
    const el = await lookupWidget(html`<og-complaint-status api=${API} no-remember></og-complaint-status>`);
    expect(query(el, 'input[name=remember]')).to.equal(null);
  });

  it('aborts a lookup when it leaves the page', async () => {
    const { el, requests } = await lookedUp({ [URL_SL]: { hang: true } });
    el.remove();
    expect(requests[0].signal?.aborted).to.equal(true);
    expect(el.getAttribute('state')).to.equal('idle');
  });

  for (const locale of ['en', 'fr', 'ar', 'zgh'] as const) {
    it(`speaks ${locale} with the right direction, accessible in every state`, async () => {
      await useLocale(locale);
      const words = {
        en: ['Follow your complaint', 'Being handled', 'No complaint was found'],
        fr: ['Suivre votre réclamation', 'En cours de traitement', 'Aucune réclamation'],
        ar: ['تتبع شكايتك', 'قيد المعالجة', 'لم يتم العثور على أي شكاية'],
        zgh: ['ⴹⴼⵕ ⵜⴰⵙⵓⵜⵔⵜ ⵏⵏⴽ', 'ⴷⴰ ⵜⵜⵓⵙⴽⴰⵔ', 'ⵓⵔ ⵜⵜⵢⴰⴼ'],
      }[locale];
      const { el } = await lookedUp({ [URL_SL]: [{ hang: true }] });
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(textOf(el)).to.contain(words[0]);
      await expect(el).to.be.accessible(); // loading
      el.remove();
      const ready = await lookedUp({ [URL_SL]: { body: answered() } }, 'SL-2024-000123', '2025-01-01T00:00:00Z');
      await waitForState(ready.el, 'ready');
      expect(textOf(ready.el)).not.to.match(/[٠-٩]/);
      await expect(ready.el).to.be.accessible();
      ready.el.remove();
      const overdue = await lookedUp({ [URL_SL]: { body: complaint() } }, 'SL-2024-000123', '2025-01-01T00:00:00Z');
      await waitForState(overdue.el, 'ready');
      expect(textOf(overdue.el)).to.contain(words[1]);
      await expect(overdue.el).to.be.accessible();
      overdue.el.remove();
      const missing = await lookedUp({ [URL_SL]: { status: 404, body: {} } });
      await waitForState(missing.el, 'not-found');
      expect(textOf(missing.el)).to.contain(words[2]);
      await expect(missing.el).to.be.accessible();
      missing.el.remove();
      const failing = await lookedUp({ [URL_SL]: { status: 429, body: {}, headers: { 'retry-after': '30' } } });
      await waitForState(failing.el, 'error');
      await expect(failing.el).to.be.accessible();
      await fill(failing.el, 'reference', '');
      await submit(failing.el);
      await expect(failing.el).to.be.accessible(); // field error
    });
  }
});
