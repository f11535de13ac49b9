import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/desk/index.js';
import type { OgDesk } from '../../src/desk/index.js';
import { clearSession } from '../../src/desk/storage.js';
import { formatNumber } from '../../src/core/format.js';

const open = async (lang = 'en') => {
  clearSession();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><og-desk preview-src="none"></og-desk></div>`);
  const desk = wrapper.querySelector('og-desk') as OgDesk;
  await waitUntil(() => desk.locale === lang, `the desk speaks ${lang}`);
  await desk.updateComplete;
  return desk;
};
const $ = (desk: OgDesk, selector: string) => desk.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<og-desk>', () => {
  afterEach(() => clearSession());

  it('is accessible empty, and with the commitments example open at an item (axe)', async function () {
    this.timeout(120_000); // axe on a long form, on a shared machine
    const desk = await open();
    await expect(desk).to.be.accessible();
    desk.startFromExample('commitments');
    await desk.updateComplete;
    $(desk, 'li[data-key="commitments.0"] summary')!.click();
    await waitUntil(() => $(desk, '[id="f-commitments.0.title-ar"]'), 'the first commitment opens');
    expect($(desk, '[id="f-commitments.0.title-ar"]')!.getAttribute('dir')).to.equal('rtl');
    expect($(desk, '[id="f-commitments.0.title-zgh"]')!.getAttribute('lang')).to.equal('zgh');
    await expect(desk).to.be.accessible();
  });

  it('is accessible in Arabic, right to left, with a problem shown at its field', async function () {
    this.timeout(120_000);
    const desk = await open('ar');
    desk.startEmpty('commitments');
    await desk.updateComplete;
    ($(desk, 'section.list button.add') as HTMLButtonElement).click();
    const id = await waitUntil(() => $(desk, '[id="f-commitments.0.id"]')).then(() => $(desk, '[id="f-commitments.0.id"]') as HTMLInputElement);
    id.value = '';
    id.dispatchEvent(new Event('input'));
    await waitUntil(() => $(desk, '[id="f-commitments.0.id-problem"]'), 'the empty id is flagged');
    expect(desk.getAttribute('dir')).to.equal('rtl');
    expect($(desk, '[id="f-commitments.0.id"]')!.getAttribute('aria-describedby')).to.equal('f-commitments.0.id-problem');
    await expect(desk).to.be.accessible();
  });

  it('keeps a person\'s typing through undo and redo buttons, and the document on the device', async () => {
    const desk = await open();
    desk.startFromExample('proposals-form');
    await desk.updateComplete;
    const input = $(desk, '[id="f-privacyNoticeUrl"]') as HTMLInputElement;
    input.value = 'https://commune.example.ma/vie-privee';
    input.dispatchEvent(new Event('input'));
    await desk.updateComplete;
    const stored = JSON.parse(localStorage.getItem('opengov-desk:session')!);
    expect(stored.documents[0].current.privacyNoticeUrl).to.equal('https://commune.example.ma/vie-privee');
    expect(stored.documents[0].saved).to.equal(false);
    const [undo, redo] = [...desk.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')];
    undo.click();
    await desk.updateComplete;
    expect(($(desk, '[id="f-privacyNoticeUrl"]') as HTMLInputElement).value).to.equal('https://www.example.org/donnees-personnelles');
    redo.click();
    await desk.updateComplete;
    expect(($(desk, '[id="f-privacyNoticeUrl"]') as HTMLInputElement).value).to.equal('https://commune.example.ma/vie-privee');
  });

  it('amounts follow the locale separators and a wrong one is said at the field', async () => {
    const desk = await open('fr');
    desk.startFromExample('budget');
    await desk.updateComplete;
    ($(desk, 'li[data-key="years.0"] summary') as HTMLElement).click();
    await waitUntil(() => $(desk, 'li[data-key="years.0.lines.0"] summary'));
    ($(desk, 'li[data-key="years.0.lines.0"] summary') as HTMLElement).click();
    const amount = await waitUntil(() => $(desk, '[id="f-years.0.lines.0.amounts.approved"]')).then(() => $(desk, '[id="f-years.0.lines.0.amounts.approved"]') as HTMLInputElement);
    // The project's formatting layer (fr: Moroccan grouping, Latin digits).
    expect(amount.value).to.equal(formatNumber(52_000_000, 'fr'));
    amount.value = formatNumber(1234.5, 'fr');
    amount.dispatchEvent(new Event('input'));
    await desk.updateComplete;
    expect($(desk, '[id="f-years.0.lines.0.amounts.approved-problem"]')).to.equal(null);
    amount.value = '12 abc';
    amount.dispatchEvent(new Event('input'));
    await waitUntil(() => $(desk, '[id="f-years.0.lines.0.amounts.approved-problem"]'), 'a wrong amount is flagged');
  });
});
