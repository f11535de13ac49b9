import { expect } from '@open-wc/testing';
import { fetchText, LoadError, parseRetryAfter } from '../../src/core/loader.js';
import { resolveText } from '../../src/core/localized-text.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { configure, readScriptConfig, resourceUrl } from '../../src/core/config.js';
import { dateTimeFormat, formatDay, formatMoney, formatPercent, formatDateTime } from '../../src/core/format.js';
import { normalizeLocale, wantedLocale } from '../../src/core/localization.js';
import { clearCopies, readCopy, saveCopy } from '../../src/core/last-good-copy.js';
import { resetPage, stubFetch } from '../helpers/data-server.js';

describe('core: loader', () => {
  afterEach(resetPage);

  it('retries once on a network error, with backoff, then succeeds', async () => {
    const requests = stubFetch({ '/a.json': [{ networkError: true }, { body: { ok: 1 } }] });
    const { text } = await fetchText('https://x.example/a.json', { backoffMs: 10 });
    expect(JSON.parse(text)).to.deep.equal({ ok: 1 });
    expect(requests).to.have.length(2);
  });

  it('does not retry a 404 and reports it as not found', async () => {
    const requests = stubFetch({ '/a.json': { status: 404, body: {} } });
    const error = await fetchText('https://x.example/a.json', { backoffMs: 10 }).catch((e) => e);
    expect(error).to.be.instanceOf(LoadError);
    expect(error).to.include({ kind: 'http', reason: 'not-found', status: 404 });
    expect(requests).to.have.length(1);
  });

  it('reports 429 with Retry-After, without retrying on its own', async () => {
    const requests = stubFetch({ '/a.json': { status: 429, body: {}, headers: { 'retry-after': '30' } } });
    const error = await fetchText('https://x.example/a.json', { backoffMs: 10 }).catch((e) => e);
    expect(error).to.include({ reason: 'rate-limited', retryAfter: 30 });
    expect(requests).to.have.length(1);
  });

  it('times out', async () => {
    stubFetch({ '/a.json': { hang: true } });
    const error = await fetchText('https://x.example/a.json', { timeoutMs: 50 }).catch((e) => e);
    expect(error).to.include({ kind: 'timeout', reason: 'timeout' });
  });

  it('refuses a body larger than the bound, declared or streamed', async () => {
    stubFetch({ '/big.json': { body: 'x'.repeat(5000) } });
    const error = await fetchText('https://x.example/big.json', { maxBytes: 1000 }).catch((e) => e);
    expect(error).to.include({ kind: 'invalid', reason: 'too-large' });
  });

  it('passes the caller abort through, without retrying', async () => {
    const requests = stubFetch({ '/a.json': { hang: true } });
    const controller = new AbortController();
    const pending = fetchText('https://x.example/a.json', { signal: controller.signal }).catch((e) => e);
    controller.abort(new DOMException('bye', 'AbortError'));
    const error = await pending;
    expect(error.name).to.equal('AbortError');
    expect(requests).to.have.length(1);
  });

  it('parses Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).to.equal(120);
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).to.be.within(58, 61);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });
});

describe('core: text, links, config, formatting', () => {
  afterEach(resetPage);

  it('resolves LocalizedText: locale, base language, fallbacks, then first present', () => {
    const value = { fr: 'Bonjour', ar: 'مرحبا', es: 'Hola' };
    expect(resolveText(value, 'ar')).to.deep.equal({ text: 'مرحبا', lang: 'ar' });
    expect(resolveText(value, 'fr-MA')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
    expect(resolveText(value, 'zgh')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
    configure({ fallbackLocales: ['ar'] });
    expect(resolveText(value, 'zgh').text).to.equal('مرحبا');
    expect(resolveText({ es: 'Hola' }, 'en').text).to.equal('Hola');
    expect(resolveText('plain', 'ar').text).to.equal('plain');
    expect(resolveText({ fr: '  ' }, 'fr').text).to.equal('');
  });

  it('keeps only http(s), mailto and tel links', () => {
    expect(safeUrl('https://commune.example.ma/a')).to.equal('https://commune.example.ma/a');
    expect(safeUrl('mailto:a@b.ma')).to.equal('mailto:a@b.ma');
    expect(safeUrl('tel:+212')).to.equal('tel:+212');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<b>')).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
  });

  it('builds resource URLs: src wins, then api attribute, then the page default', () => {
    configure({ api: 'https://page.example/data' });
    expect(resourceUrl({ path: 'commitments.json' })).to.equal('https://page.example/data/commitments.json');
    expect(resourceUrl({ api: 'https://own.example/x/', path: 'commitments.json' })).to.equal('https://own.example/x/commitments.json');
    expect(resourceUrl({ src: '/files/plan.json', api: 'https://own.example/', path: 'commitments.json' })).to.equal(new URL('/files/plan.json', location.href).href);
  });

  it('reads data-api and data-locale from the library script tag', () => {
    const script = document.createElement('script');
    script.dataset.api = '/opengov/';
    script.dataset.locale = 'ar';
    expect(readScriptConfig(script)).to.deep.equal({ api: '/opengov/', locale: 'ar' });
  });

  it('chooses the locale: config, then nearest lang, then browser; normalizes tags', () => {
    expect(normalizeLocale('fr-BE')).to.equal('fr');
    expect(normalizeLocale('tzm-Tfng')).to.equal('zgh');
    expect(normalizeLocale('de')).to.equal(undefined);
    expect(wantedLocale('ar-MA')).to.equal('ar');
    configure({ locale: 'zgh' });
    expect(wantedLocale('ar')).to.equal('zgh');
  });

  it('formats with Latin digits, Moroccan time and dirhams', () => {
    expect(formatDay('2023-10-19', 'fr')).to.equal('19 octobre 2023');
    expect(formatDay('2023-10-19', 'ar')).to.match(/19/);
    expect(formatDay('2023-10-19', 'ar')).not.to.match(/[٠-٩]/);
    expect(formatDateTime('2023-10-19T09:30:00+01:00', 'en')).to.contain('09:30');
    expect(formatDateTime('2023-10-19T09:30:00+01:00', 'en', 'UTC')).to.contain('08:30');
    expect(formatMoney(12_345_678, 'MAD', 'fr', true)).to.equal('12,3\u00a0M\u00a0DH');
    expect(formatMoney(1234.5, 'MAD', 'fr')).to.match(/^1[.\s\u202f]234,5\u00a0DH$/);
    expect(formatMoney(1000, 'MAD', 'ar')).not.to.match(/[٠-٩]/);
    expect(formatPercent(42, 'fr')).to.match(/^42\s%$/);
    expect(formatDay('2023-10-19', 'ar', 'medium')).to.equal(formatDay('2023-10-19', 'ar', 'long')); // month names, not 2023/10/19
  });

  it('writes Tamazight dates with Tifinagh month and weekday names, never French words', () => {
    expect(formatDay('2023-10-19', 'zgh')).to.equal('19 ⴽⵜⵓⴱⵔ 2023');
    const withTime = formatDateTime('2024-01-15T10:00:00+01:00', 'zgh');
    expect(withTime).to.contain('ⵉⵏⵏⴰⵢⵔ');
    expect(withTime).to.contain('10:00');
    expect(withTime).not.to.match(/\p{Script=Latin}/u);
    const weekday = dateTimeFormat('zgh', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    expect(weekday.format(new Date('2023-10-19T12:00:00Z'))).to.contain('ⴰⴽⵡⴰⵙ'); // a Thursday
    expect(weekday.formatRange(new Date('2023-10-19T12:00:00Z'), new Date('2023-11-02T12:00:00Z'))).to.match(/ⴽⵜⵓⴱⵔ.*ⵏⵓⵡⴰⵏⴱⵉⵔ/);
  });
});

describe('core: last good copy', () => {
  const savedAt = '2026-11-30T10:00:00.000Z';
  const text = '{"title": "Éclairage \\"public\\"",\n "items": ["a\\nb"]}';
  afterEach(() => clearCopies());

  it('stores the date and the text as they came, and reads them back', () => {
    saveCopy('https://x.example/a.json', text, new Date(savedAt));
    expect(readCopy('https://x.example/a.json')).to.deep.equal({ savedAt, text });
    dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('og-cache:v2:https://x.example/a.json')).to.equal(`${savedAt}\n${text}`);
    expect(readCopy('https://x.example/a.json')).to.deep.equal({ savedAt, text });
  });

  it("reads an earlier version's copy, and replaces it at the next write", () => {
    localStorage.setItem('og-cache:v1:https://x.example/b.json', JSON.stringify({ savedAt, text }));
    expect(readCopy('https://x.example/b.json')).to.deep.equal({ savedAt, text });
    saveCopy('https://x.example/b.json', '{}', new Date('2026-12-01T08:00:00Z'));
    dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('og-cache:v1:https://x.example/b.json')).to.equal(null);
    expect(readCopy('https://x.example/b.json')).to.deep.equal({ savedAt: '2026-12-01T08:00:00.000Z', text: '{}' });
  });

  it('ignores a damaged copy, and clears copies of every version', () => {
    localStorage.setItem('og-cache:v2:https://x.example/c.json', 'not a date\n{}');
    expect(readCopy('https://x.example/c.json')).to.equal(undefined);
    localStorage.setItem('og-cache:v1:https://x.example/d.json', JSON.stringify({ savedAt, text }));
    clearCopies();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('og-cache:'))).to.deep.equal([]);
  });
});
