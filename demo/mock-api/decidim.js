import { readBody, send } from '../mock-api.js';
import { executeDecidim } from '../mock-decidim/server.js';

// POST /api/<scenario>/decidim/<version>/api: a Decidim instance's GraphQL API (see
// demo/mock-decidim/). The scenario's faults (html, failing, hang…) apply before this route.
export async function decidimRoute({ req, res, path }) {
  const match = /^decidim\/([\d.]+)\/api$/.exec(path);
  if (!match) return false;
  if (req.method !== 'POST') {
    send(res, 405, { errors: [{ message: 'Decidim answers GraphQL queries with POST' }] });
    return true;
  }
  const { status, body } = await executeDecidim(match[1], await readBody(req));
  send(res, status, body);
  return true;
}
