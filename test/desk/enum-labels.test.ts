/**
 * The desk's forms show enum values (statuses, decisions, modes…) in words, the widgets' own,
 * in the four locales, while the raw value is what is saved.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/desk/index.js';
import type { OgDesk } from '../../src/desk/index.js';
import { clearSession } from '../../src/desk/storage.js';
import { DESK_RESOURCES } from '../../src/desk/resources.js';
import { hasEnumLabels } from '../../src/desk/enum-labels.js';
import type { FieldNode } from '../../src/desk/schema-walk.js';
import { templates as commitmentsFr } from '../../src/generated/locales/commitments/fr.js';
import { templates as commitmentsAr } from '../../src/generated/locales/commitments/ar.js';
import { templates as commitmentsZgh } from '../../src/generated/locales/commitments/zgh.js';
import { templates as calendarFr } from '../../src/generated/locales/calendar/fr.js';
import { templates as calendarAr } from '../../src/generated/locales/calendar/ar.js';
import { templates as calendarZgh } from '../../src/generated/locales/calendar/zgh.js';

function enumsOf(node: FieldNode, path: string, out: [string, string[]][] = []): [string, string[]][] {
  if (node.kind === 'enum') out.push([path, node.values]);
  else if (node.kind === 'object') for (const field of node.fields) enumsOf(field.node, `${path}.${field.key}`, out);
  else if (node.kind === 'array') enumsOf(node.item, `${path}[]`, out);
  else if (node.kind === 'map') enumsOf(node.value, `${path}{}`, out);
  return out;
}

const open = async (lang: string) => {
  clearSession();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><og-desk preview-src="none"></og-desk></div>`);
  const desk = wrapper.querySelector('og-desk') as OgDesk;
  await waitUntil(() => desk.locale === lang, `the desk speaks ${lang}`);
  await desk.updateComplete;
  return desk;
};
const select = (desk: OgDesk, path: string) => desk.shadowRoot!.querySelector<HTMLSelectElement>(`[id="f-${path}"]`);
const optionTexts = (el: HTMLSelectElement) => [...el.options].filter((o) => o.value).map((o) => [o.value, o.textContent!.trim()]);
const words = (templates: Record<string, unknown>, id: string) => String(templates[id]);

describe('the desk’s enum labels', () => {
  afterEach(() => clearSession());

  it('every enum of every resource the desk edits has words', () => {
    const enums = Object.values(DESK_RESOURCES).flatMap((resource) => enumsOf(resource!.field, resource!.name));
    expect(enums.length).to.be.greaterThan(8);
    expect(enums.filter(([, values]) => !hasEnumLabels(values)).map(([path]) => path)).to.deep.equal([]);
  });

  it('English: the widgets’ words, the raw value kept in the option and saved', async () => {
    const desk = await open('en');
    desk.startFromExample('commitments');
    await desk.updateComplete;
    desk.shadowRoot!.querySelector<HTMLElement>('li[data-key="commitments.0"] summary')!.click();
    const status = await waitUntil(() => select(desk, 'commitments.0.status')).then(() => select(desk, 'commitments.0.status')!);
    expect(optionTexts(status)).to.deep.include(['ongoing', 'Ongoing (continuous)']);
    expect(optionTexts(status)).to.deep.include(['not-started', 'Not started']);
    status.value = 'withdrawn';
    status.dispatchEvent(new Event('change'));
    await desk.updateComplete;
    const stored = JSON.parse(localStorage.getItem('opengov-desk:session')!);
    expect(stored.documents[0].current.commitments[0].status).to.equal('withdrawn');
  });

  for (const [lang, commitments, calendar] of [
    ['fr', commitmentsFr, calendarFr],
    ['ar', commitmentsAr, calendarAr],
    ['zgh', commitmentsZgh, calendarZgh],
  ] as const) {
    it(`${lang}: commitment statuses and event modes in the widgets’ translated words`, async function () {
      this.timeout(30_000);
      const desk = await open(lang);
      desk.startFromExample('commitments');
      await desk.updateComplete;
      desk.shadowRoot!.querySelector<HTMLElement>('li[data-key="commitments.0"] summary')!.click();
      const status = await waitUntil(() => select(desk, 'commitments.0.status')).then(() => select(desk, 'commitments.0.status')!);
      await waitUntil(() => optionTexts(status).some(([value, text]) => text === words(commitments, `commitments.status.${value}`)), `${lang} words`);
      for (const [value, text] of optionTexts(status)) expect(text, value).to.equal(words(commitments, `commitments.status.${value}`));

      desk.startFromExample('events');
      await desk.updateComplete;
      desk.shadowRoot!.querySelector<HTMLElement>('li[data-key="events.0"] summary')!.click();
      const mode = await waitUntil(() => select(desk, 'events.0.mode')).then(() => select(desk, 'events.0.mode')!);
      for (const [value, text] of optionTexts(mode)) expect(text, value).to.equal(words(calendar, `calendar.mode.${value}`));
    });
  }
});
