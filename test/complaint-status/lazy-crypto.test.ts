/**
 * The pure-JS crypto is loaded only on pages without Web Crypto. Alone in its file (its own
 * page), so that nothing else has loaded it before.
 */
import { expect, html } from '@open-wc/testing';
import type { OgComplaintStatus } from '../../src/complaint-status/index.js';
import { fallbackLoads } from '../../src/complaint-status/static-crypto.js';
import { resetPage, waitForState } from '../helpers/data-server.js';
import { fill, lookupWidget, submit } from './fixtures.js';

const nobleRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('@noble'));

async function lookUp(reference: string, secret: string, pureJsCrypto = false): Promise<OgComplaintStatus> {
  const el = await lookupWidget(html`<og-complaint-status format="static" api="/demo/data/static-complaints/"></og-complaint-status>`);
  el.pureJsCrypto = pureJsCrypto;
  await fill(el, 'reference', reference);
  await fill(el, 'secret', secret);
  await submit(el);
  await waitForState(el, 'ready', 'not-found', 'error');
  return el;
}

describe('static format crypto loading', () => {
  afterEach(resetPage);

  it('does not load the fallback where Web Crypto exists, and loads it on demand when it is needed', async () => {
    const [record] = await (await fetch('/demo/data/complaint-records.json')).json();
    const withWebCrypto = await lookUp(record.reference, record.secret);
    expect(withWebCrypto.getAttribute('state')).to.equal('ready');
    expect(fallbackLoads).to.equal(0);
    expect(nobleRequested()).to.equal(false);

    // What a page without crypto.subtle (plain http) does, forced through the property.
    const withoutWebCrypto = await lookUp(record.reference, record.secret, true);
    expect(withoutWebCrypto.getAttribute('state')).to.equal('ready');
    expect(fallbackLoads).to.equal(1);
    expect(nobleRequested()).to.equal(true);
  });
});
