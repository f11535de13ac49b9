/**
 * A document's optional `machineTranslated` (API.md): every text listed there, in the language
 * shown, carries a "machine translation" tag, in the tracker, the calendar and the outcomes
 * alike; texts not listed, or listed for another language, are not marked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/commitment-tracker/index.js';
import '../../src/consultation-calendar/index.js';
import '../../src/proposal-outcomes/index.js';
import { forgetSchemas } from '../../src/adapters/decidim/index.js';
import { queryAll, resetPage, useLocale, waitForState } from '../helpers/data-server.js';

const machineTranslated = { en: ['Street lighting', 'Public meeting', 'More benches'], ar: ['إنارة'] };
const title = { fr: 'Éclairage public', en: 'Street lighting', ar: 'إنارة' };
const human = { fr: 'Bibliothèque', en: 'Library' };

const tags = (el: Element) => queryAll(el, '.og-machine-translation');
const titleTexts = (el: Element) => queryAll(el, '.title-text').map((t) => t.textContent!.replace(/\s+/g, ' ').trim());

const LABELS = { en: 'machine translation', fr: 'traduction automatique', ar: 'ترجمة آلية', zgh: 'ⵜⴰⵙⵓⵖⵍⵜ ⵜⴰⵎⴰⵡⵓⵔⵜ' } as const;

describe('Machine translations are marked text by text', () => {
  afterEach(async () => {
    forgetSchemas();
    await resetPage();
  });

  for (const locale of ['en', 'ar'] as const) {
    it(`commitment tracker (${locale})`, async () => {
      await useLocale(locale);
      const data = {
        updatedAt: '2026-11-25T12:00:00Z',
        machineTranslated,
        commitments: [
          { id: '1', title, status: 'substantial' },
          { id: '2', title: human, status: 'complete' },
        ],
      };
      const el = await fixture(html`<og-commitment-tracker .data=${data} today="2026-11-25"></og-commitment-tracker>`);
      await waitForState(el, 'ready', 'error');
      expect(titleTexts(el)).to.deep.equal(locale === 'en' ? [`Street lighting ${LABELS.en}`, 'Library'] : [`إنارة ${LABELS.ar}`, 'Bibliothèque']);
      expect(tags(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('consultation calendar', async () => {
    await useLocale('en');
    const data = {
      updatedAt: '2026-11-25T12:00:00Z',
      machineTranslated,
      events: [
        { id: 'a', title: { fr: 'Réunion publique', en: 'Public meeting' }, start: '2026-12-10T17:00:00+00:00' },
        { id: 'b', title: { fr: 'Atelier', en: 'Workshop' }, start: '2026-12-11T17:00:00+00:00' },
      ],
    };
    const el = await fixture(html`<og-consultation-calendar .data=${data} now="2026-11-25T12:00:00Z" viewer-time-zone="Africa/Casablanca"></og-consultation-calendar>`);
    await waitForState(el, 'ready', 'error');
    expect(titleTexts(el)).to.deep.equal([`Public meeting ${LABELS.en}`, 'Workshop']);
    await expect(el).to.be.accessible();
  });

  for (const locale of ['fr', 'zgh'] as const) {
    it(`proposal outcomes: the tag in the page's language (${locale}); a text in another language is marked too`, async () => {
      await useLocale(locale);
      const data = {
        updatedAt: '2026-11-25T12:00:00Z',
        machineTranslated,
        stages: [{ id: 'published', title: 'Published' }],
        proposals: [
          { reference: 'P-1', title: { en: 'More benches' }, stage: 'published' },
          { reference: 'P-2', title: { en: 'Cycle lanes' }, stage: 'published' },
        ],
      };
      const el = await fixture(html`<og-proposal-outcomes .data=${data}></og-proposal-outcomes>`);
      await waitForState(el, 'ready', 'error');
      // Only English texts: shown in English (with their own lang), the machine one marked.
      expect(titleTexts(el)).to.deep.equal([`More benches ${LABELS[locale]}`, 'Cycle lanes']);
      await expect(el).to.be.accessible();
    });
  }

  it('a document without the field, or with a malformed one, marks nothing and loses no item', async () => {
    await useLocale('en');
    const data = { updatedAt: '2026-11-25T12:00:00Z', machineTranslated: { en: 'Street lighting' }, commitments: [{ id: '1', title, status: 'complete' }] };
    const el = await fixture(html`<og-commitment-tracker .data=${data}></og-commitment-tracker>`);
    await waitForState(el, 'ready', 'error');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(tags(el)).to.have.length(0);
  });
});
