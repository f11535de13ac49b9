import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { COMPLAINT_STATUSES, isWhen, parseComplaint, parseJsonText } from '../../src/complaint-status/complaint.js';
import { complaintSchema } from '../../src/complaint-status/schema.js';
import { fromOpen311 } from '../../src/complaint-status/open311.js';
import { lookupComplaint } from '../../src/complaint-status/lookup.js';
import { cryptoBackend, openEnvelope, parseMetadata, type CryptoBackend } from '../../src/complaint-status/static-crypto.js';
import { isoDate, isoInstant as schemaInstant } from '../../src/core/validation.js';
import { resetPage, stubFetch } from '../helpers/data-server.js';
import { anyJson, anyText, compact, formatInstant, isoDay, isoInstant, localizedText, mix, mutate, mutations, nastyString, onlyInvalid, onlyInvalidAsync, params, quietConsole } from './arbitraries.js';
import { folderIndex, publish, sealText, toBase64 } from './static-files.js';

const when = fc.oneof(isoInstant, isoDay);
const historyEntry = fc.record({ at: when, status: fc.constantFrom(...COMPLAINT_STATUSES), step: localizedText, holder: localizedText, note: localizedText }, { requiredKeys: ['at', 'status'] });
const notBefore = (day: string | undefined, start: string) => !day || day.slice(0, 10) >= start.slice(0, 10);
/** A complaint that respects the contract (required: reference, status, submittedAt; no due date or answer before the request). */
const validComplaint = fc
  .record(
    {
      reference: fc.string({ minLength: 1, maxLength: 20 }),
      kind: fc.oneof(fc.constantFrom('complaint', 'information-request', 'application'), fc.string({ minLength: 1, maxLength: 12 })),
      status: fc.constantFrom(...COMPLAINT_STATUSES),
      step: localizedText,
      holder: localizedText,
      extension: fc.record({ dueAt: when, at: when, reason: localizedText }, { requiredKeys: ['dueAt'] }).map(compact),
      answeredAt: when,
      category: localizedText,
      agency: localizedText,
      submittedAt: when,
      updatedAt: when,
      dueAt: when,
      history: fc.array(historyEntry, { maxLength: 4 }),
      answer: localizedText,
    },
    { requiredKeys: ['reference', 'status', 'submittedAt'] },
  )
  .map(compact)
  .filter((c) => notBefore(c.dueAt as string, c.submittedAt) && notBefore(c.answeredAt as string, c.submittedAt) && notBefore((c.extension as { dueAt: string } | undefined)?.dueAt, c.submittedAt));

/** Date-like strings near the edges: bad days and months, 24:00, offsets with and without colons. */
const dateLike = fc
  .tuple(
    fc.integer({ min: 1899, max: 2201 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom('', '.5', '.123456'), fc.constantFrom('Z', 'z', '+01:00', '-08:00', '+0100', '+01', '', '+24:00')), { nil: undefined }),
  )
  .map(([y, m, d, t]) => {
    const p = (n: number) => String(n).padStart(2, '0');
    const day = `${y}-${p(m)}-${p(d)}`;
    return t ? `${day}T${p(t[0])}:${p(t[1])}:${p(t[2])}${t[3]}${t[4]}` : day;
  });

describe('fuzz: complaint JSON', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('any text or JSON: reads or fails as invalid', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseComplaint(parseJsonText(text)))), params(300));
    fc.assert(fc.property(anyJson, (raw) => void onlyInvalid(() => parseComplaint(raw))), params(300));
  });

  it('mutated valid complaints: read or fail as invalid; what is kept is in the contract', () => {
    fc.assert(
      fc.property(validComplaint, mutations, (complaint, muts) => {
        const result = onlyInvalid(() => parseComplaint(mutate(complaint, muts)));
        if (!result) return;
        expect(v.is(complaintSchema, result.data), JSON.stringify(result.data).slice(0, 300)).to.equal(true);
      }),
      params(300),
    );
  });

  it('agrees with the published schema: a complaint the schema accepts is read whole', () => {
    fc.assert(
      fc.property(validComplaint, (complaint) => {
        expect(v.is(complaintSchema, complaint)).to.equal(true);
        const { data, skipped } = parseComplaint(complaint);
        expect(skipped).to.equal(0);
        const { history, ...rest } = complaint as { history?: unknown[] };
        const { history: readHistory, ...readRest } = data;
        expect(readRest).to.deep.equal(rest);
        expect(readHistory?.length).to.equal(history?.length);
      }),
      params(300),
    );
  });

  it('keeps exactly the valid history entries and counts the others', () => {
    const bad = fc.oneof(fc.constant(null), nastyString, fc.record({ at: nastyString.filter((s) => !v.is(v.union([schemaInstant, isoDate]), s)), status: fc.constantFrom(...COMPLAINT_STATUSES) }), fc.record({ at: isoInstant, status: nastyString }), fc.record({ at: isoInstant, status: fc.constant('received'), note: fc.integer() }));
    fc.assert(
      fc.property(validComplaint, mix(fc.array(historyEntry.map(compact), { maxLength: 5 }), fc.array(bad, { maxLength: 5 })), (complaint, { items, valid, invalidCount }) => {
        const { data, skipped } = parseComplaint({ ...complaint, history: items });
        expect(skipped).to.equal(invalidCount);
        expect(data.history!.map((h) => `${h.at}|${h.status}`).sort()).to.deep.equal(valid.map((h) => `${h.at}|${h.status}`).sort());
      }),
      params(300),
    );
  });

  it('dates: the widget accepts exactly what the published schema accepts', () => {
    const schemaWhen = v.union([schemaInstant, isoDate]);
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(isWhen(value), value).to.equal(v.is(schemaWhen, value));
      }),
      params(400),
    );
  });
});

describe('regressions found by the fuzzers', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('an instant on a day that does not exist is not a date (the schema agrees)', () => {
    for (const value of ['2024-02-30T10:00:00Z', '2023-02-29T00:00:00+01:00', '2024-09-31T08:00:00Z']) {
      expect(isWhen(value), value).to.equal(false);
      expect(onlyInvalid(() => parseComplaint({ reference: 'R', status: 'received', submittedAt: value }))).to.equal(undefined);
    }
    expect(isWhen('2024-02-29T10:00:00Z')).to.equal(true);
  });

  it('an index.json whose kdf is an object is not valid (not a TypeError)', () => {
    for (const kdf of [JSON.parse('{"toString":1}'), JSON.parse('{"toString":null,"valueOf":null}')]) {
      expect(onlyInvalid(() => parseMetadata({ ...folderIndex(), kdf }))).to.equal(undefined);
    }
  });
});

describe('fuzz: Open311', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  const datetime = fc
    .tuple(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom('Z', '-08:00', '+01:00', '-0800', '+0100', 'none', 'space'))
    .map(([ms, form]) => {
      const base = formatInstant(ms - (ms % 1000), 'Z').slice(0, 19);
      if (form === 'none') return base;
      if (form === 'space') return base.replace('T', ' ');
      return `${base}${form}`;
    });
  const request = fc.record(
    {
      service_request_id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), fc.nat()),
      status: fc.constantFrom('open', 'closed', 'Open', 'CLOSED'),
      status_notes: fc.string({ maxLength: 30 }),
      service_name: fc.string({ maxLength: 30 }),
      agency_responsible: fc.string({ maxLength: 30 }),
      requested_datetime: datetime,
      updated_datetime: datetime,
      expected_datetime: datetime,
      service_code: fc.string(),
      address: fc.string(),
      media_url: fc.string(),
    },
    { requiredKeys: ['service_request_id', 'status', 'requested_datetime'] },
  );

  it('any JSON maps to nothing or to something that reads or fails as invalid', () => {
    fc.assert(
      fc.property(anyJson, nastyString, (body, id) => {
        const mapped = fromOpen311(body, id);
        if (mapped) onlyInvalid(() => parseComplaint(mapped));
      }),
      params(300),
    );
  });

  it('a well-formed service request is always read, with its id, status and notes', () => {
    fc.assert(
      fc.property(request, fc.boolean(), (r, asArray) => {
        const { data } = parseComplaint(fromOpen311(asArray ? [r] : r, 'typed'));
        const id = typeof r.service_request_id === 'number' ? String(r.service_request_id) : r.service_request_id;
        expect(data.reference).to.equal(id);
        const closed = r.status.toLowerCase() === 'closed';
        expect(data.status).to.equal(closed ? 'closed' : 'in-progress');
        expect(Date.parse(data.submittedAt)).to.be.a('number').and.not.NaN;
        const notes = r.status_notes?.trim();
        if (notes) {
          if (closed) expect(data.answer).to.equal(notes);
          else expect(data.history!.some((h) => h.note === notes)).to.equal(true);
        }
        if (r.service_name?.trim()) expect(data.category).to.equal(r.service_name.trim());
      }),
      params(300),
    );
  });

  it('mutated service requests map to nothing, to a complaint, or fail as invalid', () => {
    fc.assert(
      fc.property(request, mutations, (r, muts) => {
        const mapped = fromOpen311(mutate([r], muts), 'typed');
        if (mapped) onlyInvalid(() => parseComplaint(mapped));
      }),
      params(300),
    );
  });
});

describe('fuzz: static complaint files', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  let backends: [string, CryptoBackend][];
  const key = new Uint8Array(32).map((_, i) => i * 7);
  before(async () => {
    backends = [
      ['Web Crypto', await cryptoBackend()],
      ['pure JS', await cryptoBackend(true)],
    ];
  });
  beforeEach(() => (quiet = quietConsole()));
  afterEach(async () => {
    quiet.restore();
    await resetPage();
  });

  it('index.json: any content gives metadata or fails as invalid', () => {
    fc.assert(fc.property(anyJson, (raw) => void onlyInvalid(() => parseMetadata(raw))), params(300));
    fc.assert(fc.property(mutations, (muts) => void onlyInvalid(() => parseMetadata(mutate(folderIndex(), muts)))), params(300));
  });

  it('any envelope text fails as invalid, with either crypto', async () => {
    for (const [name, backend] of backends) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyText, fc.record({ v: fc.constant(1), iv: fc.base64String(), ciphertext: fc.base64String() }).map((e) => JSON.stringify(e))), async (text) => {
          const result = await onlyInvalidAsync(() => openEnvelope(text, key, backend));
          expect(result, `${name}: random text decrypted`).to.equal(undefined);
        }),
        params(150),
      );
    }
  });

  it('a sealed complaint opens; any change to its bytes, a cut or a wrong key fails as invalid', async () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }), field: fc.constantFrom('iv' as const, 'ciphertext' as const) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('key' as const), at: fc.nat({ max: 31 }) }),
      fc.record({ kind: fc.constant('json' as const), muts: mutations }),
    );
    for (const [name, backend] of backends) {
      await fc.assert(
        fc.asyncProperty(validComplaint, damage, async (complaint, d) => {
          const text = await sealText(JSON.stringify(complaint), key);
          expect(await openEnvelope(text, key, backend), `${name}: intact`).to.deep.equal(complaint);
          let damaged = text;
          let useKey = key;
          if (d.kind === 'flip') {
            const env = JSON.parse(text);
            const bytes = Uint8Array.from(atob(env[d.field]), (c) => c.charCodeAt(0));
            bytes[d.at % bytes.length] ^= 1 << d.bit;
            env[d.field] = toBase64(bytes);
            damaged = JSON.stringify(env);
          } else if (d.kind === 'cut') {
            damaged = text.slice(0, d.at % text.length);
          } else if (d.kind === 'key') {
            useKey = key.slice();
            useKey[d.at] ^= 0x80;
          } else {
            const mutated = mutate(JSON.parse(text), d.muts);
            fc.pre(JSON.stringify(mutated) !== text);
            damaged = JSON.stringify(mutated) ?? '';
          }
          const opened = await onlyInvalidAsync(() => openEnvelope(damaged, useKey, backend));
          // A JSON mutation may leave the envelope intact (e.g. an extra field): then it still opens to the same complaint.
          if (opened !== undefined) expect(opened, `${name}: ${d.kind}`).to.deep.equal(complaint);
          if (d.kind !== 'json') expect(opened, `${name}: ${d.kind}`).to.equal(undefined);
        }),
        params(100),
      );
    }
  });

  it('a lookup against damaged folders finds the complaint, finds nothing, or fails with a LoadError', async () => {
    const index = folderIndex();
    const file = await publish('SL-2024-000001', 'ABCD-EFGH', { reference: 'SL-2024-000001', status: 'received', submittedAt: '2024-05-02' }, index);
    const answer = fc.oneof(
      fc.constant({ body: file.envelope }),
      mutations.map((muts) => ({ body: JSON.stringify(mutate(JSON.parse(file.envelope), muts)) ?? '' })),
      anyText.map((body) => ({ body })),
      fc.constantFrom({ status: 404, body: '' }, { status: 403, body: 'no' }, { status: 200, body: '<html>home</html>' }),
    );
    const indexAnswer = fc.oneof({ weight: 3, arbitrary: fc.constant({ body: index }) }, { weight: 1, arbitrary: mutations.map((muts) => ({ body: JSON.stringify(mutate(index, muts)) ?? '' })) });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(indexAnswer, answer, async (idx, a) => {
        // Each run reads its own folder (the widget keeps a folder's index.json for the page).
        const base = `https://data.example.ma/folder-${n++}/`;
        stubFetch({ [`folder-${n - 1}/index.json`]: idx, [`${file.name}.json`]: a });
        try {
          const result = await lookupComplaint({ format: 'static', base, reference: 'SL-2024-000001', secret: 'ABCD-EFGH' });
          if (result.found) expect(result.complaint.reference).to.equal('SL-2024-000001');
        } catch (error) {
          expect(error, String(error)).to.have.property('name', 'LoadError');
        }
      }),
      params(30),
    );
  });

  it('json and open311 lookups with any answer: found, not found, or a LoadError', async () => {
    const answer = fc.record({ status: fc.constantFrom(200, 200, 200, 404, 410, 400, 422, 429), body: fc.oneof(anyText, validComplaint, anyJson) });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('json' as const, 'open311' as const), answer, async (format, a) => {
        stubFetch({ '/SL-1.json': a as { status: number; body: unknown } });
        try {
          const result = await lookupComplaint({ format, base: 'https://data.example.ma/', reference: 'SL-1' });
          if (a.status === 404 || a.status === 410) expect(result.found).to.equal(false);
        } catch (error) {
          expect(error, String(error)).to.have.property('name', 'LoadError');
        }
      }),
      params(200),
    );
  });
});
