import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/consultation-calendar/index.js';
import type { IcalReader, IcsExport, MonthView, OgConsultationCalendar } from '../../src/consultation-calendar/consultation-calendar.js';
import { query, queryAll, resetPage, stubFetch, useLocale, waitForState } from '../helpers/data-server.js';
import { eventsDocument } from './fixtures.js';

const SRC = 'https://data.example.ma/opengov/events.json';
const NOW = '2026-11-25T12:00:00+00:00';
const fetched = (pattern: RegExp) => performance.getEntriesByType('resource').some((r) => pattern.test(r.name));
// The Oujda meeting's card, found by its title in English, French or Arabic.
const addButton = (el: Element) => queryAll(el, '.card').find((c) => /Second consultation meeting|Deuxième rencontre/.test(c.textContent!))!.querySelector<HTMLButtonElement>('button.add')!;

/** Records the .ics files the widget hands to the browser instead of saving them. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('<og-consultation-calendar> loads its optional parts only when used', () => {
  afterEach(resetPage);

  it('fetches neither the iCalendar reader nor the .ics export for a JSON source; pointing at "Add to my calendar" fetches the export, so the click saves the file at once', async () => {
    stubFetch({ 'events.json': { body: eventsDocument() } });
    const el = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src=${SRC} now=${NOW}></og-consultation-calendar>`);
    await waitForState(el, 'ready');
    expect(fetched(/ical-import|ical\.js/)).to.equal(false);
    expect(fetched(/ics-export/)).to.equal(false);
    expect(fetched(/month-view|month\.ts/)).to.equal(false);
    addButton(el).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => fetched(/ics-export/), 'export fetched on pointer');
    // Fetched is not yet evaluated: wait until a click is answered synchronously.
    const capture = captureDownloads();
    try {
      await waitUntil(() => (addButton(el).click(), capture.files.length > 0), 'file saved on click');
      capture.files.length = 0;
      addButton(el).click();
      expect(capture.files.map((f) => f.name)).to.deep.equal(['oujda-2023.ics']);
    } finally {
      capture.restore();
    }
    const file = capture.files[0].blob;
    const { default: ICAL } = await import('ical.js'); // imported only now: the test checks above that nothing fetched it
    expect(file.type).to.contain('text/calendar');
    const vevent = new ICAL.Component(ICAL.parse(await file.text())).getFirstSubcomponent('vevent')!;
    expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).to.equal('2023-10-19T08:00:00.000Z');
    expect(new ICAL.Event(vevent).summary).to.equal('Second consultation meeting (Oriental region)');
  });

  it('starts the export on keyboard focus too, and saves the file on a click that comes before it arrives', async () => {
    stubFetch({ 'events.json': { body: eventsDocument() } });
    let calls = 0;
    let arrive!: () => void;
    const loader = () => {
      calls++;
      return new Promise<IcsExport>((resolve) => (arrive = () => resolve(import('../../src/consultation-calendar/ics-export.js'))));
    };
    const el = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src=${SRC} now=${NOW} .exportLoader=${loader}></og-consultation-calendar>`);
    await waitForState(el, 'ready');
    expect(calls).to.equal(0);
    addButton(el).focus();
    expect(calls).to.equal(1);
    const capture = captureDownloads();
    try {
      addButton(el).click();
      expect(capture.files).to.have.length(0);
      expect(calls).to.equal(1); // one fetch, shared by focus and click
      arrive();
      await waitUntil(() => capture.files.length === 1, 'file saved once the export arrived');
    } finally {
      capture.restore();
    }
    expect(capture.files[0].name).to.equal('oujda-2023.ics');
    expect(await capture.files[0].blob.text()).to.match(/^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:Second consultation meeting \(Oriental region\)\r\n/);
  });

  it('says so beside the button, in the page language, when the export cannot be fetched, and saves the file on the next click once it can', async () => {
    await useLocale('fr');
    stubFetch({ 'events.json': { body: eventsDocument() } });
    let load: () => Promise<IcsExport> = offline;
    const el = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src=${SRC} now=${NOW} .exportLoader=${() => load()}></og-consultation-calendar>`);
    await waitForState(el, 'ready');
    const capture = captureDownloads();
    try {
      addButton(el).click();
      await waitUntil(() => !!el.shadowRoot!.querySelector('.export-error'), 'failure shown');
      const message = query(el, '.export-error');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent!.trim()).to.equal('Le fichier d’agenda n’a pas pu être préparé : la connexion a échoué. Réessayez.');
      expect(addButton(el).getAttribute('aria-describedby')).to.equal(message.id);
      expect(capture.files).to.have.length(0);
      await expect(el).to.be.accessible();
      load = () => import('../../src/consultation-calendar/ics-export.js');
      addButton(el).click();
      await waitUntil(() => capture.files.length === 1, 'file saved on retry');
    } finally {
      capture.restore();
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.export-error')).to.equal(null);
    expect(capture.files[0].name).to.equal('oujda-2023.ics');
  });

  it('shows the localized network error with its retry when the iCalendar reader cannot be fetched, and the feed once it can', async () => {
    await useLocale('ar');
    const feed = await (await fetch('/demo/data/events.ics')).text();
    stubFetch({ 'events.ics': { body: feed } });
    let load: () => Promise<IcalReader> = offline;
    const errors: CustomEvent[] = [];
    const el = await fixture<OgConsultationCalendar>(
      html`<og-consultation-calendar src="https://data.example.ma/events.ics" now=${NOW} .icalLoader=${() => load()} @og-error=${(e: CustomEvent) => errors.push(e)}></og-consultation-calendar>`,
    );
    await waitForState(el, 'error');
    expect(errors[0].detail).to.include({ kind: 'network', reason: 'network' });
    const box = query(el, '[part="error"]');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('تعذر الاتصال بالخادم.');
    await expect(el).to.be.accessible();
    load = () => import('../../src/consultation-calendar/ical-import.js');
    query<HTMLButtonElement>(el, '[part="error"] button').click();
    await waitForState(el, 'ready');
    expect(queryAll(el, '.card').length).to.be.greaterThan(0);
  });

  it('fetches the month view when a person points at the "Month" button, and shows its grid on the click', async () => {
    stubFetch({ 'events.json': { body: eventsDocument() } });
    const el = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src=${SRC} now=${NOW}></og-consultation-calendar>`);
    await waitForState(el, 'ready');
    expect(fetched(/month-view/)).to.equal(false);
    const monthButton = queryAll<HTMLButtonElement>(el, '.view-switch button')[1];
    monthButton.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => fetched(/month-view/), 'month view fetched on pointer');
    monthButton.click();
    await waitUntil(() => !!el.shadowRoot!.querySelector('[role=grid]'), 'grid shown');
    expect(monthButton.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('with view="month", is ready only once the grid is drawn (no placeholder flash), its module fetched beside the data', async () => {
    stubFetch({ 'events.json': { body: eventsDocument() } });
    let calls = 0;
    const loader = () => (calls++, import('../../src/consultation-calendar/month-view.js'));
    const el = await fixture<OgConsultationCalendar>(
      html`<og-consultation-calendar src=${SRC} now="2023-10-05T10:00:00+01:00" view="month" month="2023-10" .monthLoader=${loader}></og-consultation-calendar>`,
    );
    expect(calls).to.equal(1); // started at the first render, while the data loads
    await waitForState(el, 'ready');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.equal(null);
    expect(query(el, '[data-day="2023-10-19"]').textContent).to.contain('1 event');
    query(el, '[data-day="2023-10-05"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.day).to.equal('2023-10-12');
    expect(calls).to.equal(1);
  });

  it('shows a loading state while the month view comes, then the localized network error with a retry when it cannot be fetched, and the list still works', async () => {
    await useLocale('zgh');
    stubFetch({ 'events.json': { body: eventsDocument() } });
    let fail!: (e: Error) => void;
    let load: () => Promise<MonthView> = () => new Promise<MonthView>((_, reject) => (fail = reject));
    const el = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src=${SRC} now=${NOW} .monthLoader=${() => load()}></og-consultation-calendar>`);
    await waitForState(el, 'ready');
    queryAll<HTMLButtonElement>(el, '.view-switch button')[1].click();
    await el.updateComplete;
    expect(query(el, '[part=month] [part=skeleton]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    fail(new TypeError('Failed to fetch dynamically imported module'));
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part=month] [part=error]'), 'error shown');
    const box = query(el, '[part=month] [part=error]');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵣⴷⴰⵢ ⵙ ⵓⵎⵙⵜⴰⴳ.');
    expect(el.getAttribute('state')).to.equal('ready'); // the data is there: only the grid is missing
    await expect(el).to.be.accessible();
    queryAll<HTMLButtonElement>(el, '.view-switch button')[0].click();
    await el.updateComplete;
    expect(queryAll(el, '.card').length).to.be.greaterThan(0);
    // Choosing the month view again tries again.
    let tries = 0;
    load = () => (tries++, offline());
    queryAll<HTMLButtonElement>(el, '.view-switch button')[1].click();
    await waitUntil(() => tries === 1 && !!el.shadowRoot!.querySelector('[part=month] [part=error]'), 'tried again, error shown');
    load = () => import('../../src/consultation-calendar/month-view.js');
    query<HTMLButtonElement>(el, '[part=month] [part=error] button').click();
    await waitUntil(() => !!el.shadowRoot!.querySelector('[role=grid]'), 'grid shown after retry');
    await expect(el).to.be.accessible();
  });
});
