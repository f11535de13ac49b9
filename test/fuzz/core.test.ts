import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeParse } from 'valibot';
import { safeUrl } from '../../src/core/safe-url.js';
import { link, localizedText as localizedTextSchema, parseJson } from '../../src/core/validation.js';
import { resolveText } from '../../src/core/localized-text.js';
import { parseAmount } from '../../src/budget-chart/amount.js';
import { URL_PAYLOADS } from '../helpers/xss-payloads.js';
import { anyJson, anyText, anyUrl, localizedText, nastyString, onlyInvalid, params, quietConsole } from './arbitraries.js';

const SAFE = ['http:', 'https:', 'mailto:', 'tel:'];

describe('fuzz: core validators', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('safeUrl: any value gives nothing or a link the browser would open as http(s), mailto or tel', () => {
    const hostile = fc.tuple(fc.constantFrom(...URL_PAYLOADS), fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u00a0', '\u200b', '\ufeff'), fc.nat()).map(([p, junk, at]) => {
      const i = at % (p.length + 1);
      return p.slice(0, i) + junk + p.slice(i);
    });
    fc.assert(
      fc.property(fc.oneof(anyUrl, hostile, nastyString, anyJson), (value) => {
        const url = safeUrl(value);
        if (url === undefined) return;
        // What an <a href> with this value would do.
        const a = document.createElement('a');
        a.setAttribute('href', url);
        expect(SAFE, `${JSON.stringify(value)} → ${url}`).to.include(a.protocol);
        expect(safeParse(link, value).output).to.equal(url);
      }),
      params(400),
    );
  });

  it('LocalizedText: any valid value resolves to a string in any locale', () => {
    fc.assert(
      fc.property(localizedText, fc.constantFrom('en', 'fr', 'ar', 'zgh', 'ar-MA', 'xx'), (value, locale) => {
        expect(safeParse(localizedTextSchema, value).success).to.equal(true);
        expect(resolveText(value, locale).text).to.be.a('string');
      }),
      params(300),
    );
  });

  it('parseJson: any text parses or fails as invalid', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseJson(text))), params(300));
  });

  it('parseAmount: any value gives a finite number, undefined or NaN, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(nastyString, anyJson, fc.double()), fc.boolean(), (value, decimalComma) => {
        const n = parseAmount(value, { decimalComma });
        if (n !== undefined && !Number.isNaN(n)) expect(Number.isFinite(n), String(value)).to.equal(true);
      }),
      params(400),
    );
  });
});
