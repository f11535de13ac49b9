// The demo's mock API: a connect-style middleware (Vite's dev and preview servers; the test
// runner wraps it for Koa). `/api/<scenario>/<path>` serves demo/data/<path> as the scenario
// says, so one set of files shows every state:
//   demo     the data as it is              slow     after 3 s
//   failing  503 every time                 flaky    503 on every other request (retry works)
//   hang     never answers (timeout)        invalid  demo/data/invalid/<path>, else not JSON
//   empty    demo/data/empty/<path>
// Faults, for the end-to-end fault tests (test/e2e/faults.test.mjs); they answer every method
// (GET and POST alike), before the widgets' routes:
//   internal     500 every time, no Retry-After (retried once by the widgets, then an error)
//   ratelimited  429 Too Many Requests with Retry-After: 30, every time
//   malformed    200 with the resource broken in its own format: JSON that does not parse, the
//                CSV with a quote opened in its third line and never closed, an iCalendar
//                file cut inside its event
//   truncated    200, Content-Length of the whole file, but the connection drops halfway
//   stall        200 and the first half of the body at once, then nothing (closed after 60 s)
//   html         200 with an HTML error page (text/html): a host that answers errors with a page
//   huge         200 with a 10 MB body of the resource's type, streamed without Content-Length
// Widgets with writes or lookups add their routes in demo/mock-api/<widget>.js.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { routes } from './mock-api/routes.js';

const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const TYPES = { '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8' };
const SCENARIOS = new Set(['demo', 'slow', 'failing', 'flaky', 'hang', 'invalid', 'empty', 'internal', 'ratelimited', 'malformed', 'truncated', 'stall', 'html', 'huge']);
const FAULTS = new Set(['internal', 'ratelimited', 'malformed', 'truncated', 'stall', 'html', 'huge']);
const HUGE_BYTES = 10 * 1024 * 1024;
/** What `malformed` answers, by the resource's extension. */
const MALFORMED = {
  '.json': '{"updatedAt": "2026-01-01T00:00:00Z", "items": [{"id": "broken", "title": "',
  '.csv': 'year,code,label,direction,approved\n2025,1,"Voirie,expenditure,12\n2025,2,Eau,expenditure,3\n',
  '.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//broken//EN\r\nBEGIN:VEVENT\r\nUID:broken\r\nDTSTART:not a date\r\nSUMMARY:Réunion',
};
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
    if (scenario === 'hang') {
      // Unref'd and cleared when the client goes, so a test process or a server can stop meanwhile.
      const timer = setTimeout(() => send(res, 504, { error: 'gave up' }), 60_000);
      timer.unref?.();
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (scenario === 'failing' || (scenario === 'flaky' && count % 2 === 1)) return send(res, 503, { error: 'unavailable' }, { 'retry-after': '2' });
    if (FAULTS.has(scenario)) return fault(req, res, scenario, path);
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

/** The fault scenarios (see the header): the same fault for every path and method. */
async function fault(req, res, scenario, path) {
  const ext = extname(path);
  const type = TYPES[ext] ?? TYPES['.json'];
  if (scenario === 'internal') return send(res, 500, { error: 'internal server error' });
  if (scenario === 'ratelimited') return send(res, 429, { error: 'too many requests' }, { 'retry-after': '30' });
  if (scenario === 'malformed') {
    // A CSV keeps its real header and rows, with a quote opened in the third line and never closed.
    const csv = ext === '.csv' ? await readData(path).then(String, () => null) : null;
    const body = csv ? csv.split('\n').map((line, i) => (i === 2 ? line.replace(/^((?:[^,]*,){3})/, '$1"') : line)).join('\n') : (MALFORMED[ext] ?? MALFORMED['.json']);
    return send(res, 200, body, { 'content-type': type });
  }
  if (scenario === 'html') {
    return send(res, 200, '<!doctype html><html><head><title>Erreur</title></head><body><h1>Une erreur est survenue</h1><p>Réessayez plus tard.</p></body></html>', { 'content-type': 'text/html; charset=utf-8' });
  }
  if (scenario === 'huge') return sendHuge(res, ext, type);
  // truncated and stall: half of the real file (a made-up document where there is none).
  const body = (await readData(path).catch(() => null)) ?? Buffer.from(JSON.stringify({ reference: 'X', status: 'received', items: Array.from({ length: 50 }, (_, i) => ({ id: `item-${i}` })) }));
  const half = body.subarray(0, Math.floor(body.length / 2));
  res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store', 'content-length': body.length });
  res.write(half);
  if (scenario === 'truncated') {
    // Let the first half reach the client, then drop the connection mid-body.
    return setTimeout(() => res.destroy(), 50);
  }
  const timer = setTimeout(() => res.destroy(), 60_000);
  timer.unref?.();
  res.on('close', () => clearTimeout(timer));
}

function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** 10 MB of the resource's type, in 64 kB chunks, honouring back-pressure; stops when the client goes. */
async function sendHuge(res, ext, type) {
  res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  const head = ext === '.csv' ? 'year,direction,code,label,amount\n' : ext === '.ics' ? 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n' : '{"items": [';
  const unit = ext === '.csv' ? '2025,expenditure,9,Ligne,1\n' : ext === '.ics' ? 'X-FILLER:0123456789abcdef\r\n' : '{"id": "filler", "title": "x"},';
  const chunk = Buffer.from(unit.repeat(Math.ceil(65536 / unit.length)));
  let closed = false;
  res.on('close', () => (closed = true));
  res.write(head);
  for (let sent = 0; sent < HUGE_BYTES && !closed; sent += chunk.length) {
    if (!res.write(chunk)) await drained(res);
  }
  if (!closed) res.end(ext === '.csv' || ext === '.ics' ? '' : '{"id": "last"}]}');
}
