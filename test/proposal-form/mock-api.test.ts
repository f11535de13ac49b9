import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/proposal-form/index.js';
import type { OgProposalForm } from '../../src/proposal-form/index.js';
import { readDraft } from '../../src/proposal-form/draft.js';
import { query, resetPage, waitForState } from '../helpers/data-server.js';
import { clearDrafts, fillRequired, submit, type } from './fixtures.js';

/** Against the demo's real mock API (demo/mock-api.js, served by the test runner). */
const post = (scenario: string, body: unknown, key?: string) =>
  fetch(`/api/${scenario}/proposals`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) });

const proposal = { title: 'T', problem: 'P', solution: 'S', locale: 'fr', consent: true };

describe('proposals mock API', () => {
  it('stores a proposal, answers 201 with a reference, and the same key gives the same reference', async () => {
    const key = crypto.randomUUID();
    const first = await post('demo', proposal, key);
    expect(first.status).to.equal(201);
    const answer = await first.json();
    expect(answer.reference).to.match(/^P-\d{4}-\d{4}$/);
    expect(answer.status).to.equal('received');
    const again = await (await post('demo', { ...proposal, title: 'changed' }, key)).json();
    expect(again.reference).to.equal(answer.reference);
    const other = await (await post('demo', proposal, crypto.randomUUID())).json();
    expect(other.reference).not.to.equal(answer.reference);
    const tracked = await (await fetch(new URL(answer.trackUrl).pathname)).json();
    expect(tracked).to.include({ reference: answer.reference, title: 'T' });
    expect(JSON.stringify(tracked)).not.to.contain('author');
  });

  it('answers 422 with per-field errors for missing fields', async () => {
    const response = await post('demo', { title: '', problem: 'P' }, crypto.randomUUID());
    expect(response.status).to.equal(422);
    const { errors } = await response.json();
    expect(Object.keys(errors).sort()).to.deep.equal(['consent', 'solution', 'title']);
    expect(errors.title.fr).to.be.a('string');
  });
});

describe('<og-proposal-form> against a server that fails first, then works', () => {
  beforeEach(clearDrafts);
  afterEach(async () => {
    clearDrafts();
    await resetPage();
  });

  it('loses nothing: the person retries when allowed, and the proposal arrives once', async () => {
    const el = await fixture<OgProposalForm>(html`<og-proposal-form api="/api/flaky/" min-fill-time="0"></og-proposal-form>`);
    await waitForState(el, 'idle');
    const postUrl = new URL('/api/flaky/proposals', location.href).href;
    fillRequired(el);
    type(el, 'expectedResult', 'Tout le monde peut les lire.');
    const submitted: CustomEvent[] = [];
    el.addEventListener('og-submit', (e) => submitted.push(e as CustomEvent));
    let attempts = 0;
    while (el.getAttribute('state') !== 'submitted' && attempts < 4) {
      attempts++;
      await submit(el);
      await waitForState(el, 'error', 'submitted');
      if (el.getAttribute('state') === 'error') {
        // The server said 503 with Retry-After: the draft is intact and the button waits.
        expect(readDraft(postUrl)?.values.expectedResult).to.equal('Tout le monde peut les lire.');
        expect(query<HTMLTextAreaElement>(el, '[name=expectedResult]').value).to.equal('Tout le monde peut les lire.');
        await waitUntil(() => !query<HTMLButtonElement>(el, 'button[type=submit]').disabled, 'the send button stayed disabled after Retry-After');
      }
    }
    expect(el.getAttribute('state')).to.equal('submitted');
    expect(attempts).to.be.at.most(2);
    expect(submitted).to.have.length(1);
    expect(submitted[0].detail.reference).to.match(/^P-\d{4}-\d{4}$/);
    expect(readDraft(postUrl)).to.equal(undefined);
  });
});
