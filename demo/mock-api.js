// The demo's mock API: a connect-style middleware (Vite's dev and preview servers; the test
// runner wraps it for Koa). `/api/<scenario>/<path>` serves demo/data/<path> as the scenario
// says, so one set of files shows every state:
//   demo     the data as it is              slow     after 3 s
//   failing  503 every time                 flaky    503 on every other request (retry works)
//   hang     never answers (timeout)        invalid  demo/data/invalid/<path>, else not JSON
//   empty    demo/data/empty/<path>
// Widgets with writes or lookups add their routes in demo/mock-api/<widget>.js.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { routes } from './mock-api/routes.js';

const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const TYPES = { '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8' };
const SCENARIOS = new Set(['demo', 'slow', 'failing', 'flaky', 'hang', 'invalid', 'empty']);
const requestCounts = new Map();

export function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function readData(path) {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  return readFile(join(DATA, safe));
}

export async function mockApi(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/api\/([a-z]+)\/(.+)$/.exec(url.pathname);
  if (!match || !SCENARIOS.has(match[1])) return next();
  const [, scenario, path] = match;
  try {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, idempotency-key',
      });
      return res.end();
    }
    const key = `${scenario}:${req.method}:${path}`;
    const count = (requestCounts.get(key) ?? 0) + 1;
    requestCounts.set(key, count);
    if (scenario === 'slow') await sleep(3000);
    if (scenario === 'hang') return setTimeout(() => send(res, 504, { error: 'gave up' }), 60_000);
    if (scenario === 'failing' || (scenario === 'flaky' && count % 2 === 1)) return send(res, 503, { error: 'unavailable' }, { 'retry-after': '2' });
    for (const route of routes) {
      const handled = await route({ req, res, url, scenario, path, count });
      if (handled) return;
    }
    if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
    if (scenario === 'invalid') {
      const body = await readData(`invalid/${path}`).catch(() => '{"this is": not JSON');
      return send(res, 200, body.toString(), { 'content-type': TYPES[extname(path)] ?? TYPES['.json'] });
    }
    const file = scenario === 'empty' ? `empty/${path}` : path;
    const body = await readData(file).catch(() => null);
    if (!body) return send(res, 404, { error: 'not found' });
    return send(res, 200, body, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  } catch (error) {
    return send(res, 500, { error: String(error) });
  }
}
