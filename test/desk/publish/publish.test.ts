/** The desk's complaint publishing: the zip, the records it refuses, secret codes and their warnings. */
import { expect } from '@open-wc/testing';
import { unzipSync, strFromU8 } from 'fflate';
import { generateSecret, PublishError, publishComplaintsZip, secretWarning } from '../../../src/desk/publish/index.js';
import { parseCalendar } from '../../../src/core/working-days.js';
import { cryptoBackend, deriveLookup, openEnvelope, parseMetadata } from '../../../src/complaint-status/static-crypto.js';

const record = (reference: string, secret?: string, extra: Record<string, unknown> = {}) => ({ reference, status: 'received', submittedAt: '2025-03-04', ...(secret ? { secret } : {}), ...extra });

describe('publishComplaintsZip', () => {
  it('zips index.json and one encrypted file per record, which the widget’s code opens with the secret; contract fields only', async () => {
    const blob = await publishComplaintsZip([record('SL-1', 'H3KP-7QWM', { name: 'Fatima', category: 'Voirie' }), record('SL-2', 'T8ZN-4RCX')], { iterations: 100_000 });
    expect(blob.type).to.equal('application/zip');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).to.have.length(3);
    const index = JSON.parse(strFromU8(files['index.json']));
    expect(index).to.include({ format: 'og-complaints-static', kdf: 'PBKDF2-SHA-256', iterations: 100000, cipher: 'AES-GCM-256' });
    const backend = await cryptoBackend();
    const { key, name } = await deriveLookup('sl-1', 'h3kp 7qwm', parseMetadata(index), backend);
    expect(await openEnvelope(strFromU8(files[`${name}.json`]), key, backend)).to.deep.equal({ reference: 'SL-1', status: 'received', submittedAt: '2025-03-04', category: 'Voirie' });
  });

  it('with the commune’s calendar, gives a record without a due date the one its rule sets, and keeps a stated one', async () => {
    // 10 working days from Tuesday 4 March 2025, weekends off, 7 March a listed holiday: Wednesday 19 March.
    const { calendar } = parseCalendar({ weekend: ['saturday', 'sunday'], holidays: [{ date: '2025-03-07', name: 'Test holiday' }], rules: { complaint: { days: 10, unit: 'working-days' } } });
    expect(calendar).to.exist;
    const stated = record('SL-2', 'T8ZN-4RCX', { dueAt: '2025-03-20' });
    const undated = record('SL-1', 'H3KP-7QWM');
    const blob = await publishComplaintsZip([undated, stated], { iterations: 100_000, calendar });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const index = parseMetadata(JSON.parse(strFromU8(files['index.json'])));
    const backend = await cryptoBackend();
    const open = async (reference: string, secret: string) => {
      const { key, name } = await deriveLookup(reference, secret, index, backend);
      return openEnvelope(strFromU8(files[`${name}.json`]), key, backend) as Promise<Record<string, unknown>>;
    };
    expect((await open('SL-1', 'H3KP-7QWM')).dueAt).to.equal('2025-03-19');
    expect((await open('SL-2', 'T8ZN-4RCX')).dueAt).to.equal('2025-03-20');
    expect(undated, 'the record in the desk is left as it is').not.to.have.property('dueAt');
    // Without a calendar nothing is computed.
    const plain = unzipSync(new Uint8Array(await (await publishComplaintsZip([record('SL-1', 'H3KP-7QWM')], { iterations: 100_000 })).arrayBuffer()));
    const plainIndex = parseMetadata(JSON.parse(strFromU8(plain['index.json'])));
    const { key, name } = await deriveLookup('SL-1', 'H3KP-7QWM', plainIndex, backend);
    expect(await openEnvelope(strFromU8(plain[`${name}.json`]), key, backend)).not.to.have.property('dueAt');
  });

  it('uses 600,000 iterations by default', async () => {
    const files = unzipSync(new Uint8Array(await (await publishComplaintsZip([record('SL-1', 'H3KP-7QWM')])).arrayBuffer()));
    expect(JSON.parse(strFromU8(files['index.json'])).iterations).to.equal(600000);
  });

  it('refuses records without a secret, invalid records and duplicate references, naming them, never a secret', async () => {
    const fails = async (records: unknown[]) => publishComplaintsZip(records, { iterations: 100_000 }).then(() => expect.fail('published'), (e: PublishError) => e);
    const noSecret = await fails([record('SL-1', 'H3KP-7QWM'), record('SL-2')]);
    expect(noSecret.problem).to.equal('missing-secret');
    expect(noSecret.localizedMessage).to.match(/no secret code.*SL-2$/);
    expect((await fails([{ reference: 'SL-3', status: 'lost', secret: 'H3KP-7QWM' }])).problem).to.equal('invalid');
    const dup = await fails([record('SL-1', 'H3KP-7QWM'), record('sl-1', 'T8ZN-4RCX')]);
    expect(dup.problem).to.equal('duplicate-reference');
    expect(dup.localizedMessage).not.to.contain('T8ZN');
    expect((await fails([])).problem).to.equal('no-records');
  });
});

describe('secret codes', () => {
  it('generates 8 characters without look-alikes, all different, none weak', () => {
    const codes = new Set(Array.from({ length: 100 }, generateSecret));
    expect(codes.size).to.equal(100);
    for (const code of codes) {
      expect(code).to.match(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(secretWarning(code)).to.equal(null);
    }
  });

  it('warns about weak codes and says why; refuses short ones', () => {
    expect(secretWarning('482913')).to.match(/weak.*6-digit code falls in about a minute per reference/);
    expect(secretWarning('12345678')).to.match(/weak/);
    expect(secretWarning('abc')).to.match(/at least 6 letters or digits/);
    expect(secretWarning('K7QF-2M9X')).to.equal(null);
  });
});
