/**
 * The Open311 mapping and the static folder's crypto are loaded only when their format is used:
 * a page of the default format never requests them, and a page of another format starts the
 * load as soon as the person reaches the form. Alone in its file (its own page), so that nothing
 * else has loaded them before.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '@open-wc/testing';
import { resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { API, complaint, fill, lookupWidget, submit } from './fixtures.js';

const requested = (file: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(`/src/complaint-status/${file}`));

describe('<og-complaint-status> format parts', () => {
  afterEach(resetPage);

  it('looks up a file of the default format without loading the Open311 mapping or the crypto', async () => {
    stubFetch({ 'complaints/RC-2024-00017.json': { body: complaint() } });
    const el = await lookupWidget(html`<og-complaint-status api=${API} now="2024-05-10T12:00:00+01:00"></og-complaint-status>`);
    await fill(el, 'reference', 'RC-2024-00017');
    await submit(el);
    await waitForState(el, 'ready', 'not-found', 'error');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(requested('open311.ts')).to.equal(false);
    expect(requested('static-crypto.ts')).to.equal(false);
  });

  it('starts loading the Open311 mapping when the person reaches the form, before any lookup', async () => {
    const el = await lookupWidget(html`<og-complaint-status format="open311" api=${API}></og-complaint-status>`);
    expect(requested('open311.ts')).to.equal(false);
    el.shadowRoot!.querySelector<HTMLInputElement>('[name=reference]')!.focus();
    await waitUntil(() => requested('open311.ts'), 'the Open311 mapping was not requested on focus', { timeout: 5000 });
    expect(requested('static-crypto.ts')).to.equal(false);
  });
});
