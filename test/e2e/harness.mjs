// End-to-end harness: a static server for dist/ and demo/ (with the demo's mock API), and
// Debian's Chromium driven by playwright-core. Used by test/e2e/*.test.mjs and the benchmark.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { mockApi } from '../../demo/mock-api.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Starts a server on 127.0.0.1. `mounts` maps a URL prefix to a folder of the repo
 * (e.g. {'/cdn/v1/': 'dist/'}); `pages` maps a path to HTML; `headers` are added to HTML pages
 * (e.g. a Content-Security-Policy); `everyResponse` headers go on every answer. Every request
 * is recorded (method, path, search, headers).
 */
export async function startServer({ mounts = {}, pages = {}, headers = {}, cors = false, gzip = true, everyResponse = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method, path: url.pathname, search: url.search, headers: req.headers });
    if (cors) res.setHeader('access-control-allow-origin', '*');
    // Headers on every answer, mock API included (e.g. a Set-Cookie no widget may keep).
    for (const [name, value] of Object.entries(everyResponse)) res.setHeader(name, value);
    if (pages[url.pathname] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
      return res.end(pages[url.pathname]);
    }
    if (url.pathname.startsWith('/api/')) return mockApi(req, res, () => notFound(res));
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => url.pathname.startsWith(p));
    if (!prefix) return notFound(res);
    const relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    try {
      const folder = isAbsolute(mounts[prefix]) ? mounts[prefix] : join(ROOT, mounts[prefix]);
      const body = await readFile(join(folder, relative));
      const type = TYPES[extname(relative)] ?? 'application/octet-stream';
      // Compressed as any web host would, so throttled timings count the bytes really sent.
      const compress = gzip && /text|json|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
      const sent = compress ? gzipSync(body) : body;
      res.writeHead(200, {
        'content-type': type,
        'content-length': sent.length,
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...(type.startsWith('text/html') ? headers : {}),
      });
      res.end(sent);
    } catch {
      notFound(res);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    // Open connections (a hanging or stalled answer of the mock API) do not hold the close.
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections?.();
    }),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** The DevTools "Slow 3G" preset: 2 s round trip, 400 kbit/s each way. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/** A page with recorders for CSP violations, page errors and every request. */
export async function openPage(browser, url, { offline = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const record = { violations: [], errors: [], requests: [], console: [] };
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('pageerror', (error) => record.errors.push(String(error)));
  page.on('console', (message) => record.console.push(`${message.type()}: ${message.text()}`));
  page.on('request', (request) => record.requests.push(request.url()));
  if (offline) await context.setOffline(true);
  await page.goto(url);
  return { page, context, record };
}

/**
 * Waits until the page has settled, without a fixed delay: every og-* element has finished its
 * render, then two frames have been drawn (chart animation frames, focus moves, the events that
 * follow them, such as a CSP violation report).
 */
export async function settled(page) {
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('og-')).map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
  });
}

/** Waits until every matching element has one of the given states. */
export async function waitForStates(page, selector, states, timeout = 20_000) {
  await page.waitForFunction(
    ([sel, wanted]) => {
      const els = [...document.querySelectorAll(sel)];
      return els.length > 0 && els.every((el) => wanted.includes(el.getAttribute('state')));
    },
    [selector, states],
    { timeout },
  );
}

/** A minimal webmaster page: the loader script tag and some widgets. */
export function webmasterPage({ script, api, body, lang = 'fr', extraHead = '' }) {
  return `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>Commune</title>${extraHead}
<script src="${script}" data-api="${api}"></script></head><body>${body}</body></html>`;
}

// ——— Shared by the CSP, fault and privacy suites (test/e2e/{csp,faults,privacy}.test.mjs) ———

/** The strict policy a cautious commune site sends. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

/**
 * Opens `url` in a new page of `context` with recorders (kept on a non-enumerable window
 * property, so they add no global): CSP violations with the widget they came from, og-* events
 * with their widget and detail, unhandled rejections and errors; plus Playwright's page errors,
 * console and requests (with method and body). `beforeGoto(page)` runs before navigating
 * (e.g. to throttle the network).
 */
export async function openRecorded(context, url, { waitUntil = 'load', beforeGoto } = {}) {
  const page = await context.newPage();
  const record = { errors: [], console: [], requests: [] };
  await page.addInitScript(() => {
    const log = { violations: [], events: [], rejections: [], errors: [] };
    Object.defineProperty(window, '__ogRecord', { value: log, enumerable: false });
    const widgetOf = (node) => {
      for (let n = node; n; n = n.parentNode ?? n.host) if (n.localName?.startsWith('og-')) return n.localName;
      return 'page';
    };
    document.addEventListener(
      'securitypolicyviolation',
      (e) => log.violations.push(`${widgetOf(e.composedPath()[0])}: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      true,
    );
    for (const type of ['og-load', 'og-error', 'og-submit', 'og-lookup']) {
      document.addEventListener(
        type,
        (e) => {
          const d = e.detail ?? {};
          log.events.push({ type, widget: e.target.localName, id: e.target.id, kind: d.kind, reason: d.reason, status: d.status, source: d.source, found: d.found, offlineSince: d.offlineSince, skipped: d.skipped, reference: d.reference });
        },
        true,
      );
    }
    window.addEventListener('unhandledrejection', (e) => log.rejections.push(String(e.reason?.stack ?? e.reason)));
    window.addEventListener('error', (e) => log.errors.push(String(e.error?.stack ?? e.message)));
  });
  page.on('pageerror', (error) => record.errors.push(String(error)));
  page.on('console', (message) => record.console.push(`${message.type()}: ${message.text()}`));
  page.on('request', (request) => record.requests.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' }));
  await beforeGoto?.(page);
  await page.goto(url, { waitUntil });
  return { page, record };
}

/** What the in-page recorders of openRecorded() saw so far. */
export function pageRecord(page) {
  return page.evaluate(() => window.__ogRecord);
}

/** Fails when a recorded page had a page error, an unhandled rejection or a CSP violation. */
export async function assertClean(page, record, label = '') {
  const seen = await pageRecord(page);
  const problems = [...record.errors.map((e) => `page error: ${e}`), ...seen.errors.map((e) => `error: ${e}`), ...seen.rejections.map((e) => `unhandled rejection: ${e}`), ...seen.violations.map((v) => `CSP: ${v}`)];
  if (problems.length) throw new Error(`${label}\n${problems.join('\n')}`);
}

/** Waits for one element (a selector, shadow roots pierced) to have one of the states. */
export async function waitForState(page, selector, states, timeout = 15_000) {
  const wanted = Array.isArray(states) ? states : [states];
  try {
    await page.waitForFunction(([sel, w]) => w.includes(document.querySelector(sel)?.getAttribute('state')), [selector, wanted], { timeout });
  } catch (error) {
    const actual = await page.evaluate((sel) => document.querySelector(sel)?.getAttribute('state'), selector).catch(() => '?');
    throw new Error(`${selector}: state ${actual}, expected ${wanted.join(' or ')} (${error.message.split('\n')[0]})`);
  }
}

/** The text a widget shows (its shadow root), spaces collapsed. */
export function widgetText(page, selector) {
  return page.evaluate((sel) => (document.querySelector(sel)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);
}

const xliff = new Map();
const decodeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/**
 * A translated message as a RegExp (its placeholders match anything), read from locales/*.xlf,
 * or the English source for `en`: tests check the message a widget shows without copying it.
 */
export async function messagePattern(locale, id) {
  const file = locale === 'en' ? 'fr' : locale;
  if (!xliff.has(file)) xliff.set(file, await readFile(join(ROOT, `locales/${file}.xlf`), 'utf8'));
  const unit = new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}">([\\s\\S]*?)</trans-unit>`).exec(xliff.get(file))?.[1];
  if (!unit) throw new Error(`no message ${id} in locales/${file}.xlf`);
  const text = new RegExp(`<${locale === 'en' ? 'source' : 'target'}>([\\s\\S]*?)</${locale === 'en' ? 'source' : 'target'}>`).exec(unit)?.[1];
  if (text === undefined) throw new Error(`message ${id} is not translated into ${locale}`);
  const escape = (s) => decodeXml(s).replace(/\s+/g, ' ').trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(text.split(/<x [^>]*\/>/).map(escape).join('.+?'));
}

/** Fills the proposal form of `root` (a selector) with a valid proposal. */
export async function fillProposal(page, root, values = {}) {
  const v = { title: 'Un abri au terminus', problem: 'On attend sous la pluie.', solution: 'Construire un abri.', ...values };
  for (const field of ['title', 'problem', 'solution', 'name', 'email', 'phone']) {
    if (v[field] !== undefined) await page.locator(`${root} [name=${field}]`).fill(v[field]);
  }
  await page.locator(`${root} input[name=consent]`).check();
  return v;
}

/** Presses the proposal form's send button. */
export async function sendProposal(page, root) {
  await page.locator(`${root} form [type=submit]`).first().click();
}

/** Types a reference (and secret code, static format) into a complaint lookup and presses the button. */
export async function lookUpComplaint(page, root, reference, secret) {
  await page.locator(`${root} input[name=reference]`).fill(reference);
  if (secret !== undefined) await page.locator(`${root} input[name=secret]`).fill(secret);
  await page.locator(`${root} [part~=submit]`).click();
}
