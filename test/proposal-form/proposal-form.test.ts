import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/proposal-form/index.js';
import type { OgProposalForm } from '../../src/proposal-form/index.js';
import { readDraft } from '../../src/proposal-form/draft.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { API, clearDrafts, fillRequired, formConfig, keyOf, mountForm, POST_URL, postsOf, receipt, submit, tick, type, until } from './fixtures.js';

const FORM = 'proposals/form.json';
const POST = '/proposals';

async function ready(answers: Parameters<typeof stubFetch>[0], attrs: Parameters<typeof mountForm>[0] = {}) {
  const requests = stubFetch({ [FORM]: { body: formConfig() }, ...answers });
  const el = await mountForm(attrs);
  await waitForState(el, 'idle');
  return { el, requests };
}

const value = (el: Element, name: string) => query<HTMLInputElement>(el, `[name=${name}]`).value;

describe('<og-proposal-form>', () => {
  beforeEach(clearDrafts);
  afterEach(async () => {
    clearDrafts();
    await resetPage();
  });

  it('shows the contract’s fields, the themes and limits from form.json, and is accessible', async () => {
    const { el, requests } = await ready({});
    expect(requests[0].url).to.equal(`${API}proposals/form.json`);
    for (const name of ['title', 'problem', 'solution', 'expectedResult', 'theme', 'name', 'email', 'phone', 'gender', 'ageRange', 'consent']) {
      expect(query(el, `form [name=${name}]`), name).to.exist;
    }
    const labels = queryAll(el, 'select[name=theme] option').map((o) => o.textContent!.trim());
    expect(labels).to.deep.equal(['Choose a theme', 'Access to information', 'Société civile et numérique']);
    expect(query(el, '#f-digital')).to.equal(null);
    expect(textOf(el)).to.contain('Characters left: 40');
    expect(query(el, 'a[href="https://example.org/confidentialite"]')).to.exist;
    expect(el.getAttribute('window')).to.equal('open');
    expect(query(el, 'label[for=f-name]').textContent).to.contain('(optional)');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while the settings load', async () => {
    stubFetch({ [FORM]: { hang: true } });
    const el = await mountForm();
    expect(el.getAttribute('state')).to.equal('loading');
    expect(query(el, '.skeleton')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('uses its defaults when there is no form.json (404), without alarming anyone', async () => {
    const { el } = await ready({ [FORM]: { status: 404, body: { error: 'not found' } } });
    expect(query(el, 'select[name=theme]')).to.equal(null);
    expect(textOf(el)).to.contain('Characters left: 120');
    expect(query(el, '[part~=notice]')).to.equal(null);
  });

  it('still lets a person write when form.json is broken, and says so', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('og-error', (e) => errors.push(e as CustomEvent), { once: true });
    const { el } = await ready({ [FORM]: { body: '<html>oops</html>' } });
    expect(textOf(el)).to.contain('settings could not be loaded');
    expect(query(el, '[name=title]')).to.exist;
    expect(errors[0].detail).to.include({ reason: 'invalid', source: 'config' });
    await expect(el).to.be.accessible();
  });

  it('sends nothing without consent, and explains why in the summary', async () => {
    const { el, requests } = await ready({ [POST]: { status: 201, body: receipt } });
    fillRequired(el, { consent: false });
    await submit(el);
    await el.updateComplete;
    expect(postsOf(requests)).to.have.length(0);
    const summary = query(el, '#error-summary');
    expect(summary.textContent).to.contain('Tick the box to agree');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(query(el, '[name=consent]').getAttribute('aria-invalid')).to.equal('true');
    expect(el.getAttribute('state')).to.equal('idle');
  });

  it('lists every problem at the top, links each to its field, and marks the fields', async () => {
    const { el, requests } = await ready({});
    type(el, 'email', 'not-an-email');
    type(el, 'title', 'x'.repeat(45));
    await submit(el);
    expect(postsOf(requests)).to.have.length(0);
    const links = queryAll<HTMLAnchorElement>(el, '#error-summary a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#f-title', '#f-problem', '#f-solution', '#f-email', '#f-consent']);
    expect(links[0].textContent).to.contain('Use 40 characters or fewer (5 too many)');
    const title = query(el, '#f-title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')!.split(' ')).to.include('f-title-error');
    expect(query(el, '#f-title-error').textContent).to.contain('too many');
    links[1].click();
    expect(el.shadowRoot!.activeElement).to.equal(query(el, '#f-problem'));
    await expect(el).to.be.accessible();
  });

  it('validates a field when the person leaves it, not before they typed in it', async () => {
    const { el } = await ready({});
    query(el, '#f-title').focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(query(el, '#f-title-error')).to.equal(null);
    query(el, '#f-email').focus();
    await sendKeys({ type: 'someone@' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(query(el, '#f-email-error').textContent).to.contain('email address like');
    query(el, '#f-email').focus();
    await sendKeys({ type: 'example.org' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(query(el, '#f-email-error')).to.equal(null);
  });

  it('can be filled and sent with the keyboard alone', async () => {
    const { el, requests } = await ready({ [POST]: { status: 201, body: receipt } });
    query(el, '#f-title').focus();
    await sendKeys({ type: 'More benches' });
    await sendKeys({ press: 'Tab' }); // theme
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Older people cannot rest.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Benches every 200 m.' });
    query(el, '#f-consent').focus();
    await sendKeys({ press: ' ' }); // the Space key (puppeteer's BiDi keyboard, for Firefox, knows no "Space")
    await sendKeys({ press: 'Enter' });
    await waitForState(el, 'submitted');
    expect(JSON.parse(postsOf(requests)[0].init!.body as string)).to.include({ title: 'More benches', consent: true });
  });

  it('sends the contract’s JSON with an Idempotency-Key, shows the receipt and clears the draft', async () => {
    const submitted: CustomEvent[] = [];
    const { el, requests } = await ready({ [POST]: { status: 201, body: receipt } });
    el.addEventListener('og-submit', (e) => submitted.push(e as CustomEvent));
    fillRequired(el);
    type(el, 'theme', 'ati');
    type(el, 'email', 'amina@example.ma');
    type(el, 'ageRange', '30-39');
    expect(readDraft(POST_URL)?.values.title).to.equal('Publish the council’s decisions');
    await submit(el);
    await waitForState(el, 'submitted');
    const [post] = postsOf(requests);
    expect(post.url).to.equal(POST_URL);
    const headers = post.init!.headers as Record<string, string>;
    expect(headers['content-type']).to.equal('application/json');
    expect(keyOf(post)).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(post.init!.credentials).to.equal('omit');
    expect(JSON.parse(post.init!.body as string)).to.deep.equal({
      title: 'Publish the council’s decisions',
      problem: 'Decisions are only posted on a board at the town hall.',
      solution: 'Publish them online within a week, in Arabic, Amazigh and French.',
      theme: 'ati',
      locale: 'en',
      author: { email: 'amina@example.ma', ageRange: '30-39' },
      consent: true,
    });
    expect(post.url).not.to.contain('amina');
    expect(query(el, '[part~=reference]').textContent!.trim()).to.equal('P-2026-0042');
    expect(query<HTMLAnchorElement>(el, '.receipt a').href).to.equal(receipt.trackUrl);
    expect(el.shadowRoot!.activeElement).to.equal(query(el, '#receipt-heading'));
    expect(submitted[0].detail).to.include({ reference: 'P-2026-0042', via: 'post' });
    expect(submitted[0].composed).to.equal(true);
    expect(readDraft(POST_URL)).to.equal(undefined);
    await expect(el).to.be.accessible();
    queryAll<HTMLButtonElement>(el, '.receipt button').find((b) => b.textContent!.includes('Send another'))!.click();
    await waitForState(el, 'idle');
    expect(value(el, 'title')).to.equal('');
  });

  it('copies the reference, with a fallback when the clipboard is refused', async () => {
    const { el } = await ready({ [POST]: { status: 201, body: receipt } });
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'submitted');
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    const copy = () => queryAll<HTMLButtonElement>(el, '.receipt button').find((b) => b.textContent!.includes('Copy'))!.click();
    copy();
    await until(() => textOf(el).includes('Reference copied.'));
    expect(copied).to.deep.equal(['P-2026-0042']);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    copy();
    await until(() => window.getSelection()!.toString() === 'P-2026-0042', 3000, 'selection');
    delete (navigator as { clipboard?: unknown }).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  });

  it('keeps the draft across a reload, says so, and lets the person discard it', async () => {
    const { el } = await ready({});
    type(el, 'title', 'Night buses');
    type(el, 'problem', 'No bus after 21:00.');
    type(el, 'name', 'Amina');
    el.remove();
    stubFetch({ [FORM]: { body: formConfig() } });
    const again = await mountForm();
    await waitForState(again, 'idle');
    expect(value(again, 'title')).to.equal('Night buses');
    expect(value(again, 'problem')).to.equal('No bus after 21:00.');
    expect(value(again, 'name'), 'personal data is never kept on the device').to.equal('');
    expect(JSON.stringify(localStorage)).not.to.contain('Amina');
    expect(query(again, '[part~=restored]').textContent).to.contain('was restored');
    await expect(again).to.be.accessible();
    const discard = query<HTMLButtonElement>(again, '[part~=restored] button');
    discard.click();
    await again.updateComplete;
    expect(value(again, 'title')).to.equal('');
    expect(readDraft(POST_URL)).to.equal(undefined);
    expect(query(again, '[part~=restored]')).to.equal(null);
  });

  it('keeps everything after a failure and reuses the same Idempotency-Key on every retry, even after a reload', async () => {
    const { el, requests } = await ready({
      [POST]: [{ status: 503, body: { error: 'down' } }, { networkError: true }, { status: 500, body: {} }, { status: 201, body: receipt }],
    });
    const errors: CustomEvent[] = [];
    el.addEventListener('og-error', (e) => errors.push(e as CustomEvent));
    fillRequired(el);
    type(el, 'expectedResult', 'Everyone can read them.');
    await submit(el);
    await waitForState(el, 'error');
    expect(query(el, '#failure').textContent).to.contain('has not been sent yet');
    expect(query(el, '#failure').textContent).to.contain('Try again in a moment');
    expect(el.shadowRoot!.activeElement).to.equal(query(el, '#failure'));
    expect(errors[0].detail).to.include({ kind: 'http', status: 503, reason: 'server', source: 'submit' });
    expect(value(el, 'expectedResult')).to.equal('Everyone can read them.');
    expect(readDraft(POST_URL)?.values.expectedResult).to.equal('Everyone can read them.');
    await expect(el).to.be.accessible();
    await submit(el);
    await waitForState(el, 'error');
    expect(query(el, 'button[type=submit]').textContent).to.contain('Send again');
    // The person closes the page and comes back later.
    el.remove();
    const stored = readDraft(POST_URL)!;
    const again = await mountForm();
    await waitForState(again, 'idle');
    tick(again);
    await submit(again);
    await waitForState(again, 'error');
    await submit(again);
    await waitForState(again, 'submitted');
    const keys = postsOf(requests).map(keyOf);
    expect(keys).to.have.length(4);
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.equal(stored.idempotencyKey);
    expect(readDraft(POST_URL)).to.equal(undefined);
  });

  it('uses a new Idempotency-Key for the next proposal', async () => {
    const { el, requests } = await ready({ [POST]: { status: 201, body: receipt } });
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'submitted');
    queryAll<HTMLButtonElement>(el, '.receipt button').find((b) => b.textContent!.includes('Send another'))!.click();
    await waitForState(el, 'idle');
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'submitted');
    const keys = postsOf(requests).map(keyOf);
    expect(keys[0]).not.to.equal(keys[1]);
  });

  it('shows the server’s 422 messages beside their fields, as text', async () => {
    const { el } = await ready({
      [POST]: {
        status: 422,
        body: { errors: { title: { fr: 'Titre refusé', en: 'This title was <b>refused</b>' }, 'author.email': 'Unknown domain', other: 'Something else' } },
      },
    });
    fillRequired(el);
    type(el, 'email', 'a@b.example');
    await submit(el);
    await waitForState(el, 'error');
    await el.updateComplete;
    expect(query(el, '#f-title-error').textContent).to.contain('This title was <b>refused</b>');
    expect(query(el, '#f-title-error b')).to.equal(null);
    expect(query(el, '#f-title').getAttribute('aria-invalid')).to.equal('true');
    expect(query(el, '#f-email-error').textContent).to.contain('Unknown domain');
    expect(query(el, '#error-summary').textContent).to.contain('Something else');
    expect(el.shadowRoot!.activeElement).to.equal(query(el, '#error-summary'));
    expect(readDraft(POST_URL)?.values.title).to.equal('Publish the council’s decisions');
    await expect(el).to.be.accessible();
    type(el, 'title', 'A better title');
    await el.updateComplete;
    expect(query(el, '#f-title-error')).to.equal(null);
  });

  it('honours Retry-After on 429: says when, and blocks the button until then', async () => {
    const { el, requests } = await ready({ [POST]: [{ status: 429, body: {}, headers: { 'retry-after': '1' } }, { status: 201, body: receipt }] });
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'error');
    const button = query<HTMLButtonElement>(el, 'button[type=submit]');
    expect(button.disabled).to.equal(true);
    expect(query(el, '#retry-at').textContent).to.contain('The server asks to wait 1 second:');
    await submit(el);
    expect(postsOf(requests)).to.have.length(1);
    await until(() => !query<HTMLButtonElement>(el, 'button[type=submit]').disabled, 5000, 'the button to come back');
    expect(textOf(el)).to.contain('You can send your proposal again now.');
    await submit(el);
    await waitForState(el, 'submitted');
  });

  it('says so when the server is too slow, and keeps the draft', async () => {
    stubFetch({ [FORM]: { body: formConfig() }, [POST]: { hang: true } });
    const el = await fixture<OgProposalForm>(html`<og-proposal-form api=${API} timeout="200" min-fill-time="0"></og-proposal-form>`);
    await waitForState(el, 'idle');
    fillRequired(el);
    await submit(el);
    expect(el.getAttribute('state')).to.equal('submitting');
    expect(query<HTMLButtonElement>(el, 'button[type=submit]').disabled).to.equal(true);
    await waitForState(el, 'error');
    expect(textOf(el)).to.contain('took too long');
    expect(readDraft(POST_URL)?.values.title).to.equal('Publish the council’s decisions');
  });

  it('silently refuses a filled honeypot and a too-quick submission', async () => {
    const { el, requests } = await ready({ [POST]: { status: 201, body: receipt } });
    const honeypot = query<HTMLInputElement>(el, 'input[name=website]');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden=true]')).to.exist;
    honeypot.value = 'http://spam.example';
    fillRequired(el);
    await submit(el);
    expect(postsOf(requests)).to.have.length(0);
    expect(query(el, '#spam-notice').textContent).to.contain('take a moment');
    el.remove();
    clearDrafts();
    const quick = await mountForm({ minFill: 60 });
    await waitForState(quick, 'idle');
    fillRequired(quick);
    await submit(quick);
    expect(postsOf(requests)).to.have.length(0);
    expect(query(quick, '#spam-notice')).to.exist;
  });

  it('in kiosk mode keeps nothing on the device and resets after inactivity', async () => {
    const { el, requests } = await ready({ [POST]: { status: 201, body: receipt } }, { kiosk: true, idleReset: 1 });
    fillRequired(el);
    type(el, 'name', 'Said');
    expect(readDraft(POST_URL)).to.equal(undefined);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('og-proposal-draft:'))).to.have.length(0);
    await until(() => value(el, 'title') === '', 5000, 'the inactivity reset');
    expect(value(el, 'name')).to.equal('');
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'submitted');
    expect(postsOf(requests)).to.have.length(1);
    el.dispatchEvent(new Event('pointerdown'));
    await waitForState(el, 'idle');
    expect(value(el, 'title')).to.equal('');
    expect(getComputedStyle(el).fontSize).to.equal('20px');
  });

  it('hands the proposal to the mail app for a mailto: action, without personal data', async () => {
    const { el, requests } = await ready({}, { action: 'mailto:participation@commune.example.ma' });
    const opened: string[] = [];
    (el as unknown as { openMailto: (l: string) => void }).openMailto = (link) => opened.push(link);
    expect(query(el, '[name=email]')).to.equal(null);
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'submitted');
    expect(postsOf(requests)).to.have.length(0);
    expect(opened[0]).to.match(/^mailto:participation@commune\.example\.ma\?subject=/);
    const body = decodeURIComponent(opened[0].split('body=')[1]);
    expect(body).to.contain('Publish them online within a week');
    expect(query<HTMLAnchorElement>(el, '.receipt a').href).to.equal(opened[0]);
    await expect(el).to.be.accessible();
    expect(readDraft('mailto:participation@commune.example.ma')?.values.title, 'kept until the person says it is sent').to.exist;
    queryAll<HTMLButtonElement>(el, '.receipt button').find((b) => b.textContent!.includes('I sent it'))!.click();
    await waitForState(el, 'idle');
    expect(readDraft('mailto:participation@commune.example.ma')).to.equal(undefined);
  });

  it('posts to the action URL when one is given', async () => {
    const { el, requests } = await ready({ 'https://forms.example.org/in': { status: 200, body: { reference: 42 } } }, { action: 'https://forms.example.org/in' });
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'submitted');
    expect(postsOf(requests)[0].url).to.equal('https://forms.example.org/in');
    expect(query(el, '#reference').textContent).to.equal('42');
  });

  it('says when proposals open, and when they closed', async () => {
    const upcoming = await ready({ [FORM]: { body: formConfig({ opens: '2026-03-01T09:00:00+01:00' }) } });
    expect(upcoming.el.getAttribute('window')).to.equal('upcoming');
    expect(textOf(upcoming.el)).to.contain('Proposals can be sent from 1 March 2026');
    expect(query(upcoming.el, 'form')).to.equal(null);
    await expect(upcoming.el).to.be.accessible();
    upcoming.el.remove();
    const closed = await ready({ [FORM]: { body: formConfig({ open: false, closes: '2025-10-06T23:59:00+01:00' }) } });
    expect(closed.el.getAttribute('window')).to.equal('closed');
    expect(textOf(closed.el)).to.contain('Proposals closed on 6 October 2025');
    await expect(closed.el).to.be.accessible();
  });

  it('requires contact details when form.json says so', async () => {
    const { el, requests } = await ready({ [FORM]: { body: formConfig({ contact: { required: true } }) } });
    fillRequired(el);
    await submit(el);
    expect(postsOf(requests)).to.have.length(0);
    expect(query(el, '#error-summary').textContent).to.contain('Enter your name');
    expect(query(el, '#error-summary').textContent).to.contain('email address or a phone number');
    type(el, 'name', 'Amina');
    type(el, 'phone', '06 12 34 56 78');
    query(el, '#f-title').focus();
    await el.updateComplete;
    expect(query(el, '#f-email-error')).to.equal(null);
  });

  it('drops unsafe links from the settings and from the server', async () => {
    const { el } = await ready({
      [FORM]: { body: formConfig({ privacyNoticeUrl: 'javascript:alert(1)', themes: [{ id: 'x', label: '<img src=x onerror=alert(1)>' }, { label: 'no id' }] }) },
      [POST]: { status: 201, body: { reference: 'P-1', trackUrl: 'javascript:alert(1)' } },
    });
    expect(queryAll(el, 'a').filter((a) => a.getAttribute('href')?.startsWith('javascript'))).to.have.length(0);
    expect(queryAll(el, 'select[name=theme] option')[1].textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(queryAll(el, 'img')).to.have.length(0);
    fillRequired(el);
    await submit(el);
    await waitForState(el, 'submitted');
    expect(queryAll(el, '.receipt a')).to.have.length(0);
  });

  it('says when no address is configured', async () => {
    const el = await fixture<OgProposalForm>(html`<og-proposal-form></og-proposal-form>`);
    await waitForState(el, 'error');
    expect(textOf(el)).to.contain('No data source is set');
  });

  it('announces the counters after a pause, not on every keystroke', async () => {
    const { el } = await ready({});
    type(el, 'title', 'Benches');
    await el.updateComplete;
    expect(query(el, '#f-title ~ .counter').textContent).to.contain('Characters left: 33');
    const live = query(el, 'form > [role=status]');
    expect(live.textContent!.trim()).to.equal('');
    await until(() => live.textContent!.includes('Characters left: 33'), 4000, 'the announcement');
  });

  for (const locale of ['fr', 'ar', 'zgh'] as const) {
    it(`speaks ${locale}, in every state, accessibly`, async () => {
      await useLocale(locale);
      const { el } = await ready({ [POST]: [{ status: 503, body: {} }, { status: 201, body: receipt }] });
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(query(el, '#form-heading').textContent).not.to.equal('Your proposal');
      if (locale !== 'zgh') expect(queryAll(el, 'select[name=theme] option')[1].textContent).to.equal(locale === 'fr' ? "Accès à l'information" : 'الحق في الحصول على المعلومات');
      await expect(el).to.be.accessible();
      await submit(el);
      await el.updateComplete;
      expect(query(el, '#error-summary h3').textContent).not.to.equal('There is a problem');
      await expect(el).to.be.accessible();
      fillRequired(el);
      await submit(el);
      await waitForState(el, 'error');
      expect(textOf(el)).not.to.contain('has not been sent yet');
      await expect(el).to.be.accessible();
      await submit(el);
      await waitForState(el, 'submitted');
      expect(JSON.parse(el.shadowRoot!.textContent!.includes('P-2026-0042') ? '1' : '0')).to.equal(1);
      await expect(el).to.be.accessible();
    });
  }
});
