import { expect } from '@open-wc/testing';
import { mapJsonEvent, parseEventsJson, type CalendarEvent } from '../../src/consultation-calendar/schema.js';
import { registrationState } from '../../src/consultation-calendar/registration.js';
import { filterEvents, foldForSearch, splitByTime, themesOf } from '../../src/consultation-calendar/filter.js';
import { eventsByDay, firstDayOfWeek, monthWeeks, moveDay, parseMonth, shiftDayByMonths, shiftMonth } from '../../src/consultation-calendar/month.js';
import { addDays, dayOf, startOfDay, zonedToUtc, zoneOffset } from '../../src/consultation-calendar/zoned.js';
import { formatEventRange, osmUrl } from '../../src/consultation-calendar/display.js';
import { eventsDocument, event } from './fixtures.js';

const CASA = 'Africa/Casablanca';
const at = (iso: string) => Date.parse(iso);

describe('consultation calendar: time zones', () => {
  it('finds the instant of a wall time in a zone, across DST', () => {
    expect(new Date(zonedToUtc({ year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 }, 'Europe/Paris')).toISOString()).to.equal('2026-07-01T07:00:00.000Z');
    expect(new Date(zonedToUtc({ year: 2026, month: 1, day: 1, hour: 9, minute: 0, second: 0 }, 'Europe/Paris')).toISOString()).to.equal('2026-01-01T08:00:00.000Z');
    expect(new Date(zonedToUtc({ year: 2026, month: 12, day: 10, hour: 16, minute: 0, second: 0 }, CASA)).toISOString()).to.equal(
      new Date(Date.UTC(2026, 11, 10, 16) - zoneOffset(Date.UTC(2026, 11, 10, 15), CASA)).toISOString(),
    );
    expect(new Date(zonedToUtc({ year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 }, 'America/New_York')).toISOString()).to.match(/^2026-03-08T0[67]:30/);
  });

  it('computes calendar days in a zone', () => {
    expect(dayOf(at('2026-11-30T23:30:00Z'), 'Asia/Tokyo')).to.equal('2026-12-01');
    expect(dayOf(at('2026-11-30T23:30:00Z'), 'America/Los_Angeles')).to.equal('2026-11-30');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(new Date(startOfDay('2026-07-01', 'Europe/Paris')).toISOString()).to.equal('2026-06-30T22:00:00.000Z');
  });
});

describe('consultation calendar: JSON events', () => {
  it('maps valid events and skips, with a count, those it cannot show truthfully', () => {
    const doc = eventsDocument();
    doc.events.push(
      { id: 'no-start', title: 'x' } as never,
      event({ id: 'backwards', start: '2026-12-05T18:00:00+00:00', end: '2026-12-05T09:00:00+00:00' }),
      event({ id: 'mars', timeZone: 'Mars/Olympus_Mons' }),
      event({ id: 'oujda-2023' }), // duplicate id
      event({ id: 'bad-status', status: 'maybe' as never }),
    );
    const { data, skipped } = parseEventsJson(JSON.stringify(doc), CASA);
    expect(skipped).to.equal(5);
    expect(data.events.map((e) => e.id)).to.include.members(['oujda-2023', 'online-2020', 'budget-2027']);
    expect(data.format).to.equal('json');
  });

  it('rejects a document that is not JSON or has no events list', () => {
    expect(() => parseEventsJson('<html>', CASA)).to.throw();
    expect(() => parseEventsJson(JSON.stringify({ updatedAt: '2026-01-01T00:00:00Z' }), CASA)).to.throw();
  });

  it('reads registration days in the event zone and agenda times as instants or HH:MM', () => {
    const e = mapJsonEvent(
      event({ registration: { opens: '2023-09-22', closes: '2023-10-06' }, agenda: [{ start: '09:00', end: '09:30', title: 'Accueil' }, { start: '2023-10-19T11:50:00+01:00', title: 'Ateliers' }] }),
      CASA,
    );
    expect(new Date(e.registration!.opens!).toISOString()).to.equal(new Date(startOfDay('2023-09-22', CASA)).toISOString());
    expect(e.registration!.closes).to.equal(startOfDay('2023-10-07', CASA) - 1000);
    expect(e.agenda![0].start).to.equal('09:00');
    expect(e.agenda![1].start).to.equal(at('2023-10-19T11:50:00+01:00'));
  });

  it('keeps all-day events as days, and a missing end means the end of the day for "upcoming"', () => {
    const allDay = mapJsonEvent(event({ start: '2023-10-12T00:00:00+01:00', end: '2023-10-13T00:00:00+01:00', allDay: true }), CASA);
    expect(allDay.startDay).to.equal('2023-10-12');
    expect(allDay.endDay).to.equal('2023-10-12');
    const twoDays = mapJsonEvent(event({ start: '2023-10-12T00:00:00+01:00', end: '2023-10-14T00:00:00+01:00', allDay: true }), CASA);
    expect(twoDays.endDay).to.equal('2023-10-13');
    // the days as written, even where the browser's zone data disagrees with the offset
    const written = mapJsonEvent(event({ start: '2026-12-12T00:00:00+00:00', end: '2026-12-13T00:00:00+00:00', allDay: true }), CASA);
    expect([written.startDay, written.endDay]).to.deep.equal(['2026-12-12', '2026-12-12']);
    const noEnd = mapJsonEvent(event({ start: '2023-10-12T10:00:00+01:00', end: undefined }), CASA);
    expect(noEnd.end).to.equal(undefined);
    expect(noEnd.until).to.equal(startOfDay('2023-10-13', CASA));
  });

  it('derives the mode from place and online link when it is not given', () => {
    expect(mapJsonEvent(event({ mode: undefined, location: { name: 'Salle' }, onlineUrl: 'https://meet.example.ma/x' }), CASA).mode).to.equal('hybrid');
    expect(mapJsonEvent(event({ mode: undefined, location: undefined, onlineUrl: 'https://meet.example.ma/x' }), CASA).mode).to.equal('online');
  });
});

describe('consultation calendar: registration state', () => {
  const base = (reg: CalendarEvent['registration'], status: CalendarEvent['status'] = 'scheduled') =>
    ({ start: at('2026-12-10T16:00:00+00:00'), status, registration: reg }) as CalendarEvent;
  const reg = { opens: at('2026-11-15T09:00:00+00:00'), closes: at('2026-12-08T23:59:00+00:00'), capacity: 120, registered: 74 };

  it('is not open yet, open until …, full or closed depending on the clock and capacity', () => {
    expect(registrationState(base(reg), at('2026-11-01T00:00:00Z'))).to.deep.equal({ kind: 'not-open-yet', opens: reg.opens, closes: reg.closes });
    expect(registrationState(base(reg), at('2026-11-25T12:00:00Z'))).to.deep.equal({ kind: 'open', closes: reg.closes, remaining: 46 });
    expect(registrationState(base({ ...reg, registered: 120 }), at('2026-11-25T12:00:00Z'))).to.deep.equal({ kind: 'full' });
    expect(registrationState(base({ ...reg, registered: 130 }), at('2026-11-25T12:00:00Z'))).to.deep.equal({ kind: 'full' });
    expect(registrationState(base(reg), at('2026-12-09T00:00:00Z'))).to.deep.equal({ kind: 'closed' });
    expect(registrationState(base(reg, 'cancelled'), at('2026-11-25T12:00:00Z'))).to.deep.equal({ kind: 'closed' });
  });

  it('closes at the start of the event when no closing date is given, and has no state without registration', () => {
    const open = base({ url: 'https://x.example.ma' });
    expect(registrationState(open, at('2026-12-10T15:59:00Z'))!.kind).to.equal('open');
    expect(registrationState(open, at('2026-12-10T16:00:00Z'))!.kind).to.equal('closed');
    expect(registrationState(base(undefined), at('2026-12-10T10:00:00Z'))).to.equal(undefined);
  });
});

describe('consultation calendar: filters and order', () => {
  const { data } = parseEventsJson(JSON.stringify(eventsDocument()), CASA);
  const now = at('2026-11-25T12:00:00+00:00');
  const themeOf = (e: CalendarEvent) => (typeof e.theme === 'string' ? e.theme : (e.theme?.fr ?? ''));

  it('puts upcoming events first (soonest first) and past ones after (latest first)', () => {
    const { upcoming, past } = splitByTime(data.events, now);
    expect(upcoming.map((e) => e.id)).to.deep.equal(['cancelled-2026', 'budget-2027']);
    expect(past.map((e) => e.id)).to.deep.equal(['oujda-2023', 'online-2020']);
  });

  it('filters by mode, theme, time and free text (accents and Arabic vowels ignored)', () => {
    expect(filterEvents(data.events, { mode: 'online' }, now, themeOf).map((e) => e.id)).to.deep.equal(['online-2020']);
    expect(filterEvents(data.events, { theme: 'Budget participatif' }, now, themeOf).map((e) => e.id)).to.deep.equal(['budget-2027']);
    expect(filterEvents(data.events, { when: 'past' }, now, themeOf)).to.have.length(2);
    expect(filterEvents(data.events, { query: 'OUJDA ateliers' }, now, themeOf).map((e) => e.id)).to.deep.equal(['oujda-2023']);
    expect(filterEvents(data.events, { query: 'delibérations' }, now, themeOf).map((e) => e.id)).to.deep.equal(['budget-2027']);
    expect(filterEvents(data.events, { query: 'وجدة' }, now, themeOf).map((e) => e.id)).to.include('oujda-2023');
    expect(foldForSearch('الإبتكارُ')).to.equal(foldForSearch('الإبتكار'));
    expect(themesOf(data.events, themeOf, 'fr')).to.deep.equal(['Budget participatif', 'Gouvernement ouvert']);
  });

  it('filters 1,000 events without changing its input', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...data.events[i % data.events.length], key: `k${i}` }));
    const copy = [...many];
    const result = filterEvents(many, { query: 'budget', when: 'upcoming' }, now, themeOf);
    expect(result.length).to.equal(250);
    expect(many).to.deep.equal(copy);
  });
});

describe('consultation calendar: month grid', () => {
  it('starts weeks on the locale first day (Morocco, France: Monday; US: Sunday)', () => {
    expect(firstDayOfWeek('fr-MA')).to.equal(1);
    expect(firstDayOfWeek('ar-MA')).to.equal(1);
    expect(firstDayOfWeek('fr')).to.equal(1);
    expect(firstDayOfWeek('en-US')).to.equal(7);
    expect(firstDayOfWeek('not a tag!')).to.equal(1);
    const weeks = monthWeeks('2026-12', 1);
    expect(weeks[0][0]).to.equal('2026-11-30'); // Monday
    expect(weeks[0]).to.include('2026-12-01');
    expect(weeks.at(-1)!.at(-1)).to.equal('2027-01-03');
    expect(monthWeeks('2026-12', 7)[0][0]).to.equal('2026-11-29'); // Sunday
    expect(monthWeeks('2026-02', 7)).to.have.length(4);
  });

  it('moves the focus with arrows (mirrored in RTL), Home/End and Page Up/Down', () => {
    const o = { firstDay: 1 };
    expect(moveDay('2026-12-10', 'ArrowRight', o)).to.equal('2026-12-11');
    expect(moveDay('2026-12-10', 'ArrowRight', { ...o, rtl: true })).to.equal('2026-12-09');
    expect(moveDay('2026-12-10', 'ArrowDown', o)).to.equal('2026-12-17');
    expect(moveDay('2026-12-01', 'ArrowUp', o)).to.equal('2026-11-24');
    expect(moveDay('2026-12-10', 'Home', o)).to.equal('2026-12-07');
    expect(moveDay('2026-12-10', 'End', o)).to.equal('2026-12-13');
    expect(moveDay('2026-12-10', 'Home', { firstDay: 7 })).to.equal('2026-12-06');
    expect(moveDay('2027-01-31', 'PageDown', o)).to.equal('2027-02-28');
    expect(moveDay('2026-12-10', 'PageUp', { ...o, shift: true })).to.equal('2025-12-10');
    expect(moveDay('2026-12-10', 'x', o)).to.equal(undefined);
    expect(shiftDayByMonths('2024-03-31', -1)).to.equal('2024-02-29');
    expect(shiftMonth('2026-12', 1)).to.equal('2027-01');
    expect(shiftMonth('2026-01', -1)).to.equal('2025-12');
    expect(parseMonth('2026-13')).to.equal(undefined);
    expect(parseMonth('2026-02')).to.equal('2026-02');
  });

  it('places events on their days in the zone, multi-day ones on each day, bounded', () => {
    const e = (id: string, start: string, end?: string) => mapJsonEvent(event({ id, start, end }), CASA);
    const map = eventsByDay(
      [e('late', '2023-10-10T23:30:00+01:00', '2023-10-11T00:30:00+01:00'), e('three-days', '2023-10-02T09:00:00+01:00', '2023-10-04T17:00:00+01:00'), e('years', '2023-01-01T09:00:00+01:00', '2033-01-01T09:00:00+00:00')],
      CASA,
      '2023-09-25',
      '2023-11-05',
    );
    expect(map.get('2023-10-10')!.map((x) => x.id)).to.include('late');
    expect(map.get('2023-10-11')!.map((x) => x.id)).to.include('late');
    expect(['2023-10-02', '2023-10-03', '2023-10-04'].every((d) => map.get(d)!.some((x) => x.id === 'three-days'))).to.equal(true);
    expect(map.get('2023-10-05')?.some((x) => x.id === 'three-days') ?? false).to.equal(false);
    expect(map.get('2023-10-20')!.some((x) => x.id === 'years')).to.equal(true); // shown inside the window
    const total = [...map.values()].reduce((n, l) => n + l.length, 0);
    expect(total).to.be.below(200);
  });
});

describe('consultation calendar: display', () => {
  it('formats ranges in a zone and links to OpenStreetMap without tiles', () => {
    const e = mapJsonEvent(event({ start: '2023-10-19T09:00:00+01:00', end: '2023-10-19T15:30:00+01:00' }), CASA);
    expect(formatEventRange(e, 'en', CASA).text).to.match(/19 October 2023.*09:00.*15:30/);
    expect(formatEventRange(e, 'en', CASA, 'Europe/Paris').viewer?.text).to.match(/10:00.*16:30/);
    expect(formatEventRange(e, 'en', CASA, 'Africa/Lagos').viewer).to.equal(undefined); // UTC+01 like Morocco in 2023
    expect(formatEventRange(e, 'ar', CASA).text).not.to.match(/[٠-٩]/);
    expect(osmUrl(34.6826, -1.9078)).to.equal('https://www.openstreetmap.org/?mlat=34.6826&mlon=-1.9078#map=17/34.6826/-1.9078');
  });
});
