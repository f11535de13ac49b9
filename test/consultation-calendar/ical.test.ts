import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { cleanLines, readICalendar } from '../../src/consultation-calendar/ical-import.js';
import { eventsInWindow, MAX_OCCURRENCES } from '../../src/consultation-calendar/occurrences.js';
import { escapeIcsText, eventToIcs, foldLine, icsFileName, uidOf } from '../../src/consultation-calendar/ics-export.js';
import { mapJsonEvent, type CalendarEvent } from '../../src/consultation-calendar/schema.js';
import { resolveText } from '../../src/core/localized-text.js';
import { zonedToUtc } from '../../src/consultation-calendar/zoned.js';
import { event } from './fixtures.js';

const CASA = 'Africa/Casablanca';
const at = (iso: string) => Date.parse(iso);
const cal = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20261120T090000Z', ...lines, 'END:VEVENT'];
const PARIS_TZ = [
  'BEGIN:VTIMEZONE',
  'TZID:Custom/Paris',
  'BEGIN:STANDARD',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

async function parse(text: string) {
  return readICalendar(text, CASA);
}

describe('consultation calendar: iCalendar input', () => {
  it('reads TZIDs (with a VTIMEZONE, or a zone the browser knows), UTC, floating and all-day times', async () => {
    const { data, skipped } = await parse(
      cal(
        ...PARIS_TZ,
        ...vevent('UID:paris', 'DTSTART;TZID=Custom/Paris:20260701T090000', 'DTEND;TZID=Custom/Paris:20260701T110000', 'SUMMARY:Paris'),
        ...vevent('UID:iana', 'DTSTART;TZID=Asia/Tokyo:20260701T090000', 'DURATION:PT1H30M', 'SUMMARY:Tokyo'),
        ...vevent('UID:utc', 'DTSTART:20231019T080000Z', 'DTEND:20231019T143000Z', 'SUMMARY:UTC'),
        ...vevent('UID:floating', 'DTSTART:20231019T090000', 'SUMMARY:Floating'),
        ...vevent('UID:allday', 'DTSTART;VALUE=DATE:20261212', 'DTEND;VALUE=DATE:20261214', 'SUMMARY:Open days'),
      ),
    );
    expect(skipped).to.equal(0);
    const byId = new Map(data.events.map((e) => [e.id, e]));
    expect(new Date(byId.get('paris')!.start).toISOString()).to.equal('2026-07-01T07:00:00.000Z');
    expect(new Date(byId.get('paris')!.end!).toISOString()).to.equal('2026-07-01T09:00:00.000Z');
    expect(new Date(byId.get('iana')!.start).toISOString()).to.equal('2026-07-01T00:00:00.000Z');
    expect(byId.get('iana')!.end! - byId.get('iana')!.start).to.equal(90 * 60_000);
    expect(new Date(byId.get('utc')!.start).toISOString()).to.equal('2023-10-19T08:00:00.000Z');
    expect(byId.get('floating')!.start).to.equal(zonedToUtc({ year: 2023, month: 10, day: 19, hour: 9, minute: 0, second: 0 }, CASA));
    const allDay = byId.get('allday')!;
    expect([allDay.allDay, allDay.startDay, allDay.endDay]).to.deep.equal([true, '2026-12-12', '2026-12-13']);
  });

  it('unescapes text and maps place, geo, conference link, categories, organizer and status', async () => {
    const { data } = await parse(
      cal(
        ...vevent(
          'UID:oujda@x',
          'DTSTART:20231019T080000Z',
          'SUMMARY:Ateliers\\, débats\\; propositions',
          'DESCRIPTION:Ligne 1\\nLigne 2 \\\\ fin',
          'LOCATION:Dar El Kahraba\\, Oujda',
          'GEO:34.68;-1.91',
          'CONFERENCE;VALUE=URI:https://meet.example.ma/x',
          'URL:javascript:alert(1)',
          'CATEGORIES:Gouvernement ouvert',
          'ORGANIZER;CN=Association At-Taawun:mailto:a@example.ma',
          'STATUS:CANCELLED',
        ),
        ...vevent('UID:later@x', 'DTSTART:20231020T080000Z', 'SUMMARY:Later', 'X-OG-STATUS:postponed'),
      ),
    );
    const e = data.events.find((x) => x.id === 'oujda@x')!;
    expect(e.title).to.equal('Ateliers, débats; propositions');
    expect(e.description).to.equal('Ligne 1\nLigne 2 \\ fin');
    expect(e.location).to.deep.equal({ name: 'Dar El Kahraba, Oujda', lat: 34.68, lon: -1.91 });
    expect(e.mode).to.equal('hybrid');
    expect(e.onlineUrl).to.equal('https://meet.example.ma/x');
    expect(e.url).to.equal(undefined);
    expect(e.theme).to.equal('Gouvernement ouvert');
    expect(e.organizer).to.equal('Association At-Taawun');
    expect(e.status).to.equal('cancelled');
    expect(data.events.find((x) => x.id === 'later@x')!.status).to.equal('postponed');
  });

  it('expands RRULE within the window, without EXDATE dates, with RECURRENCE-ID overrides', async () => {
    const { data } = await parse(
      cal(
        ...vevent(
          'UID:weekly@x',
          'DTSTART;TZID=Europe/Paris:20260107T100000',
          'DTEND;TZID=Europe/Paris:20260107T120000',
          'RRULE:FREQ=WEEKLY;COUNT=10',
          'EXDATE;TZID=Europe/Paris:20260114T100000',
          'SUMMARY:Permanence',
        ),
        ...vevent('UID:weekly@x', 'RECURRENCE-ID;TZID=Europe/Paris:20260121T100000', 'DTSTART;TZID=Europe/Paris:20260122T150000', 'DTEND;TZID=Europe/Paris:20260122T170000', 'SUMMARY:Permanence (moved)'),
      ),
    );
    expect(data.series).to.have.length(1);
    const all = eventsInWindow(data, at('2026-01-01T00:00:00Z'), at('2026-12-31T00:00:00Z'));
    const starts = all.map((e) => new Date(e.start).toISOString()).sort();
    expect(starts).to.have.length(9); // 10 − 1 EXDATE; the moved one replaces its original
    expect(starts).not.to.include('2026-01-14T09:00:00.000Z');
    expect(starts).not.to.include('2026-01-21T09:00:00.000Z');
    expect(starts).to.include('2026-01-22T14:00:00.000Z');
    expect(new Set(all.map((e) => e.key)).size).to.equal(9);
    const window = eventsInWindow(data, at('2026-02-01T00:00:00Z'), at('2026-02-28T00:00:00Z'));
    expect(window.filter((e) => e.recurring && e.start >= at('2026-02-01T00:00:00Z')).map((e) => new Date(e.start).toISOString())).to.deep.equal([
      '2026-02-04T09:00:00.000Z',
      '2026-02-11T09:00:00.000Z',
      '2026-02-18T09:00:00.000Z',
      '2026-02-25T09:00:00.000Z',
    ]);
  });

  it('bounds endless and dense recurrences', async () => {
    const { data } = await parse(cal(...vevent('UID:minutely@x', 'DTSTART:19900101T080000Z', 'DURATION:PT1M', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Flood')));
    const far = eventsInWindow(data, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(far.length).to.be.at.most(MAX_OCCURRENCES); // gave up after the step bound, no hang
    const hourly = await parse(cal(...vevent('UID:hourly@x', 'DTSTART:20260101T000000Z', 'RRULE:FREQ=HOURLY', 'SUMMARY:Hourly')));
    expect(eventsInWindow(hourly.data, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).to.have.length(MAX_OCCURRENCES);
  });

  it('skips malformed lines and unreadable events with a count, never throwing', async () => {
    const text = await (await fetch('/demo/data/invalid/events.ics')).text();
    const { data, skipped } = await parse(text);
    expect(data.events.map((e) => e.id).sort()).to.deep.equal(['good-1@x', 'good-2@x']);
    // 2 malformed lines, unknown zone, end before start, an event never closed
    expect(skipped).to.equal(5);
    expect(data.series).to.have.length(1);
    expect(cleanLines('BEGIN:VCALENDAR\r\nSUMMARY:a\r\n  folded\r\nnot a line\r\n').malformed).to.equal(1);
  });

  it('rejects a file that is not iCalendar at all', async () => {
    let error: unknown;
    try {
      await parse('<!doctype html><p>Not found</p>');
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('invalid');
  });

  it('reads the demo feed: TZID, all-day, RRULE with EXDATE', async () => {
    const text = await (await fetch('/demo/data/events.ics')).text();
    const { data, skipped } = await parse(text);
    expect(skipped).to.equal(0);
    expect(data.events.length).to.be.greaterThan(6);
    expect(data.events.some((e) => e.allDay)).to.equal(true);
    const weekly = eventsInWindow(data, at('2026-12-01T00:00:00Z'), at('2027-01-31T00:00:00Z')).filter((e) => e.recurring);
    const days = weekly.map((e) => new Date(e.start).toISOString().slice(0, 10));
    expect(days).to.include('2026-12-23');
    expect(days).not.to.include('2026-12-30');
    expect(days).not.to.include('2027-01-06');
    expect(days).to.include('2027-01-13');
  });
});

describe('consultation calendar: .ics export', () => {
  const text = (v: CalendarEvent['title'] | undefined) => resolveText(v, 'fr').text;

  it('escapes TEXT and folds lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'ⵜⴰⵎⴰⵣⵉⵖⵜ وجدة '.repeat(20)}`;
    const folded = foldLine(long);
    const enc = new TextEncoder();
    for (const line of folded.split('\r\n')) expect(enc.encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
  });

  it('writes a valid calendar that ical.js reads back to the same times and text', async () => {
    const e = mapJsonEvent(
      event({
        id: 'oujda-2023',
        title: { fr: 'Concertation ; ateliers, débats — "Oujda"\\ ⵜⴰⵎⴰⵣⵉⵖⵜ', ar: 'اللقاء التشاوري' },
        description: { fr: 'Ligne 1\nLigne 2, avec virgule; et point-virgule. '.repeat(4) },
        start: '2023-10-19T09:00:00+01:00',
        end: '2023-10-19T15:30:00+01:00',
        location: { name: { fr: 'Dar El Kahraba' }, address: 'Oujda', lat: 34.68, lon: -1.91 },
        onlineUrl: 'https://meet.example.ma/x?a=1&b=2',
        status: 'cancelled',
        theme: 'Gouvernement ouvert',
      }),
      CASA,
    );
    const ics = eventToIcs(e, { now: at('2026-11-25T12:00:00Z'), text });
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/\n|\r/); // CRLF only
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const comp = new ICAL.Component(ICAL.parse(ics));
    const ve = comp.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(ve);
    expect(parsed.startDate.toJSDate().getTime()).to.equal(e.start);
    expect(parsed.endDate.toJSDate().getTime()).to.equal(e.end);
    expect(parsed.summary).to.equal(text(e.title));
    expect(parsed.description).to.equal(text(e.description));
    expect(parsed.location).to.equal('Dar El Kahraba, Oujda');
    expect(parsed.uid).to.equal('oujda-2023@opengov-widgets');
    expect(ve.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(ve.getFirstPropertyValue('geo')).to.deep.equal([34.68, -1.91]);
    expect(String(ve.getFirstPropertyValue('dtstamp'))).to.equal('2026-11-25T12:00:00Z');
    // and our own reader agrees
    const back = await parse(ics);
    expect(back.data.events[0].start).to.equal(e.start);
    expect(back.data.events[0].title).to.equal(text(e.title));
  });

  it('writes a December 2026 meeting at 17:00 in Morocco (UTC+00 since 2026-09-20) as 17:00 UTC, even from an outdated +01:00', () => {
    for (const offset of ['+00:00', 'Z', '+01:00']) {
      const e = mapJsonEvent(event({ id: 'conseil', start: `2026-12-10T17:00:00${offset}` }), CASA);
      const ics = eventToIcs(e, { now: 0, text });
      expect(ics, offset).to.contain('\r\nDTSTART:20261210T170000Z\r\n');
      const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(parsed.startDate.toJSDate().toISOString(), offset).to.equal('2026-12-10T17:00:00.000Z');
    }
  });

  it('writes all-day events as dates, and distinct UIDs for occurrences', async () => {
    const e = mapJsonEvent(event({ id: 'open day', start: '2023-10-12T00:00:00+01:00', end: '2023-10-14T00:00:00+01:00', allDay: true }), CASA);
    const ics = eventToIcs(e, { now: 0, text });
    expect(ics).to.contain('DTSTART;VALUE=DATE:20231012\r\n');
    expect(ics).to.contain('DTEND;VALUE=DATE:20231014\r\n');
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(parsed.startDate.isDate).to.equal(true);
    expect(icsFileName(e)).to.equal('open-day.ics');
    const a = uidOf({ ...e, recurring: true, start: at('2026-01-07T09:00:00Z') });
    const b = uidOf({ ...e, recurring: true, start: at('2026-01-14T09:00:00Z') });
    expect(a).not.to.equal(b);
  });
});
