/**
 * format="static": the files in demo/data/static-complaints were written by the CLI
 * (`opengov-widgets complaints publish demo/data/complaint-records.json …`); here the widget
 * reads them from the test server, which makes this the CLI → widget round trip.
 */
import { expect, html } from '@open-wc/testing';
import type { OgComplaintStatus } from '../../src/complaint-status/index.js';
import { cryptoBackend, deriveLookup, fallbackLoads, parseMetadata } from '../../src/complaint-status/static-crypto.js';
import { query, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { fill, lookupWidget, submit } from './fixtures.js';

const FOLDER = '/demo/data/static-complaints/';
interface RecordRow {
  reference: string;
  secret: string;
  status: string;
  category: { fr: string; ar: string };
  agency: { fr: string };
}
let records: RecordRow[];

async function staticWidget(folder = FOLDER): Promise<OgComplaintStatus> {
  return lookupWidget(html`<og-complaint-status format="static" api=${folder} now="2024-05-10T12:00:00+01:00"></og-complaint-status>`);
}

async function lookUp(reference: string, secret: string, el?: OgComplaintStatus) {
  el ??= await staticWidget();
  await fill(el, 'reference', reference);
  await fill(el, 'secret', secret);
  await submit(el);
  await waitForState(el, 'ready', 'not-found', 'error');
  return el;
}

/** The name of a record's file, derived the way the widget does. */
async function fileNameOf(reference: string, secret: string): Promise<string> {
  const meta = parseMetadata(await (await fetch(`${FOLDER}index.json`)).json());
  return (await deriveLookup(reference, secret, meta, await cryptoBackend())).name;
}

describe('<og-complaint-status format="static">', () => {
  before(async () => {
    records = await (await fetch('/demo/data/complaint-records.json')).json();
  });
  afterEach(resetPage);

  it('asks for the secret code too, and sends nothing while it is empty', async () => {
    const requests = stubFetch({});
    const el = await staticWidget();
    const secret = query<HTMLInputElement>(el, 'input[name=secret]');
    expect(query(el, `label[for=${secret.id}]`).textContent).to.contain('Secret code');
    await fill(el, 'reference', 'SL-2024-000123');
    await submit(el);
    expect(requests).to.have.length(0);
    expect(query(el, '[part~=field-error]').textContent).to.contain('Enter the secret code printed on your receipt.');
    await expect(el).to.be.accessible();
  });

  it('decrypts every file the CLI wrote (round trip)', async () => {
    expect(records.length).to.be.greaterThan(2);
    for (const record of records) {
      const events: CustomEvent[] = [];
      const el = await staticWidget();
      el.addEventListener('og-lookup', (e) => events.push(e as CustomEvent));
      await lookUp(record.reference, record.secret, el);
      expect(el.getAttribute('state'), record.reference).to.equal('ready');
      expect(events[0].detail.complaint.reference).to.equal(record.reference);
      expect(events[0].detail.complaint.status).to.equal(record.status);
      expect(events[0].detail.complaint).not.to.have.property('secret');
      expect(textOf(el)).to.contain(record.agency.fr.slice(0, 10));
      el.remove();
    }
  });

  it('shows the complaint in Arabic from an encrypted file, accessibly', async () => {
    await useLocale('ar');
    const record = records[1];
    const el = await lookUp(record.reference, record.secret);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(textOf(el)).to.contain(record.category.ar);
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('forgives case, spaces and hyphens the way the receipt is typed', async () => {
    const record = records[0];
    const el = await lookUp(` ${record.reference.toLowerCase()} `, record.secret.replace(/-/g, ' ').toLowerCase());
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('shows a wrong secret exactly like an unknown reference: not found', async () => {
    const record = records[0];
    const wrong = await lookUp(record.reference, 'AAAA-BBBB');
    expect(wrong.getAttribute('state')).to.equal('not-found');
    const wrongText = query(wrong, '[part~=not-found]').textContent;
    expect(wrongText).to.contain('No complaint was found with this reference and secret code.');
    await expect(wrong).to.be.accessible();
    const unknown = await lookUp('SL-1999-000001', record.secret);
    expect(unknown.getAttribute('state')).to.equal('not-found');
    expect(query(unknown, '[part~=not-found]').textContent).to.equal(wrongText);
  });

  it('treats a file changed on the host as an error, not a crash and not "not found"', async () => {
    const record = records[0];
    const name = await fileNameOf(record.reference, record.secret);
    const original = await (await fetch(`${FOLDER}${name}.json`)).json();
    const bytes = atob(original.ciphertext);
    const flipped = bytes.slice(0, 40) + String.fromCharCode(bytes.charCodeAt(40) ^ 1) + bytes.slice(41);
    stubFetch({ [`${name}.json`]: { body: { ...original, ciphertext: btoa(flipped) } } });
    const errors: CustomEvent[] = [];
    const el = await staticWidget();
    el.addEventListener('og-error', (e) => errors.push(e as CustomEvent));
    await lookUp(record.reference, record.secret, el);
    expect(el.getAttribute('state')).to.equal('error');
    expect(textOf(el)).to.contain('The data received is not valid');
    expect(errors[0].detail.kind).to.equal('invalid');
    await expect(el).to.be.accessible();
  });

  it('treats a file that is not an envelope as an error, and an HTML page answered for a missing file as not found', async () => {
    const record = records[0];
    const name = await fileNameOf(record.reference, record.secret);
    for (const [body, expected] of [
      [{ v: 1, iv: 'AAAA', ciphertext: 'not base64 !' }, 'error'],
      [{ v: 2, iv: 'x', ciphertext: 'y' }, 'error'],
      ['<!doctype html><title>Commune</title>', 'not-found'],
    ] as const) {
      stubFetch({ [`${name}.json`]: { body } });
      const el = await lookUp(record.reference, record.secret);
      expect(el.getAttribute('state'), JSON.stringify(body)).to.equal(expected);
      el.remove();
    }
  });

  it('is an error (not "not found") when the folder has no index.json or a weak one', async () => {
    const missing = await lookUp(records[0].reference, records[0].secret, await staticWidget('/demo/data/no-such-folder/'));
    expect(missing.getAttribute('state')).to.equal('error');
    expect(textOf(missing)).to.contain('The data was not found at the configured address.');
    stubFetch({ 'weak/index.json': { body: { version: 1, kdf: 'PBKDF2-SHA-256', iterations: 1000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' } } });
    const weak = await lookUp(records[0].reference, records[0].secret, await staticWidget('https://data.example.ma/weak/'));
    expect(weak.getAttribute('state')).to.equal('error');
    expect(textOf(weak)).to.contain('not valid');
  });

  it('decrypts with the pure-JS fallback when forced (the path for pages without crypto.subtle)', async () => {
    const before = fallbackLoads;
    const record = records[2];
    const el = await staticWidget();
    el.pureJsCrypto = true;
    await lookUp(record.reference, record.secret, el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(fallbackLoads).to.equal(before + 1);
    expect(textOf(el)).to.contain(record.reference);
    const wrong = await staticWidget();
    wrong.pureJsCrypto = true;
    await lookUp(record.reference, 'WRONG-CODE', wrong);
    expect(wrong.getAttribute('state')).to.equal('not-found');
  });

  it('never writes the reference or the secret anywhere unless asked', async () => {
    const record = records[0];
    const el = await lookUp(record.reference, record.secret);
    expect(el.getAttribute('state')).to.equal('ready');
    const stored = [...Object.entries(localStorage), ...Object.entries(sessionStorage)].flat().join(' ');
    expect(stored).not.to.contain(record.reference);
    expect(stored).not.to.contain(record.secret);
    expect(location.href).not.to.contain(record.reference);
  });

  it('remembers only the reference, never the secret code', async () => {
    const record = records[0];
    const el = await staticWidget();
    query<HTMLInputElement>(el, 'input[name=remember]').click();
    await lookUp(record.reference, record.secret, el);
    const stored = Object.values(localStorage).join(' ');
    expect(stored).to.contain(record.reference);
    expect(stored).not.to.contain(record.secret);
    el.forgetReference();
    expect(Object.values(localStorage).join(' ')).not.to.contain(record.reference);
  });
});
