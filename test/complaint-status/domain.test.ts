import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { checkReference, isComplaintOverdue, parseComplaint } from '../../src/complaint-status/index.js';
import { fromOpen311 } from '../../src/complaint-status/open311.js';
import { cryptoBackend, deriveLookup, fallbackLoads, normalizeReference, normalizeSecret, openEnvelope, parseMetadata } from '../../src/complaint-status/static-crypto.js';
import { LoadError } from '../../src/core/loader.js';
import { complaintSchema } from '../../src/complaint-status/schema.js';
import { answeredWhen, currentHolder } from '../../src/complaint-status/complaint.js';
import { checkDeadline } from '../../src/complaint-status/deadline-check.js';
import { parseCalendar } from '../../src/core/working-days.js';
import { CALENDAR } from '../core/working-days.cases.js';
import { complaint } from './fixtures.js';

describe('complaint-status domain', () => {
  describe('checkReference', () => {
    const pattern = String.raw`[A-Z]{2}-\d{4}-\d{6}`;
    it('refuses an empty value and one that does not match the whole pattern', () => {
      expect(checkReference('   ', pattern)).to.equal('empty');
      expect(checkReference('SL-2024-000123', pattern)).to.equal(undefined);
      expect(checkReference(' SL-2024-000123 ', pattern)).to.equal(undefined);
      expect(checkReference('XSL-2024-000123', pattern)).to.equal('pattern');
      expect(checkReference('SL-2024-0001234', pattern)).to.equal('pattern');
      expect(checkReference('SL-2024-000123|x', 'SL.*|x')).to.equal(undefined); // alternation stays anchored as a whole
      expect(checkReference('aSL', 'SL|x')).to.equal('pattern');
    });
    it('ignores a pattern that is not a regular expression (and says so in the console)', () => {
      expect(checkReference('anything', '([')).to.equal(undefined);
    });
  });

  describe('parseComplaint', () => {
    it('sorts the history oldest first and keeps only contract fields', () => {
      const { data, skipped } = parseComplaint({ ...complaint(), name: 'Fatima', phone: '0600000000' });
      expect(skipped).to.equal(0);
      expect(data.history!.map((h) => h.status)).to.deep.equal(['received', 'in-progress']);
      expect(data).not.to.have.property('name');
    });
    it('drops a bad optional field instead of failing, and fails as a whole without the required ones', () => {
      const { data } = parseComplaint(complaint({ category: 42, dueAt: 'tomorrow' }));
      expect(data.category).to.equal(undefined);
      expect(data.dueAt).to.equal(undefined);
      for (const bad of [null, [], 'x', complaint({ status: 'lost' }), complaint({ reference: '' }), complaint({ submittedAt: undefined })]) {
        expect(() => parseComplaint(bad), JSON.stringify(bad)).to.throw(LoadError);
      }
    });
    it('never throws anything but a LoadError, whatever the input', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          try {
            parseComplaint(value);
          } catch (error) {
            return error instanceof LoadError;
          }
          return true;
        }),
      );
    });
  });

  describe('kinds, holders, extensions and answers', () => {
    it('keeps a kind it does not know, and the holder, steps and extension of the contract', () => {
      const { data, skipped } = parseComplaint(
        complaint({
          kind: 'building-inspection',
          holder: 'Urbanism',
          step: { fr: 'Visite' },
          extension: { dueAt: '2024-07-01', reason: 'Visit', who: 'Ahmed' },
          history: [{ at: '2024-05-02', status: 'received', holder: 'Desk', step: 'Filed', phone: '06' }],
        }),
      );
      expect(skipped).to.equal(0);
      expect(data.kind).to.equal('building-inspection');
      expect(data.extension).to.deep.equal({ dueAt: '2024-07-01', reason: 'Visit' });
      expect(data.history).to.deep.equal([{ at: '2024-05-02', status: 'received', holder: 'Desk', step: 'Filed' }]);
      expect(currentHolder(data)).to.equal('Urbanism');
    });

    it('skips and counts a due date, an extension or an answer before the request, and a malformed extension', () => {
      const { data, skipped } = parseComplaint(complaint({ dueAt: '2024-04-01', answeredAt: '2024-04-02', extension: { dueAt: '2024-04-03' } }));
      expect([data.dueAt, data.answeredAt, data.extension, skipped]).to.deep.equal([undefined, undefined, undefined, 3]);
      expect(parseComplaint(complaint({ extension: '2024-07-01' })).skipped).to.equal(1);
      expect(v.is(complaintSchema, complaint({ dueAt: '2024-04-01' }))).to.equal(false);
    });

    it('finds the answer date and the holder from the history when the record does not state them', () => {
      const c = parseComplaint(
        complaint({ status: 'answered', history: [{ at: '2024-05-02', status: 'received', holder: 'Desk' }, { at: '2024-05-20', status: 'answered', holder: 'Works' }] }),
      ).data;
      expect(answeredWhen(c)).to.equal('2024-05-20');
      expect(currentHolder(c)).to.equal('Works');
      expect(answeredWhen(parseComplaint(complaint({ status: 'closed', history: [] })).data)).to.equal('2024-05-06T09:00:00+01:00');
      expect(answeredWhen(parseComplaint(complaint()).data)).to.equal(undefined);
    });

    it('checks a record against the rules: due before request, a date the rules do not give, an extension they do not allow', () => {
      const calendar = parseCalendar(CALENDAR).calendar!;
      const codes = (record: Record<string, unknown>) => checkDeadline(record, calendar, 'Africa/Casablanca').map((f) => `${f.level} ${f.code} ${f.path} ${f.expected ?? ''}`.trim());
      const base = { kind: 'information-request', submittedAt: '2026-11-02T10:00:00+00:00' };
      expect(codes(base)).to.deep.equal(['note due-from-rules dueAt 2026-12-02']);
      expect(codes({ ...base, dueAt: '2026-12-02' })).to.deep.equal([]);
      expect(codes({ ...base, dueAt: '2026-12-01' })).to.deep.equal(['warning due-mismatch dueAt 2026-12-02']);
      expect(codes({ ...base, dueAt: '2026-10-01' })).to.deep.equal(['error due-before-request dueAt']);
      expect(codes({ ...base, dueAt: '2026-12-02', extension: { dueAt: '2026-12-30' } })).to.deep.equal([]);
      expect(codes({ ...base, kind: 'application', submittedAt: '2026-01-05', dueAt: '2026-02-25', extension: { dueAt: '2026-03-27' } })).to.deep.equal([
        'warning extension-not-allowed extension',
      ]);
      expect(codes({ ...base, kind: 'permit-x' })).to.deep.equal(['warning unknown-kind kind complaint, information-request, application']);
      expect(checkDeadline({ ...base, dueAt: '2026-10-01' }, undefined, 'Africa/Casablanca').map((f) => f.code)).to.deep.equal(['due-before-request']);
    });
  });

  describe('the validator-free reader agrees with the valibot schema (the JSON Schema source)', () => {
    const dates = [
      '2024-05-02T10:00:00+01:00', '2024-05-02T10:00:00Z', '2024-05-02T10:00Z', '2024-05-02T10:00:00.123+01:00', '2024-05-02',
      '2024-02-29', '2023-02-29', '2024-02-30', '2024-13-01', '2024-05-02T25:00:00Z', '2024-05-02T10:00:00', '2024-05-02T10:00:00+0100', '2024-05-02T10:00:00.123456789Z', 'yesterday', '', '2024-5-2',
    ];
    const texts = ['Voirie', { fr: 'Voirie', ar: 'الطرق' }, {}, { fr: 1 }, ['x'], 3, null];
    const statuses = ['received', 'answered', 'forwarded', 'lost', '', 1];
    it('on dates', () => {
      for (const date of dates) {
        const schema = v.is(complaintSchema, { reference: 'X', status: 'received', submittedAt: date });
        let ours = true;
        try {
          parseComplaint({ reference: 'X', status: 'received', submittedAt: date });
        } catch {
          ours = false;
        }
        expect(ours, date).to.equal(schema);
      }
    });
    it('on whole documents: what the schema accepts is read in full, the same, history in time order', () => {
      fc.assert(
        fc.property(
          fc.record({
            reference: fc.constantFrom('SL-2024-000123', '', 12),
            status: fc.constantFrom(...statuses),
            submittedAt: fc.constantFrom(...dates),
            category: fc.option(fc.constantFrom(...texts), { nil: undefined }),
            dueAt: fc.option(fc.constantFrom(...dates), { nil: undefined }),
            history: fc.option(fc.array(fc.record({ at: fc.constantFrom(...dates), status: fc.constantFrom(...statuses), note: fc.option(fc.constantFrom(...texts), { nil: undefined }) }), { maxLength: 3 }), { nil: undefined }),
          }),
          (doc) => {
            const clean = JSON.parse(JSON.stringify(doc));
            const schema = v.safeParse(complaintSchema, clean);
            let ours: ReturnType<typeof parseComplaint> | undefined;
            try {
              ours = parseComplaint(clean);
            } catch {
              ours = undefined;
            }
            if (schema.success) {
              expect(ours).to.not.equal(undefined);
              expect(ours!.skipped).to.equal(0);
              const expected = { ...schema.output, ...(schema.output.history ? { history: [...schema.output.history].sort((a, b) => Date.parse(a.at.length === 10 ? a.at + 'T00:00:00Z' : a.at) - Date.parse(b.at.length === 10 ? b.at + 'T00:00:00Z' : b.at)) } : {}) };
              expect(JSON.parse(JSON.stringify(ours!.data))).to.deep.equal(JSON.parse(JSON.stringify(expected)));
            } else if (ours) {
              // Tolerated, never silently: something was left out or skipped.
              const dropped = ours.skipped > 0 || Object.keys(clean).some((k) => clean[k] !== undefined && !(k in ours!.data));
              expect(dropped, JSON.stringify(clean)).to.equal(true);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('isOverdue', () => {
    const now = new Date('2024-06-02T00:00:00Z');
    it('is overdue past dueAt only while no answer is given', () => {
      expect(isComplaintOverdue({ status: 'in-progress', dueAt: '2024-06-01T00:00:00+01:00' }, now)).to.equal(true);
      expect(isComplaintOverdue({ status: 'forwarded', dueAt: '2024-06-01T00:00:00+01:00' }, now)).to.equal(true);
      expect(isComplaintOverdue({ status: 'answered', dueAt: '2024-06-01T00:00:00+01:00' }, now)).to.equal(false);
      expect(isComplaintOverdue({ status: 'rejected', dueAt: '2024-06-01T00:00:00+01:00' }, now)).to.equal(false);
      expect(isComplaintOverdue({ status: 'received', dueAt: '2024-06-03T00:00:00+01:00' }, now)).to.equal(false);
      expect(isComplaintOverdue({ status: 'received' }, now)).to.equal(false);
    });
    it('counts a calendar-day due date as the whole day', () => {
      expect(isComplaintOverdue({ status: 'received', dueAt: '2024-06-01' }, new Date('2024-06-01T23:00:00Z'))).to.equal(false);
      expect(isComplaintOverdue({ status: 'received', dueAt: '2024-06-01' }, new Date('2024-06-02T00:00:01Z'))).to.equal(true);
    });
  });

  describe('fromOpen311', () => {
    const request = {
      service_request_id: '638344',
      status: 'open',
      status_notes: 'Crew scheduled.',
      service_name: 'Street lighting',
      agency_responsible: 'Technical service',
      requested_datetime: '2024-05-02T10:00:00+01:00',
      updated_datetime: '2024-05-06T09:00:00+01:00',
      expected_datetime: '2024-05-16T17:00:00+01:00',
    };
    it('maps a GeoReport v2 request onto the contract', () => {
      const mapped = fromOpen311([request], '638344')!;
      const { data } = parseComplaint(mapped);
      expect(data).to.deep.include({
        reference: '638344',
        status: 'in-progress',
        category: 'Street lighting',
        agency: 'Technical service',
        submittedAt: '2024-05-02T10:00:00+01:00',
        updatedAt: '2024-05-06T09:00:00+01:00',
        dueAt: '2024-05-16T17:00:00+01:00',
      });
      expect(data.answer).to.equal(undefined);
      expect(data.history).to.deep.equal([
        { at: '2024-05-02T10:00:00+01:00', status: 'received' },
        { at: '2024-05-06T09:00:00+01:00', status: 'in-progress', note: 'Crew scheduled.' },
      ]);
    });
    it('makes the status notes of a closed request its answer', () => {
      const { data } = parseComplaint(fromOpen311([{ ...request, status: 'closed', status_notes: 'Repaired.' }], '638344'));
      expect(data.status).to.equal('closed');
      expect(data.answer).to.equal('Repaired.');
    });
    it('accepts a numeric id, a missing offset and a space instead of T', () => {
      const { data } = parseComplaint(fromOpen311([{ ...request, service_request_id: 42, requested_datetime: '2024-05-02 10:00:00', updated_datetime: '2024-05-06T09:00:00+0100' }], '42'));
      expect(data.reference).to.equal('42');
      expect(data.submittedAt).to.equal('2024-05-02T10:00:00Z');
      expect(data.updatedAt).to.equal('2024-05-06T09:00:00+01:00');
    });
    it('finds nothing in an empty array or an error list', () => {
      expect(fromOpen311([], 'x')).to.equal(undefined);
      expect(fromOpen311([{ code: 404, description: 'not found' }], 'x')).to.equal(undefined);
      expect(fromOpen311(null, 'x')).to.equal(undefined);
    });
  });

  describe('static crypto', () => {
    it('normalizes references and secrets the way a person may type them', () => {
      expect(normalizeReference(' sl-2024-000123 ')).to.equal('SL-2024-000123');
      expect(normalizeReference('ＳＬ-２０２４')).to.equal('SL-2024'); // full-width forms
      expect(normalizeSecret('k7qf 2m9x')).to.equal('K7QF2M9X');
      expect(normalizeSecret('K7QF–2M9X')).to.equal('K7QF2M9X'); // an en dash from a word processor
    });
    it('refuses metadata below 100,000 iterations, of another kdf or with a short salt', () => {
      const ok = { version: 1, kdf: 'PBKDF2-SHA-256', iterations: 100000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' };
      expect(parseMetadata(ok).iterations).to.equal(100000);
      for (const bad of [{ ...ok, iterations: 99999 }, { ...ok, kdf: 'scrypt' }, { ...ok, salt: 'AAAA' }, { ...ok, version: 2 }, { ...ok, iterations: '210000' }, null]) {
        expect(() => parseMetadata(bad), JSON.stringify(bad)).to.throw(LoadError);
      }
    });
    it('gives the same name and key with Web Crypto and with the pure-JS fallback', async () => {
      const meta = parseMetadata({ version: 1, kdf: 'PBKDF2-SHA-256', iterations: 100000, salt: 'MDEyMzQ1Njc4OWFiY2RlZg==' });
      const web = await deriveLookup('SL-2024-000123', 'K7QF-2M9X', meta, await cryptoBackend());
      const pure = await deriveLookup('SL-2024-000123', 'K7QF-2M9X', meta, await cryptoBackend(true));
      expect(web.name).to.match(/^[0-9a-f]{32}$/);
      expect(pure.name).to.equal(web.name);
      expect([...pure.key]).to.deep.equal([...web.key]);
      const other = await deriveLookup('SL-2024-000123', 'K7QF-2M9Y', meta, await cryptoBackend());
      expect(other.name).not.to.equal(web.name);
    });
    it('loads the fallback when the page has no crypto.subtle', async () => {
      const before = fallbackLoads;
      const backend = await cryptoBackend(false, null); // what globalThis.crypto?.subtle is on a plain-http page
      expect(fallbackLoads).to.equal(before + 1);
      expect(typeof backend.decrypt).to.equal('function');
    });
    it('opens an envelope with either backend and refuses a changed one', async () => {
      const key = crypto.getRandomValues(new Uint8Array(32));
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const aes = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
      const plain = new TextEncoder().encode(JSON.stringify(complaint()) + '   ');
      const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, plain));
      const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
      const envelope = JSON.stringify({ v: 1, iv: b64(iv), ciphertext: b64(ciphertext) });
      for (const backend of [await cryptoBackend(), await cryptoBackend(true)]) {
        expect(await openEnvelope(envelope, key, backend)).to.deep.equal(complaint());
        ciphertext[5] ^= 1;
        const changed = JSON.stringify({ v: 1, iv: b64(iv), ciphertext: b64(ciphertext) });
        ciphertext[5] ^= 1;
        let error: unknown;
        await openEnvelope(changed, key, backend).catch((e) => (error = e));
        expect(error).to.be.instanceOf(LoadError);
      }
    });
  });
});
