import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeParse } from 'valibot';
import { DEFAULT_MAX_LENGTH, parseFormConfig, parseReceipt, serverFieldErrors } from '../../src/proposal-form/schema.js';
import { localizedText as localizedTextSchema } from '../../src/core/validation.js';
import { anyJson, anyText, anyUrl, compact, expectSafeLink, isoDay, isoInstant, localizedText, mix, mutate, mutations, nastyString, onlyInvalid, params, quietConsole } from './arbitraries.js';

const theme = fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }), label: localizedText });
const badTheme = fc.oneof(
  fc.record({ id: fc.constant(''), label: localizedText }),
  fc.record({ label: localizedText }),
  fc.record({ id: fc.string({ minLength: 1 }), label: fc.integer() }),
  fc.record({ id: fc.integer(), label: localizedText }),
  fc.constant(null),
  nastyString,
);

/** A form.json that respects the contract (every field optional). */
const validForm = fc
  .record(
    {
      open: fc.boolean(),
      opens: fc.oneof(isoInstant, isoDay),
      closes: fc.oneof(isoInstant, isoDay),
      themes: fc.array(theme, { maxLength: 5 }),
      maxLength: fc.record({ title: fc.integer({ min: 1, max: 500 }), problem: fc.integer({ min: 1, max: 5000 }), solution: fc.integer({ min: 1, max: 5000 }) }, { requiredKeys: [] }),
      privacyNoticeUrl: anyUrl,
      contact: fc.record({ required: fc.boolean() }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  .map(compact);

describe('fuzz: proposals form.json and server answers', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('any text: settings, or fails as invalid; limits always usable', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = onlyInvalid(() => parseFormConfig(text));
        if (result) for (const limit of Object.values(result.data.maxLength)) expect(Number.isInteger(limit) && limit >= 1).to.equal(true);
      }),
      params(300),
    );
  });

  it('mutated valid settings: read or fail as invalid; links safe, limits sane, themes valid', () => {
    fc.assert(
      fc.property(validForm, mutations, (form, muts) => {
        const result = onlyInvalid(() => parseFormConfig(JSON.stringify(mutate(form, muts))));
        if (!result) return;
        const config = result.data;
        expectSafeLink(config.privacyNoticeUrl);
        expect(typeof config.open).to.equal('boolean');
        expect(typeof config.contactRequired).to.equal('boolean');
        for (const [field, limit] of Object.entries(config.maxLength)) {
          expect(field in DEFAULT_MAX_LENGTH).to.equal(true);
          expect(Number.isInteger(limit) && limit >= 1 && limit <= 100_000, `${field}: ${limit}`).to.equal(true);
        }
        for (const t of config.themes) {
          expect(t.id).to.be.a('string').and.not.equal('');
          expect(safeParse(localizedTextSchema, t.label).success).to.equal(true);
        }
      }),
      params(300),
    );
  });

  it('keeps exactly the valid themes, in order, and counts the others', () => {
    fc.assert(
      fc.property(mix(fc.array(theme, { maxLength: 6 }), fc.array(badTheme, { maxLength: 5 })), ({ items, valid, invalidCount }) => {
        const { data, skipped } = parseFormConfig(JSON.stringify({ themes: items }));
        expect(data.themes.map((t) => t.id)).to.deep.equal(valid.map((t) => t.id));
        expect(data.themes.map((t) => t.label)).to.deep.equal(valid.map((t) => t.label));
        expect(skipped).to.equal(invalidCount);
      }),
      params(300),
    );
  });

  it('a receipt from any answer never throws; its reference is short text and its link safe', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.record({ reference: fc.oneof(nastyString, fc.integer(), anyJson), status: anyJson, trackUrl: fc.oneof(anyUrl, anyJson) }, { requiredKeys: [] }).map((r) => JSON.stringify(r))), (text) => {
        const receipt = parseReceipt(text);
        if (receipt.reference !== undefined) expect(receipt.reference).to.be.a('string').with.length.at.most(100);
        if (receipt.status !== undefined) expect(receipt.status).to.be.a('string');
        expectSafeLink(receipt.trackUrl);
      }),
      params(300),
    );
  });

  it('422 bodies: never throw, keep only texts', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.record({ errors: fc.oneof(anyJson, fc.dictionary(nastyString, fc.oneof(localizedText, anyJson))) })), (body) => {
        const errors = serverFieldErrors(body);
        for (const message of Object.values(errors)) expect(safeParse(localizedTextSchema, message).success).to.equal(true);
      }),
      params(300),
    );
  });
});
