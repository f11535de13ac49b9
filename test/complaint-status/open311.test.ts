import { expect, html } from '@open-wc/testing';
import { query, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { API, fill, lookupWidget, submit } from './fixtures.js';

const request = {
  service_request_id: '638344',
  status: 'open',
  status_notes: 'Intervention programmée.',
  service_name: 'Éclairage public',
  agency_responsible: 'Service technique',
  requested_datetime: '2024-05-02T10:00:00+01:00',
  updated_datetime: '2024-05-06T09:00:00+01:00',
  expected_datetime: '2024-05-16T17:00:00+01:00',
  description: 'Personal text written by the citizen',
};

async function open311(answers: Parameters<typeof stubFetch>[0], jurisdiction?: string) {
  const requests = stubFetch(answers);
  const el = await lookupWidget(html`<og-complaint-status format="open311" api=${API} jurisdiction-id=${jurisdiction ?? ''} now="2024-05-20T00:00:00Z"></og-complaint-status>`);
  await fill(el, 'reference', '638344');
  await submit(el);
  await waitForState(el, 'ready', 'not-found', 'error');
  return { el, requests };
}

describe('<og-complaint-status format="open311">', () => {
  afterEach(resetPage);

  it('reads GET {api}/requests/{id}.json with jurisdiction_id, onto the same view', async () => {
    const { el, requests } = await open311({ 'requests/638344.json?jurisdiction_id=ma.sale': { body: [request] } }, 'ma.sale');
    expect(requests[0].url).to.equal(`${API}requests/638344.json?jurisdiction_id=ma.sale`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(query(el, '[part~=badge]').textContent).to.contain('Being handled');
    expect(textOf(el)).to.contain('Éclairage public');
    expect(textOf(el)).to.contain('Intervention programmée.');
    expect(textOf(el)).not.to.contain('Personal text'); // the request's description is not shown
    expect(query(el, '[part~=overdue]')).to.exist; // expected_datetime has passed
    await expect(el).to.be.accessible();
  });

  it('sends no jurisdiction_id when none is set', async () => {
    const { requests } = await open311({ 'requests/638344.json': { body: [request] } });
    expect(new URL(requests[0].url).search).to.equal('');
  });

  it('shows a closed request with its notes as the answer', async () => {
    await useLocale('ar');
    const { el } = await open311({ 'requests/638344.json': { body: [{ ...request, status: 'closed', status_notes: 'تم الإصلاح.' }] } });
    expect(query(el, '[part~=badge]').textContent).to.contain('مغلقة');
    expect(query(el, '[part~=answer]').textContent).to.contain('تم الإصلاح.');
    expect(query(el, '[part~=overdue]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is "not found" on 404 and on an empty array; an error on a 500', async () => {
    expect((await open311({ 'requests/638344.json': { status: 404, body: [{ code: 404, description: 'not found' }] } })).el.getAttribute('state')).to.equal('not-found');
    expect((await open311({ 'requests/638344.json': { body: [] } })).el.getAttribute('state')).to.equal('not-found');
    expect((await open311({ 'requests/638344.json': { status: 500, body: {} } })).el.getAttribute('state')).to.equal('error');
  });
});
