import { expect, fixture, html } from '@open-wc/testing';
import '../../src/complaint-status/index.js';
import { forgetRememberedComplaints, type OgComplaintStatus } from '../../src/complaint-status/index.js';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { ALL_TEXT_PAYLOADS, resetXssFlag, TEXT_PAYLOADS } from '../helpers/xss-payloads.js';
import { fill, submit } from '../complaint-status/fixtures.js';
import { folderIndex, publish } from '../fuzz/static-files.js';
import { Fields, SHAPES } from './fields.js';
import { catchingPageErrors, expectNoInjection, openEverything, settle } from './inspect.js';

const API = 'https://data.example.ma/opengov/';

function complaintFor(f: Fields) {
  return {
    reference: f.plain('reference'),
    status: 'answered',
    category: f.text('category'),
    agency: f.text('agency'),
    submittedAt: '2024-05-02T10:00:00+01:00',
    updatedAt: '2024-05-06T09:00:00+01:00',
    dueAt: '2024-06-01',
    history: [
      { at: '2024-05-02T10:00:00+01:00', status: 'received', note: f.text('note1') },
      { at: '2024-05-06T09:00:00+01:00', status: 'answered', note: f.text('note2') },
    ],
    answer: f.text('answer'),
  };
}

async function lookUp(format: string, answers: Parameters<typeof stubFetch>[0], reference: string, secret?: string): Promise<OgComplaintStatus> {
  stubFetch(answers);
  const el = await fixture<OgComplaintStatus>(html`<og-complaint-status api=${API} format=${format} now="2024-05-10T12:00:00+01:00" no-remember></og-complaint-status>`);
  await fill(el, 'reference', reference);
  if (secret !== undefined) await fill(el, 'secret', secret);
  await submit(el);
  await waitForState(el, 'ready', 'not-found', 'error');
  expect(el.getAttribute('state')).to.equal('ready');
  await openEverything(el);
  await settle(el);
  return el;
}

describe('XSS corpus: <og-complaint-status>', function () {
  this.timeout(60_000);
  beforeEach(resetXssFlag);
  afterEach(async () => {
    forgetRememberedComplaints();
    await resetPage();
  });

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    const shape = SHAPES[index % SHAPES.length];
    it(`JSON: payload #${index} (${shape}) in reference, category, agency, notes, answer is text: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, shape);
      const { result: el, errors } = await catchingPageErrors(() => lookUp('json', { 'complaints/SL-1.json': { body: complaintFor(f) } }, 'SL-1'));
      expectNoInjection(el, `payload #${index}`);
      f.expectShown(el);
      expect(errors).to.deep.equal([]);
    });
  });

  ALL_TEXT_PAYLOADS.forEach((payload, index) => {
    for (const status of ['open', 'closed']) {
      it(`Open311 (${status}): payload #${index} in service_request_id, service_name, agency_responsible, status_notes is text: ${JSON.stringify(payload.slice(0, 30))}`, async () => {
        const f = new Fields(payload, 'string');
        const request = {
          service_request_id: f.plain('id'),
          status,
          status_notes: f.plain('notes'),
          service_name: f.plain('service'),
          service_code: payload,
          description: payload,
          agency_responsible: f.plain('agency'),
          service_notice: payload,
          address: payload,
          media_url: `javascript:window.__xss=1`,
          requested_datetime: '2024-05-02T10:00:00+01:00',
          updated_datetime: '2024-05-06T09:00:00+01:00',
          expected_datetime: '2024-06-01T00:00:00+01:00',
        };
        const { result: el, errors } = await catchingPageErrors(() => lookUp('open311', { 'requests/42.json': { body: [request] } }, '42'));
        expectNoInjection(el, `payload #${index}`);
        f.expectShown(el);
        expect(errors).to.deep.equal([]);
      });
    }
  });

  // Static files: each lookup derives a key (PBKDF2, 100,000 rounds), so a sample of the corpus.
  TEXT_PAYLOADS.filter((_, i) => i % 4 === 0).forEach((payload, index) => {
    it(`static: payload #${index * 4} inside an encrypted file is text: ${JSON.stringify(payload.slice(0, 40))}`, async () => {
      const f = new Fields(payload, 'object');
      const index_ = folderIndex();
      const file = await publish('SL-2024-000001', 'ABCD-EFGH', complaintFor(f), index_);
      const { result: el, errors } = await catchingPageErrors(() =>
        lookUp('static', { 'opengov/index.json': { body: index_ }, [`${file.name}.json`]: { body: file.envelope } }, 'SL-2024-000001', 'ABCD-EFGH'),
      );
      expectNoInjection(el, `payload #${index * 4}`);
      f.expectShown(el);
      expect(errors).to.deep.equal([]);
    });
  });
});
