/**
 * The Open311 mapping and the static folder's crypto are loaded only when their format is used:
 * a page of the default format never requests them, and a page of another format starts the
 * load as soon as the person reaches the form. Alone in its file (its own page), so that nothing
 * else has loaded them before.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { formatParts } from '../../src/complaint-status/lookup.js';
import { query, resetPage, stubFetch, useLocale, waitForState } from '../helpers/data-server.js';
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
    await waitUntil(() => requested('open311.ts'), 'the Open311 mapping was not requested on focus');
    expect(requested('static-crypto.ts')).to.equal(false);
  });

  it('says the network failed, in the page language, when a part cannot be downloaded, and its retry works', async () => {
    await useLocale('ar');
    const load = formatParts.open311;
    let fail = true;
    formatParts.open311 = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    try {
      stubFetch({ 'requests/638344.json': { body: [{ service_request_id: '638344', status: 'open', requested_datetime: '2024-05-02T10:00:00+01:00' }] } });
      const el = await lookupWidget(html`<og-complaint-status format="open311" api=${API} now="2024-05-20T00:00:00Z"></og-complaint-status>`);
      const errors: CustomEvent[] = [];
      el.addEventListener('og-error', (e) => errors.push(e as CustomEvent));
      await fill(el, 'reference', '638344');
      await submit(el);
      await waitForState(el, 'error', 'ready');
      expect(el.getAttribute('state')).to.equal('error');
      expect(errors[0].detail).to.include({ kind: 'network', reason: 'network' });
      expect(query(el, '[part~=error]').textContent).to.contain('تعذر الاتصال بالخادم.'); // core.error.network in Arabic
      await expect(el).to.be.accessible();
      fail = false;
      query(el, '[part~=retry]').click();
      await waitForState(el, 'ready');
    } finally {
      formatParts.open311 = load;
    }
  });
});
