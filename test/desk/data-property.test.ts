import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/commitment-tracker/index.js';
import type { OgCommitmentTracker } from '../../src/commitment-tracker/index.js';
import type { OgLoadDetail } from '../../src/core/data-element.js';

describe('data widgets: the data property (the desk preview, no request)', () => {
  it('shows a document given as data, validated as a file: invalid items skipped and counted, updates followed', async () => {
    const loads: OgLoadDetail<{ commitments: unknown[] }>[] = [];
    const el = await fixture<OgCommitmentTracker>(html`<og-commitment-tracker @og-load=${(e: CustomEvent) => loads.push(e.detail)}></og-commitment-tracker>`);
    el.data = {
      updatedAt: '2026-11-30T10:00:00+00:00',
      commitments: [
        { id: 'a', title: { fr: 'Eau potable' }, status: 'complete' },
        { id: 'b', title: 'Sans statut' },
      ],
    };
    await waitUntil(() => el.getAttribute('state') === 'ready', 'ready from data');
    expect(loads[0].skipped).to.equal(1);
    expect(el.shadowRoot!.textContent).to.include('Eau potable');
    el.data = { updatedAt: '2026-11-30T10:00:00+00:00', commitments: [{ id: 'c', title: 'Éclairage', status: 'limited' }] };
    await waitUntil(() => loads.length === 2, 'reloaded on new data');
    expect(el.shadowRoot!.textContent).to.include('Éclairage');
    el.data = { nothing: true };
    await waitUntil(() => el.getAttribute('state') === 'error', 'a document of another shape is the error state');
  });
});
