import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/consultation-calendar/index.js';
import type { OgConsultationCalendar } from '../../src/consultation-calendar/index.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { captureDownload } from '../helpers/download.js';
import { event, eventsDocument } from './fixtures.js';

const SRC = 'https://data.example.ma/opengov/events.json';
const NOW = '2026-11-25T12:00:00+00:00';

async function calendar(answers: Parameters<typeof stubFetch>[0], opts: { src?: string; view?: string; month?: string; now?: string; viewer?: string } = {}) {
  const requests = stubFetch(answers);
  const el = await fixture<OgConsultationCalendar>(
    html`<og-consultation-calendar
      src=${opts.src ?? SRC}
      view=${opts.view ?? 'list'}
      month=${opts.month ?? ''}
      now=${opts.now ?? NOW}
      viewer-time-zone=${opts.viewer ?? 'Africa/Casablanca'}
    ></og-consultation-calendar>`,
  );
  return { el, requests };
}

/** The month view loads lazily when a list is switched to it: wait for its grid. */
const monthShown = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('[role=grid]'), 'month grid shown');

const cardTitles = (el: Element) => queryAll(el, '.card .title-text').map((t) => t.textContent!.trim());
const card = (el: Element, text: string) => queryAll(el, '.card').find((c) => c.textContent!.includes(text))!;

describe('<og-consultation-calendar>', () => {
  afterEach(resetPage);

  it('lists upcoming events first (soonest first), then past ones, and fires og-load', async () => {
    stubFetch({ 'events.json': { body: eventsDocument() } });
    const el = document.createElement('og-consultation-calendar');
    el.src = SRC;
    el.now = NOW;
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('og-load', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(el);
    const ev = await loaded;
    await waitForState(el, 'ready');
    expect(ev.detail.data.events).to.have.length(4);
    expect(ev.composed).to.equal(true);
    const sections = queryAll(el, 'section.section h3').map((h) => h.textContent!.trim());
    expect(sections).to.deep.equal(['Upcoming', 'Past']);
    expect(cardTitles(el)).to.deep.equal([
      'Neighbourhood meeting: street lighting',
      'Public meeting: 2027 participatory budget',
      'Second consultation meeting (Oriental region)',
      'Consultation on innovation and digital governance',
    ]);
    expect(textOf(el)).to.contain('4 of 4 events shown');
    expect(textOf(el)).to.contain('Last updated');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows the Oujda meeting with its time in Casablanca, agenda and outcome (60 = 27 women + 33 men)', async () => {
    const { el } = await calendar({ 'events.json': { body: eventsDocument() } });
    await waitForState(el, 'ready');
    const oujda = card(el, 'Second consultation meeting');
    expect(oujda.querySelector('time')!.textContent).to.match(/Thursday.*19 October 2023.*09:00.*15:30/);
    expect(oujda.querySelector('time')!.getAttribute('datetime')).to.equal('2023-10-19T08:00:00.000Z');
    expect(oujda.querySelector('.viewer-time')).to.equal(null); // the viewer is in Casablanca too
    expect(oujda.textContent).to.contain('60 participants: 27 women, 33 men');
    expect(oujda.textContent).to.contain('Registration closed');
    expect(oujda.querySelector('summary')!.textContent).to.contain('Agenda (2 items)');
    expect(oujda.querySelector('.agenda')!.textContent).to.match(/11:50–14:30\s+Parallel thematic workshops/);
    expect(oujda.querySelector<HTMLAnchorElement>('.outcome a')!.href).to.equal('https://gouvernement-ouvert.example.ma/rapport-oujda.pdf');
    const online = card(el, 'innovation and digital governance');
    expect(online.textContent).to.contain('179 registered');
    expect(online.textContent).to.contain('43 participants');
    expect(online.textContent).to.contain('Online');
  });

  it("shows the viewer's own time beside it when their time zone differs", async () => {
    const { el } = await calendar({ 'events.json': { body: eventsDocument() } }, { viewer: 'Europe/Paris' });
    await waitForState(el, 'ready');
    const viewer = card(el, 'Second consultation meeting').querySelector('.viewer-time')!;
    expect(viewer.textContent).to.match(/Your time \(.+\):.*10:00.*16:30/);
    await expect(el).to.be.accessible();
  });

  it('computes the registration state from the injected clock: not yet open, open until …, full, closed', async () => {
    const doc = eventsDocument();
    const { el } = await calendar({ 'events.json': { body: doc } }, { now: '2026-11-01T12:00:00+00:00' });
    await waitForState(el, 'ready');
    const reg = () => card(el, '2027 participatory budget').querySelector('.registration')!;
    expect(reg().textContent).to.contain('Registration opens on');
    expect(reg().textContent).to.contain('15 November 2026');
    el.now = '2026-11-25T12:00:00+00:00';
    await el.updateComplete;
    expect(reg().textContent).to.contain('Registration open until');
    expect(reg().textContent).to.contain('December 2026');
    expect(reg().textContent).to.contain('74 registered for 120 places · 46 places left');
    expect(reg().querySelector<HTMLAnchorElement>('a')!.href).to.equal('https://www.example.ma/inscription');
    el.now = '2026-12-09T12:00:00+00:00';
    await el.updateComplete;
    expect(reg().textContent).to.contain('Registration closed');
    expect(reg().querySelector('a')).to.equal(null);
    const full = eventsDocument();
    full.events[2].registration!.registered = 120;
    const second = await calendar({ 'events.json': { body: full } });
    await waitForState(second.el, 'ready');
    expect(card(second.el, '2027 participatory budget').textContent).to.contain('Full: no places left');
    await expect(second.el).to.be.accessible();
  });

  it('makes cancelled and postponed events impossible to miss (text, not color alone)', async () => {
    const doc = eventsDocument();
    doc.events.push(event({ id: 'pp', title: 'Action programme consultation', status: 'postponed', start: '2026-12-17T09:30:00+00:00', end: undefined }));
    const { el } = await calendar({ 'events.json': { body: doc } });
    await waitForState(el, 'ready');
    const cancelled = card(el, 'street lighting');
    expect(cancelled.querySelector('[part~=status-banner]')!.textContent).to.contain('Cancelled: this meeting will not take place.');
    expect(cancelled.querySelector('h4')!.textContent).to.contain('Cancelled:');
    expect(card(el, 'Action programme').querySelector('[part~=status-banner]')!.textContent).to.contain('Postponed');
    await expect(el).to.be.accessible();
  });

  it('links the place to OpenStreetMap and loads no map tiles or third-party content', async () => {
    const { el, requests } = await calendar({ 'events.json': { body: eventsDocument() } });
    await waitForState(el, 'ready');
    const link = card(el, '2027 participatory budget').querySelector<HTMLAnchorElement>('.place a')!;
    expect(link.href).to.equal('https://www.openstreetmap.org/?mlat=34.6826&mlon=-1.9078#map=17/34.6826/-1.9078');
    expect(el.shadowRoot!.querySelector('iframe, img, object, embed')).to.equal(null);
    expect(requests.map((r) => r.url)).to.deep.equal([SRC]);
  });

  it('filters by theme, mode and time, searches, and announces the count', async () => {
    const { el } = await calendar({ 'events.json': { body: eventsDocument() } });
    await waitForState(el, 'ready');
    const select = (name: string) => query<HTMLSelectElement>(el, `select[name=${name}]`);
    select('mode').value = 'online';
    select('mode').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardTitles(el)).to.deep.equal(['Consultation on innovation and digital governance']);
    expect(query(el, '[aria-live=polite]').textContent).to.contain('1 of 4 events shown');
    select('mode').value = '';
    select('mode').dispatchEvent(new Event('change'));
    select('when').value = 'upcoming';
    select('when').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardTitles(el)).to.have.length(2);
    expect(queryAll(el, 'section.section h3').map((h) => h.textContent!.trim())).to.deep.equal(['Upcoming']);
    select('when').value = 'all';
    select('when').dispatchEvent(new Event('change'));
    select('theme').value = 'Participatory budget';
    select('theme').dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardTitles(el)).to.deep.equal(['Public meeting: 2027 participatory budget']);
    select('theme').value = '';
    select('theme').dispatchEvent(new Event('change'));
    await el.updateComplete;
    query<HTMLInputElement>(el, 'input[type=search]').focus();
    await sendKeys({ type: 'ateliers' }); // French text of an English-shown event is found too
    await el.updateComplete;
    expect(cardTitles(el)).to.deep.equal(['Second consultation meeting (Oriental region)']);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(textOf(el)).to.contain('No event matches these filters.');
    query(el, '.state-box button').click();
    await el.updateComplete;
    expect(cardTitles(el)).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('shows a month as an ARIA grid: weeks from Monday, today marked, roving tabindex', async () => {
    await useLocale('fr');
    const { el } = await calendar({ 'events.json': { body: eventsDocument() } }, { view: 'month' });
    await waitForState(el, 'ready');
    const grid = query(el, 'table[role=grid]');
    expect(query(el, '#month-title').textContent).to.match(/novembre 2026/);
    expect(grid.getAttribute('aria-labelledby')).to.equal('month-title');
    const headers = queryAll(el, 'th[role=columnheader] .visually-hidden').map((h) => h.textContent);
    expect(headers[0]).to.equal('lundi');
    expect(headers[6]).to.equal('dimanche');
    const today = query(el, '[aria-current=date]');
    expect(today.dataset.day).to.equal('2026-11-25');
    expect(today.getAttribute('tabindex')).to.equal('0');
    expect(queryAll(el, '[role=gridcell][tabindex="0"]')).to.have.length(1);
    expect(queryAll(el, 'tbody tr')[0].querySelectorAll('[role=gridcell]')).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('moves through days with arrows, Home/End, Page Up/Down, and opens a day with Enter', async () => {
    const { el } = await calendar({ 'events.json': { body: eventsDocument() } }, { view: 'month', month: '2023-10', now: '2023-10-05T10:00:00+01:00' });
    await waitForState(el, 'ready');
    const focused = () => el.shadowRoot!.activeElement as HTMLElement;
    query(el, '[data-day="2023-10-05"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused().dataset.day).to.equal('2023-10-06');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused().dataset.day).to.equal('2023-10-20');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused().dataset.day).to.equal('2023-10-19');
    expect(focused().textContent).to.match(/19 October 2023: 1 event\b/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused().getAttribute('aria-selected')).to.equal('true');
    const panel = query(el, '[part~=day-panel]');
    expect(panel.querySelector('h3')!.textContent).to.match(/Events on Thursday,? 19 October 2023/);
    expect(panel.textContent).to.contain('Second consultation meeting');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused().dataset.day).to.equal('2023-10-16');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused().dataset.day).to.equal('2023-10-22');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(focused().dataset.day).to.equal('2023-11-22');
    expect(query(el, '#month-title').textContent).to.contain('November 2023');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused().dataset.day).to.equal('2023-12-06');
    expect(query(el, '#month-title').textContent).to.contain('December 2023');
    expect(queryAll(el, '[role=gridcell][tabindex="0"]')).to.have.length(1);
    query<HTMLButtonElement>(el, '.month-nav .prev').click();
    await el.updateComplete;
    expect(query(el, '#month-title').textContent).to.contain('November 2023');
  });

  it('mirrors the arrow keys in Arabic (right-to-left)', async () => {
    await useLocale('ar');
    const { el } = await calendar({ 'events.json': { body: eventsDocument() } }, { view: 'month', month: '2023-10', now: '2023-10-05T10:00:00+01:00' });
    await waitForState(el, 'ready');
    expect(el.getAttribute('dir')).to.equal('rtl');
    query(el, '[data-day="2023-10-05"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.day).to.equal('2023-10-06');
    expect(textOf(el)).not.to.match(/[٠-٩]/);
    await expect(el).to.be.accessible();
  });

  it('downloads a valid .ics for an event through a Blob URL, parsed back to the same times and text', async () => {
    const { el } = await calendar({ 'events.json': { body: eventsDocument() } });
    await waitForState(el, 'ready');
    // The export loads on the click (lazily), so the file follows it.
    const download = await captureDownload(() => card(el, 'Second consultation meeting').querySelector<HTMLButtonElement>('button.add')!.click());
    expect(`${download.name} ${download.href}`).to.equal('oujda-2023.ics blob:test');
    expect(download.blob.type).to.contain('text/calendar');
    const ics = await download.blob.text();
    const ve = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(ve);
    expect(parsed.startDate.toJSDate().toISOString()).to.equal('2023-10-19T08:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).to.equal('2023-10-19T14:30:00.000Z');
    expect(parsed.summary).to.equal('Second consultation meeting (Oriental region)');
    expect(parsed.location).to.equal('Dar El Kahraba, Oujda');
    expect(String(ve.getFirstPropertyValue('dtstamp'))).to.equal('2026-11-25T12:00:00Z');
    expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);
  });

  it('reads an iCalendar feed (loaded only for .ics), offers its https address to subscribe', async () => {
    const feed = await (await fetch('/demo/data/events.ics')).text();
    const src = 'https://data.example.ma/opengov/events.ics';
    const { el } = await calendar({ 'events.ics': { body: feed } }, { src });
    await waitForState(el, 'ready');
    const subscribe = query<HTMLAnchorElement>(el, '.subscribe a');
    expect(subscribe.href).to.equal(src);
    expect(query(el, '.feed-url').textContent).to.equal(src);
    expect(cardTitles(el)).to.include('Réunion publique : budget participatif 2027');
    expect(queryAll(el, '.card').some((c) => c.textContent!.includes('Repeats'))).to.equal(true);
    expect(card(el, 'éclairage public').querySelector('[part~=status-banner]')!.textContent).to.contain('Cancelled');
    expect(card(el, "programme d'action").querySelector('[part~=status-banner]')!.textContent).to.contain('Postponed');
    await expect(el).to.be.accessible();
  });

  it('shows a feed with malformed lines, skipping what it cannot read, with the notice', async () => {
    const bad = await (await fetch('/demo/data/invalid/events.ics')).text();
    const { el } = await calendar({ 'feed.ics': { body: bad } }, { src: 'https://data.example.ma/feed.ics' });
    await waitForState(el, 'ready');
    expect(query(el, '[part~=partial]').textContent).to.contain('Items not shown because their data is not valid: 5');
    const search = query<HTMLInputElement>(el, 'input[type=search]');
    search.value = 'réunion valide';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(cardTitles(el)).to.deep.equal(['Réunion valide', 'Deuxième réunion valide']);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads format="ical" from any address', async () => {
    const feed = await (await fetch('/demo/data/events.ics')).text();
    stubFetch({ '/calendar': { body: feed } });
    const el = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src="https://data.example.ma/calendar" format="ical" now=${NOW}></og-consultation-calendar>`);
    await waitForState(el, 'ready');
    expect(queryAll(el, '.card').length).to.be.greaterThan(3);
  });

  it('shows a skeleton while loading, the empty state, and an error with a working retry', async () => {
    const loading = await calendar({ 'events.json': { hang: true } });
    expect(loading.el.getAttribute('state')).to.equal('loading');
    expect(query(loading.el, '.skeleton')).to.exist;
    await expect(loading.el).to.be.accessible();
    loading.el.remove();

    const empty = await calendar({ 'empty/events.json': { body: eventsDocument({ events: [] }) } }, { src: 'https://data.example.ma/empty/events.json' });
    await waitForState(empty.el, 'empty');
    expect(textOf(empty.el)).to.contain('No consultation is planned or recorded yet.');
    await expect(empty.el).to.be.accessible();

    const { el, requests } = await calendar({ 'failing/events.json': [{ status: 503, body: {} }, { status: 503, body: {} }, { body: eventsDocument() }] }, { src: 'https://data.example.ma/failing/events.json' });
    await waitForState(el, 'error');
    expect(query(el, '[role=alert]').textContent).to.contain('The server had a problem');
    await expect(el).to.be.accessible();
    query(el, '[role=alert] button').click();
    await waitForState(el, 'ready');
    expect(requests).to.have.length(3);
  });

  it('shows the last good copy, dated, when the network fails later', async () => {
    const first = await calendar({ 'events.json': { body: eventsDocument() } });
    await waitForState(first.el, 'ready');
    first.el.remove();
    const { el } = await calendar({ 'events.json': { networkError: true } });
    await waitForState(el, 'ready');
    expect(queryAll(el, '.card')).to.have.length(4);
    expect(query(el, '[part~=offline]').textContent).to.match(/Offline — data as of/);
    await expect(el).to.be.accessible();
  });

  it('skips bad events (end before start, unknown zone) with the notice, renders payloads as text, drops javascript: links', async () => {
    const doc = eventsDocument();
    doc.events.push(
      event({ id: 'x1', title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>', onlineUrl: 'javascript:window.__pwned=1', mode: 'online' }),
      event({ id: 'x2', start: '2026-12-05T18:00:00+00:00', end: '2026-12-05T09:00:00+00:00' }),
      event({ id: 'x3', timeZone: 'Nowhere/Atlantis' }),
      event({ id: 'x4', title: 'Far away', start: '2099-06-01T10:00:00+00:00', end: undefined }),
    );
    const { el } = await calendar({ 'events.json': { body: doc } });
    await waitForState(el, 'ready');
    expect(query(el, '[part~=partial]').textContent).to.contain(': 2');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(textOf(el)).to.contain('<img src=x');
    expect(textOf(el)).to.contain('Far away');
    const hrefs = queryAll<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.startsWith('javascript'))).to.equal(false);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    el.view = 'month';
    el.month = '2099-06';
    await monthShown(el);
    expect(query(el, '[data-day="2099-06-01"]').textContent).to.contain('1 event');
  });

  it('renders 1,000 events a page at a time', async () => {
    const many = eventsDocument({
      events: Array.from({ length: 1000 }, (_, i) =>
        event({ id: `e${i}`, title: `Meeting ${i}`, start: new Date(Date.parse('2026-01-01T10:00:00Z') + i * 86_400_000).toISOString(), end: undefined, mode: i % 2 ? 'online' : 'in-person' }),
      ),
    });
    const { el } = await calendar({ 'events.json': { body: many } });
    await waitForState(el, 'ready');
    expect(queryAll(el, '.card')).to.have.length(40); // 20 upcoming + 20 past
    expect(textOf(el)).to.contain('1,000 of 1,000 events shown');
    query<HTMLButtonElement>(el, 'button.more').click();
    await el.updateComplete;
    expect(queryAll(el, '.card')).to.have.length(60);
    el.view = 'month';
    await monthShown(el);
    expect(queryAll(el, '[role=gridcell].has-events').length).to.be.greaterThan(27);
  });

  for (const locale of ['fr', 'ar', 'zgh', 'en'] as const) {
    it(`speaks ${locale} in both views, with the right direction, and stays accessible`, async () => {
      await useLocale(locale);
      const { el } = await calendar({ 'events.json': { body: eventsDocument() } }, { viewer: 'Europe/Paris' });
      await waitForState(el, 'ready');
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      const expected = { fr: 'Consultations et réunions publiques', ar: 'الاستشارات واللقاءات العمومية', zgh: 'ⵉⵙⵇⵙⵉⵜⵏ', en: 'Consultations and public meetings' }[locale];
      expect(query(el, 'h2').textContent).to.contain(expected);
      expect(textOf(el)).not.to.match(/[٠-٩]/);
      await expect(el).to.be.accessible();
      el.view = 'month';
      await monthShown(el);
      query(el, '[aria-current=date]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
