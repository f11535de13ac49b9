import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/consultation-calendar/index.js';
import type { OgConsultationCalendar } from '../../src/consultation-calendar/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { ALL_TEXT_PAYLOADS, resetXssFlag, URL_PAYLOADS } from '../helpers/xss-payloads.js';
import { Fields, SHAPES } from './fields.js';
import { catchingPageErrors, expectNoInjection, openEverything, settle, shadowText } from './inspect.js';

const NOW = '2026-12-05T12:00:00+00:00';

function eventsFor(f: Fields) {
  const common = (n: string) => ({
    title: f.text(`title-${n}`),
    description: f.text(`description-${n}`),
    theme: f.text(`theme-${n}`),
    organizer: f.text(`organizer-${n}`),
    location: { name: f.text(`place-${n}`), address: f.text(`address-${n}`), lat: 34.68, lon: -1.91 },
    onlineUrl: f.url(),
    url: f.url(),
    agenda: [{ start: '09:00', end: '10:00', title: f.text(`agenda-${n}`) }],
  });
  return {
    updatedAt: '2026-11-20T10:00:00+00:00',
    events: [
      {
        id: `${f.payload}-upcoming`,
        ...common('upcoming'),
        start: '2026-12-10T16:00:00+00:00',
        end: '2026-12-10T18:30:00+00:00',
        registration: { opens: '2026-11-15', closes: '2026-12-08', url: f.url(), capacity: 100, registered: 10 },
      },
      {
        id: `${f.payload}-past`,
        ...common('past'),
        start: '2026-12-01T16:00:00+00:00',
        end: '2026-12-01T18:30:00+00:00',
        status: 'completed',
        outcome: { summary: f.text('outcome-past'), reportUrl: f.url(), participants: { total: 3, women: 2, men: 1 } },
      },
    ],
  };
}

/** RFC 5545 TEXT escaping, written here (not the widget's) so that a bug there cannot hide one here. */
const esc = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

function icsFor(f: Fields): string {
  const event = (n: string, start: string, end: string) => [
    'BEGIN:VEVENT',
    `UID:${esc(`${f.payload}-${n}`)}`,
    `DTSTAMP:20261120T100000Z`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${esc(f.plain(`summary-${n}`))}`,
    `DESCRIPTION:${esc(f.plain(`description-${n}`))}`,
    `LOCATION:${esc(f.plain(`location-${n}`))}`,
    `CATEGORIES:${esc(f.plain(`categories-${n}`))}`,
    `URL:${f.url().replace(/[\r\n]/g, '')}`,
    `CONFERENCE;VALUE=URI:${f.url().replace(/[\r\n]/g, '')}`,
    'END:VEVENT',
  ];
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//xss//EN', ...event('upcoming', '20261210T150000Z', '20261210T170000Z'), ...event('past', '20261201T150000Z', '20261201T170000Z'), 'END:VCALENDAR'].join('\r\n');
}

async function render(body: string | object, src: string): Promise<OgConsultationCalendar> {
  stubFetch({ [src.slice(src.lastIndexOf('/'))]: { body } });
  const el = await fixture<OgConsultationCalendar>(html`<og-consultation-calendar src=${src} now=${NOW}></og-consultation-calendar>`);
  await waitForState(el, 'ready');
  return el;
}

/** The list with every agenda open, then the month view and each day with an event. */
async function visitEverything(el: OgConsultationCalendar, what: string): Promise<string> {
  const seen: string[] = [];
  const look = () => {
    expectNoInjection(el, what);
    seen.push(shadowText(el));
  };
  await openEverything(el);
  await settle(el);
  look();
  expect(el.shadowRoot!.querySelectorAll('li.card').length, 'both events listed').to.equal(2);
  el.view = 'month';
  // The month view's module loads when it is first shown.
  await waitUntil(() => el.shadowRoot!.querySelector('[role=grid]'), 'month grid shown');
  await settle(el);
  look();
  for (const day of ['2026-12-01', '2026-12-10']) {
    el.shadowRoot!.querySelector<HTMLElement>(`td[data-day="${day}"]`)!.click();
    await el.updateComplete;
    await openEverything(el);
    await settle(el);
    look();
    expect(el.shadowRoot!.querySelector('.day-panel li.card'), `${day} panel`).to.exist;
  }
  return seen.join(' ');
}

describe('XSS corpus: <og-consultation-calendar>', function () {
  this.timeout(60_000);
  beforeEach(resetXssFlag);
  afterEach(resetPage);

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    const shape = SHAPES[index % SHAPES.length];
    it(`JSON: payload #${index} (${shape}) is text in every field, list and month views: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, shape, index);
      const { result: text, errors } = await catchingPageErrors(async () => visitEverything(await render(eventsFor(f), 'https://data.example.ma/events.json'), `payload #${index}`));
      f.expectShown(text);
      expect(errors).to.deep.equal([]);
    });
  });

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    it(`iCalendar: payload #${index} in SUMMARY, DESCRIPTION, LOCATION, CATEGORIES, URL is text: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, 'string', index);
      const { result: text, errors } = await catchingPageErrors(async () => visitEverything(await render(icsFor(f), 'https://data.example.ma/events.ics'), `payload #${index}`));
      f.expectShown(text);
      expect(errors).to.deep.equal([]);
    });
  });

  it('drops every unsafe URL payload from every link field (JSON)', async () => {
    for (const bad of URL_PAYLOADS) {
      const f = new Fields('x', 'string');
      f.url = () => bad;
      const el = await render(eventsFor(f), 'https://data.example.ma/events.json');
      await visitEverything(el, bad);
      const external = [...el.shadowRoot!.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href')!.startsWith('https://www.openstreetmap.org/'));
      for (const a of external) expect(new URL(a.getAttribute('href')!, document.baseURI).origin, bad).to.equal(location.origin);
      el.remove();
    }
  });
});
