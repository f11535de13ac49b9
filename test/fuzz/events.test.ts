import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { EVENT_MODES, EVENT_STATUSES, parseEventsJson } from '../../src/consultation-calendar/schema.js';
import { parseICalendar } from '../../src/consultation-calendar/ical-import.js';
import { eventsInWindow, MAX_OCCURRENCES } from '../../src/consultation-calendar/occurrences.js';
import { eventToIcs } from '../../src/consultation-calendar/ics-export.js';
import { resolveText } from '../../src/core/localized-text.js';
import { meantInstant, readInstant } from '../../src/core/wall-clock.js';
import { anyText, anyUrl, compact, expectSafeLink, formatInstant, instantWithMs, isoDay, isoInstant, localizedText, mix, mutate, mutations, onlyInvalid, optional, params, quietConsole } from './arbitraries.js';

const ZONE = 'Africa/Casablanca';
const HHMM = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const count = fc.nat({ max: 100_000 });

/** An event that respects the contract (required: id, title, start; end not before start). */
const validEvent = fc
  .tuple(
    fc.record(
      {
        title: localizedText,
        description: localizedText,
        allDay: fc.boolean(),
        timeZone: fc.constantFrom('Africa/Casablanca', 'Europe/Paris', 'UTC', 'America/New_York', 'Asia/Kolkata'),
        mode: fc.constantFrom(...EVENT_MODES),
        location: fc.record(
          { name: localizedText, address: localizedText, lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) },
          { requiredKeys: [] },
        ),
        onlineUrl: anyUrl,
        url: anyUrl,
        status: fc.constantFrom(...EVENT_STATUSES),
        theme: localizedText,
        organizer: localizedText,
        registration: fc.record(
          { opens: fc.oneof(isoInstant, isoDay), closes: fc.oneof(isoInstant, isoDay), url: anyUrl, capacity: count, registered: count },
          { requiredKeys: [] },
        ),
        agenda: fc.array(fc.record({ start: optional(fc.oneof(HHMM, isoInstant)), end: optional(fc.oneof(HHMM, isoInstant)), title: localizedText }), { maxLength: 3 }),
        outcome: fc.record(
          { summary: localizedText, reportUrl: anyUrl, participants: fc.record({ total: count, women: count, men: count }, { requiredKeys: [] }) },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['title'] },
    ),
    instantWithMs,
    fc.option(fc.integer({ min: 0, max: 40 * 86_400_000 }), { nil: undefined }),
    fc.constantFrom('Z', '+01:00', '-05:00'),
  )
  .map(([rest, start, duration, offset]) => compact({ ...rest, start: start.text, ...(duration !== undefined ? { end: formatInstant(start.ms + duration, offset, true) } : {}) }));

/** Valid events with distinct ids. */
const validEvents = (max: number) =>
  fc.array(validEvent, { maxLength: max }).map((list) => list.map((e, i) => ({ id: `ev-${i}`, ...e })));

type E = Record<string, unknown>;
const BREAKERS: ((e: E) => unknown)[] = [
  ({ id: _, ...e }) => e,
  (e) => ({ ...e, id: '' }),
  ({ title: _, ...e }) => e,
  (e) => ({ ...e, title: 1 }),
  ({ start: _, ...e }) => e,
  (e) => ({ ...e, start: '2024-13-01T10:00:00Z' }),
  (e) => ({ ...e, start: '2024-05-02T10:00:00' }),
  (e) => ({ ...e, start: '2024-05-02' }),
  (e) => ({ ...e, end: '1899-01-01T00:00:00Z' }),
  (e) => ({ ...e, timeZone: 'Mars/Olympus_Mons' }),
  (e) => ({ ...e, mode: 'teleport' }),
  (e) => ({ ...e, status: 'maybe' }),
  (e) => ({ ...e, location: { lat: 91 } }),
  (e) => ({ ...e, registration: { capacity: -1 } }),
  (e) => ({ ...e, registration: { capacity: 1.5 } }),
  (e) => ({ ...e, agenda: [{ start: '25:00', title: 'x' }] }),
  (e) => ({ ...e, allDay: 'yes' }),
  () => null,
  () => [],
];
/** Invalid events, with ids that never collide with the valid ones. */
const invalidEvents = (max: number) =>
  fc.array(fc.tuple(validEvent, fc.nat()), { maxLength: max }).map((list) => list.map(([e, n], i) => BREAKERS[n % BREAKERS.length]({ id: `bad-${i}`, ...e })));

// ———————————————————— iCalendar written by hand (not with the widget's exporter)

const esc = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
/** RFC 5545 TEXT has no control characters but tab (newlines are written escaped). */
const icsText = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''));
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const fold = (line: string) => line.match(/.{1,60}/gu)?.join('\r\n ') ?? line;

interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  start: number;
  end?: number;
  form: 'utc' | 'tzid' | 'floating' | 'date';
  rrule?: string;
}
const icsEvent = fc.record({
  summary: icsText.map((s) => `S${s}`),
  description: icsText,
  start: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }).map((ms) => ms - (ms % 1000)),
  duration: fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }).map((d) => d - (d % 1000)), { nil: undefined }),
  form: fc.constantFrom('utc', 'tzid', 'floating', 'date') as fc.Arbitrary<IcsEvent['form']>,
  rrule: fc.option(fc.constantFrom('FREQ=DAILY;COUNT=5', 'FREQ=WEEKLY;INTERVAL=2;COUNT=3', 'FREQ=DAILY', 'FREQ=MONTHLY;BYDAY=1MO', 'FREQ=SECONDLY', 'FREQ=YEARLY;UNTIL=19000101T000000Z'), { nil: undefined, freq: 4 }),
});

function vevent(e: IcsEvent, extra: string[] = []): string[] {
  const wall = (ms: number) => stamp(ms).replace('Z', '');
  const start =
    e.form === 'utc' ? `DTSTART:${stamp(e.start)}` : e.form === 'tzid' ? `DTSTART;TZID=Europe/Paris:${wall(e.start)}` : e.form === 'floating' ? `DTSTART:${wall(e.start)}` : `DTSTART;VALUE=DATE:${stamp(e.start).slice(0, 8)}`;
  const end =
    e.end === undefined
      ? []
      : e.form === 'utc'
        ? [`DTEND:${stamp(e.end)}`]
        : e.form === 'tzid'
          ? [`DTEND;TZID=Europe/Paris:${wall(e.end)}`]
          : e.form === 'floating'
            ? [`DTEND:${wall(e.end)}`]
            : [`DTEND;VALUE=DATE:${stamp(e.end + 86_400_000).slice(0, 8)}`];
  return ['BEGIN:VEVENT', `UID:${e.uid}`, 'DTSTAMP:20240101T000000Z', start, ...end, fold(`SUMMARY:${esc(e.summary)}`), fold(`DESCRIPTION:${esc(e.description)}`), ...(e.rrule ? [`RRULE:${e.rrule}`] : []), ...extra, 'END:VEVENT'];
}
const calendar = (blocks: string[][]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN', ...blocks.flat(), 'END:VCALENDAR'].join('\r\n');

const validIcsEvents = fc.array(icsEvent, { maxLength: 6 }).map((list) =>
  list.map((e, i): IcsEvent => ({ uid: `u${i}@fuzz`, summary: e.summary, description: e.description, start: e.start, end: e.duration === undefined ? undefined : e.start + e.duration, form: e.form, rrule: e.rrule })),
);
/** Events that cannot be read: no start, end before start, a zone nobody knows. */
const invalidIcsEvents = fc.array(fc.tuple(icsEvent, fc.nat()), { maxLength: 4 }).map((list) =>
  list.map(([e, n], i) => {
    const uid = `bad${i}@fuzz`;
    const base: IcsEvent = { uid, summary: e.summary, description: e.description, start: e.start, form: 'utc' };
    switch (n % 3) {
      case 0:
        return vevent(base).filter((l) => !l.startsWith('DTSTART'));
      case 1:
        return vevent({ ...base, end: e.start - 3_600_000 });
      default:
        return vevent(base).map((l) => (l.startsWith('DTSTART') ? `DTSTART;TZID=Mars/Olympus_Mons:${stamp(e.start).replace('Z', '')}` : l));
    }
  }),
);

describe('fuzz: events.json', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('any text: parses or fails as invalid', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseEventsJson(text, ZONE))), params(300));
  });

  it('mutated valid documents: parse or fail as invalid; kept events are consistent', () => {
    fc.assert(
      fc.property(validEvents(4), isoInstant, mutations, (events, updatedAt, muts) => {
        const result = onlyInvalid(() => parseEventsJson(JSON.stringify(mutate({ updatedAt, events }, muts)), ZONE));
        if (!result) return;
        const keys = result.data.events.map((e) => e.key);
        expect(new Set(keys).size).to.equal(keys.length);
        for (const e of result.data.events) {
          expect(Number.isFinite(e.start), 'start').to.equal(true);
          expect(Number.isFinite(e.until), 'until').to.equal(true);
          // All-day events go by their days (an all-day start written in another offset than the
          // zone may lie after the end of its day: noted in the report, harmless for display).
          if (e.allDay) expect(e.startDay! <= e.endDay!, `${e.startDay} ≤ ${e.endDay}`).to.equal(true);
          else if (e.end !== undefined) expect(e.end).to.be.at.least(e.start);
          [e.url, e.onlineUrl, e.registration?.url, e.outcome?.reportUrl].forEach(expectSafeLink);
        }
      }),
      params(250),
    );
  });

  it('keeps exactly the valid events, in order, and counts the invalid ones', () => {
    // The time written is the time meant (src/core/wall-clock.ts): an offset an hour off the
    // commune's rules for that date keeps its wall clock, so the instant is the rules' one, and
    // an end that the generator wrote just after such a start can then fall before it.
    type Item = { start: unknown; end?: unknown; timeZone?: string };
    const meant = (e: Item, text: unknown) => meantInstant(readInstant(text as string)!, e.timeZone ?? ZONE).ms;
    const stillValid = (e: Item) => e.end === undefined || (e.start as string).length === 10 || meant(e, e.end) >= meant(e, e.start);
    fc.assert(
      fc.property(mix(validEvents(6), invalidEvents(6)), ({ items, valid, invalidCount }) => {
        const { data, skipped } = parseEventsJson(JSON.stringify({ updatedAt: '2026-01-01T00:00:00Z', events: items }), ZONE);
        const kept = valid.filter((e) => stillValid(e as Item));
        expect(data.events.map((e) => e.id)).to.deep.equal(kept.map((e) => e.id));
        expect(data.events.map((e) => e.title)).to.deep.equal(kept.map((e) => e.title));
        expect(data.events.map((e) => e.start)).to.deep.equal(kept.map((e) => meant(e as Item, e.start)));
        expect(skipped).to.equal(invalidCount + valid.length - kept.length);
      }),
      params(300),
    );
  });

  it('an event written to .ics reads back with the same title, description and start', () => {
    fc.assert(
      fc.property(validEvents(1).filter((l) => l.length === 1), ([raw]) => {
        const { data } = parseEventsJson(JSON.stringify({ updatedAt: '2026-01-01T00:00:00Z', events: [raw] }), ZONE);
        fc.pre(data.events.length === 1);
        const event = data.events[0];
        const text = (v: Parameters<typeof resolveText>[0]) => resolveText(v, 'fr').text;
        const ics = eventToIcs(event, { now: Date.UTC(2026, 0, 1), text });
        const back = parseICalendar(ICAL, ics, ZONE);
        expect(back.skipped).to.equal(0);
        expect(back.data.events).to.have.length(1);
        const [read] = back.data.events;
        // A blank title falls back to the UID, as in any feed.
        if (text(event.title).trim()) expect(read.title).to.equal(text(event.title));
        if (text(event.description).trim()) expect(read.description).to.equal(text(event.description));
        if (!event.allDay) expect(read.start).to.equal(Math.floor(event.start / 1000) * 1000);
        else expect([read.startDay, read.endDay]).to.deep.equal([event.startDay, event.endDay]);
      }),
      params(200),
    );
  });
});

describe('fuzz: iCalendar feeds', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('any text: parses or fails as invalid', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseICalendar(ICAL, text, ZONE))), params(150));
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseICalendar(ICAL, `BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`, ZONE))), params(150));
  });

  it('keeps exactly the readable events with their text, and counts the others', () => {
    fc.assert(
      fc.property(mix(validIcsEvents, invalidIcsEvents), ({ items, valid, invalidCount }) => {
        const blocks = items.map((item) => (Array.isArray(item) ? (item as string[]) : vevent(item as IcsEvent)));
        const { data, skipped } = parseICalendar(ICAL, calendar(blocks), ZONE);
        expect(skipped).to.equal(invalidCount);
        const single = valid.filter((e) => !e.rrule);
        expect(data.events.map((e) => e.id)).to.deep.equal(single.map((e) => e.uid));
        expect(data.events.map((e) => e.title)).to.deep.equal(single.map((e) => e.summary));
        expect(data.events.map((e) => e.description)).to.deep.equal(single.map((e) => (e.description.trim() ? e.description : undefined)));
        expect(data.series.map((s) => s.id)).to.deep.equal(valid.filter((e) => e.rrule).map((e) => e.uid));
        for (const e of single.filter((x) => x.form === 'utc')) expect(data.events.find((d) => d.id === e.uid)!.start).to.equal(e.start);
        // Repeating events expand within bounds, whatever their rule.
        const all = eventsInWindow(data, Date.UTC(1980, 0, 1), Date.UTC(2080, 0, 1));
        expect(all.length).to.be.at.most(data.events.length + data.series.length * MAX_OCCURRENCES);
      }),
      params(150),
    );
  });

  it('damaged feeds (lines lost, duplicated, cut, garbage, random rules) parse or fail as invalid', () => {
    const damage = fc.record({ at: fc.nat(), op: fc.constantFrom('drop', 'dup', 'cut', 'garbage', 'rule', 'swap'), junk: fc.string({ unit: 'binary', maxLength: 30 }) });
    fc.assert(
      fc.property(validIcsEvents, fc.array(damage, { minLength: 1, maxLength: 5 }), (events, damages) => {
        let lines = calendar(events.map((e) => vevent(e))).split('\r\n');
        for (const d of damages) {
          const i = d.at % lines.length;
          if (d.op === 'drop') lines.splice(i, 1);
          else if (d.op === 'dup') lines.splice(i, 0, lines[i]);
          else if (d.op === 'cut') lines = lines.join('\r\n').slice(0, d.at % (lines.join('\r\n').length + 1)).split('\r\n');
          else if (d.op === 'garbage') lines.splice(i, 0, d.junk);
          else if (d.op === 'rule') lines.splice(i, 0, `RRULE:${d.junk.replace(/[\r\n]/g, '')}`);
          else if (d.op === 'swap') lines[i] = lines[i].replace('BEGIN', 'END');
          if (!lines.length) lines = [''];
        }
        const result = onlyInvalid(() => parseICalendar(ICAL, lines.join('\r\n'), ZONE));
        if (result) {
          const all = eventsInWindow(result.data, Date.UTC(1980, 0, 1), Date.UTC(2080, 0, 1));
          for (const e of all) expect(Number.isFinite(e.start)).to.equal(true);
        }
      }),
      params(150),
    );
  });
});
