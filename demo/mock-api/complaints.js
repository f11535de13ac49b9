// Complaint lookups in the mock API: the reference SL-2024-000429 (or request 000429) is
// always answered "429 Too Many Requests" with Retry-After, to show how the widget waits.
// Every other reference is a plain file: demo/data/complaints/{reference}.json,
// demo/data/requests/{id}.json, demo/data/static-complaints/… (404 when absent).
import { send } from '../mock-api.js';

export async function complaintsRoute({ req, res, path }) {
  if (req.method !== 'GET') return false;
  if (/^(complaints\/SL-2024-000429|requests\/000429)\.json$/.test(decodeURIComponent(path))) {
    send(res, 429, { error: 'too many requests' }, { 'retry-after': '30' });
    return true;
  }
  return false;
}
