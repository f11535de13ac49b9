// Mock API for <og-poll>: POST /api/<scenario>/polls/<id>/votes counts votes in memory (one per
// Idempotency-Key: a retry is answered with the first answer, never counted twice), and
// GET /api/<scenario>/polls/<id>/results.json adds them to demo/data/polls/<id>/results.json,
// so the results move while the demo runs. The poll file decides what is allowed: 422 when it
// is closed or the answers break its rules. demo/mock-api.js has already applied the scenario.
// `answerPoll` is framework-free (the poll and base results are passed in).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const DATA = fileURLToPath(new URL('../data/polls/', import.meta.url));

/** One in-memory store per scenario and poll: answers by Idempotency-Key, votes added. */
const stores = new Map();
function storeOf(scenario, id) {
  const key = `${scenario}:${id}`;
  if (!stores.has(key)) stores.set(key, { byKey: new Map(), votes: [], next: 1 });
  return stores.get(key);
}

function isOpen(poll, now = Date.now()) {
  const at = (v) => Date.parse(v.length === 10 ? `${v}T00:00:00+01:00` : v);
  if (poll.open === false || poll.voting === false) return false;
  if (poll.opens && now < at(poll.opens)) return false;
  if (poll.closes && now > at(poll.closes) + (poll.closes.length === 10 ? 86_400_000 : 0)) return false;
  return true;
}

/** Base results plus the votes received by the mock. */
function withVotes(base, votes) {
  const results = structuredClone(base ?? { respondents: 0, counts: {} });
  results.channels ??= [];
  for (const vote of votes) {
    results.respondents++;
    for (const choice of vote.choices) results.counts[choice] = (results.counts[choice] ?? 0) + 1;
    if (vote.other) results.other = (results.other ?? 0) + 1;
    const channel = results.channels.find((c) => c.id === (vote.channel ?? 'online'));
    if (channel) {
      channel.respondents++;
      for (const choice of vote.choices) channel.counts[choice] = (channel.counts[choice] ?? 0) + 1;
      if (vote.other) channel.other = (channel.other ?? 0) + 1;
    }
  }
  results.updated = new Date().toISOString();
  return results;
}

/**
 * The mock's answer to one request: `{ status, body, headers }`, or undefined when the request
 * is not ours (then the file is served as it is).
 */
export function answerPoll({ method, scenario, path, body, idempotencyKey, poll, baseResults }) {
  const match = /^polls\/([\w.-]+)\/(votes|results\.json)$/.exec(path);
  if (!match || !poll) return undefined;
  const [, id, what] = match;
  const store = storeOf(scenario, id);
  if (what === 'results.json') {
    if (method !== 'GET') return { status: 405, body: { error: 'method not allowed' } };
    return { status: 200, body: withVotes(baseResults, store.votes) };
  }
  if (method !== 'POST') return { status: 405, body: { error: 'method not allowed' } };
  if (scenario === 'invalid') return { status: 200, body: '<!doctype html><p>Merci !</p>', headers: { 'content-type': 'text/html' } };
  if (idempotencyKey && store.byKey.has(idempotencyKey)) return { status: 200, body: store.byKey.get(idempotencyKey), headers: { 'idempotent-replayed': 'true' } };
  if (!isOpen(poll)) return { status: 422, body: { error: 'closed', errors: { poll: { en: 'This poll is closed.', fr: 'Ce sondage est clos.', ar: 'هذا الاستطلاع مغلق.' } } } };
  let vote;
  try {
    vote = JSON.parse(body || '');
  } catch {
    return { status: 400, body: { error: 'the body is not JSON' } };
  }
  const known = new Set(poll.choices.map((c) => c.id));
  const choices = Array.isArray(vote?.choices) ? vote.choices : [];
  const answered = choices.length + (typeof vote?.other === 'string' && vote.other.trim() ? 1 : 0);
  if (!answered || answered > (poll.maxChoices ?? 1) || choices.some((c) => !known.has(c)) || new Set(choices).size !== choices.length) {
    return { status: 422, body: { error: 'answers not allowed' } };
  }
  store.votes.push({ choices, other: vote.other, channel: typeof vote.channel === 'string' ? vote.channel : undefined });
  const answer = { reference: `V-${id}-${String(store.next++).padStart(4, '0')}` };
  if (idempotencyKey) store.byKey.set(idempotencyKey, answer);
  return { status: 201, body: answer };
}

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The route for demo/mock-api.js (Node: Vite's server and the test runner). */
export async function pollsRoute({ req, res, scenario, path }) {
  const match = /^polls\/([\w.-]+)\/(votes|results\.json)$/.exec(path);
  if (!match) return false;
  const id = match[1];
  const poll = await readJson(join(DATA, `${id}.json`));
  if (!poll) return false;
  let body = '';
  if (req.method === 'POST') {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > 64 * 1024) break;
      chunks.push(chunk);
    }
    body = Buffer.concat(chunks).toString('utf8');
  }
  const answer = answerPoll({
    method: req.method,
    scenario,
    path,
    body,
    idempotencyKey: req.headers['idempotency-key'],
    poll,
    baseResults: await readJson(join(DATA, id, 'results.json')),
  });
  if (!answer) return false;
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store', ...answer.headers });
  res.end(text);
  return true;
}
