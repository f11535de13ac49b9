// Mock API for <og-proposal-form>: POST /api/<scenario>/proposals stores proposals in memory
// and answers with a reference; GET /api/<scenario>/proposals/<reference>.json shows its public
// status (the receipt's track link). demo/mock-api.js has already applied the scenario
// (failing → 503 with Retry-After, flaky → 503 on every other request, slow → after 3 s).
// `answerProposal` is framework-free so the Storybook mock can reuse it.

const REQUIRED = {
  title: { en: 'Enter a title for your proposal.', fr: 'Indiquez un titre pour votre proposition.', ar: 'أدخل عنوانا لاقتراحك.' },
  problem: { en: 'Describe the problem.', fr: 'Décrivez le problème.', ar: 'صف المشكلة.' },
  solution: { en: 'Describe the solution you propose.', fr: 'Décrivez la solution que vous proposez.', ar: 'صف الحل الذي تقترحه.' },
  consent: { en: 'Consent is required.', fr: 'Le consentement est requis.', ar: 'الموافقة مطلوبة.' },
};

/** One in-memory store per scenario: reference by Idempotency-Key, proposal by reference. */
const stores = new Map();
function storeOf(scenario) {
  if (!stores.has(scenario)) stores.set(scenario, { byKey: new Map(), byReference: new Map(), next: 1 });
  return stores.get(scenario);
}

/**
 * The mock's answer to one request: `{ status, body, headers }`, or undefined when the
 * request is not ours. `base` is the URL the proposals live under (for trackUrl).
 */
export function answerProposal({ method, scenario, path, body, idempotencyKey, base }) {
  const store = storeOf(scenario);
  const track = /^proposals\/([A-Za-z0-9-]+)\.json$/.exec(path);
  if (track && method === 'GET') {
    const found = store.byReference.get(track[1]);
    if (!found) return { status: 404, body: { error: 'not found' } };
    const { title, theme, receivedAt, reference } = found;
    return { status: 200, body: { reference, status: 'received', title, theme, receivedAt } };
  }
  if (path !== 'proposals') return undefined;
  if (method !== 'POST') return { status: 405, body: { error: 'method not allowed' } };
  if (scenario === 'invalid') return { status: 200, body: '<!doctype html><p>Thanks!</p>', headers: { 'content-type': 'text/html' } };
  if (idempotencyKey && store.byKey.has(idempotencyKey)) {
    return { status: 200, body: store.byKey.get(idempotencyKey), headers: { 'idempotent-replayed': 'true' } };
  }
  let proposal;
  try {
    proposal = JSON.parse(body || '');
  } catch {
    return { status: 400, body: { error: 'the body is not JSON' } };
  }
  if (!proposal || typeof proposal !== 'object') return { status: 400, body: { error: 'expected an object' } };
  const errors = {};
  for (const field of ['title', 'problem', 'solution']) {
    if (typeof proposal[field] !== 'string' || !proposal[field].trim()) errors[field] = REQUIRED[field];
  }
  if (proposal.consent !== true) errors.consent = REQUIRED.consent;
  if (typeof proposal.title === 'string' && /spam/i.test(proposal.title)) {
    errors.title = { en: 'This title was refused by moderation.', fr: 'Ce titre a été refusé par la modération.', ar: 'رُفض هذا العنوان من طرف الإشراف.' };
  }
  if (Object.keys(errors).length) return { status: 422, body: { errors } };
  const year = new Date().getFullYear();
  const reference = `P-${year}-${String(store.next++).padStart(4, '0')}`;
  const answer = { reference, status: 'received', trackUrl: `${base}proposals/${reference}.json` };
  store.byReference.set(reference, { reference, title: proposal.title, theme: proposal.theme, receivedAt: new Date().toISOString() });
  if (idempotencyKey) store.byKey.set(idempotencyKey, answer);
  return { status: 201, body: answer };
}

/** The route for demo/mock-api.js (Node: Vite's server and the test runner). */
export async function proposalsRoute({ req, res, scenario, path }) {
  if (path !== 'proposals' && !path.startsWith('proposals/') ) return false;
  if (path === 'proposals/form.json' || (path.startsWith('proposals/form') && req.method === 'GET')) return false;
  // The published outcomes are a plain file (demo/data/proposals/outcomes.json).
  if (path.startsWith('proposals/outcomes') && req.method === 'GET') return false;
  let body = '';
  if (req.method === 'POST') {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > 256 * 1024) break;
      chunks.push(chunk);
    }
    body = Buffer.concat(chunks).toString('utf8');
  }
  const host = req.headers.host ?? 'localhost';
  const answer = answerProposal({
    method: req.method,
    scenario,
    path,
    body,
    idempotencyKey: req.headers['idempotency-key'],
    base: `http://${host}/api/${scenario}/`,
  });
  if (!answer) return false;
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
    ...answer.headers,
  });
  res.end(text);
  return true;
}
