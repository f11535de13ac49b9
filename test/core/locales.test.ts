import { expect } from '@open-wc/testing';

/** Every message of the source is translated in every locale (the XLIFF is the source of truth). */
describe('translations', () => {
  for (const locale of ['fr', 'ar', 'zgh']) {
    it(`${locale}: every message has a non-empty translation`, async () => {
      const xml = await (await fetch(`/locales/${locale}.xlf`)).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const units = [...doc.querySelectorAll('trans-unit')];
      expect(units.length).to.be.greaterThan(50);
      const missing = units.filter((u) => !u.querySelector('target')?.textContent?.trim()).map((u) => u.id);
      expect(missing, `untranslated in ${locale}`).to.deep.equal([]);
      const placeholdersKept = units.filter((u) => u.querySelector('source')!.querySelectorAll('x').length !== u.querySelector('target')!.querySelectorAll('x').length);
      expect(placeholdersKept.map((u) => u.id), `placeholders lost in ${locale}`).to.deep.equal([]);
    });
  }
});
