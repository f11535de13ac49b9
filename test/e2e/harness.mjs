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
 * (e.g. a Content-Security-Policy). Every request is recorded.
 */
export async function startServer({ mounts = {}, pages = {}, headers = {}, cors = false, gzip = true } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method, path: url.pathname });
    if (cors) res.setHeader('access-control-allow-origin', '*');
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
    close: () => new Promise((resolve) => server.close(resolve)),
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
